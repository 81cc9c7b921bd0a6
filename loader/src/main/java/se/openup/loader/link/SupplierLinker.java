package se.openup.loader.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Links organisations known only by name to organisations with an orgnr, on plain (IRI, name) lists: a name-only
 * organisation is linked when its {@link NameKey} matches exactly one orgnr organisation; several matches are
 * ambiguous and none unmatched — both stay unlinked. A wrong link is worse than a missing one, so there is no
 * fuzzy step. Reading and writing the store is {@link SupplierLinks}' job.
 */
public final class SupplierLinker {
    public static final String METHOD = "normalised-name-exact";
    /**
     * What a link made this way is worth: the one-sided 95 % lower bound of the method's precision on the
     * hand-checked sample (docs/linking.md), rounded down. LinkingSampleTest fails if the sample stops supporting it.
     */
    public static final BigDecimal CONFIDENCE = new BigDecimal("0.95");

    public record Named(String iri, String name) {}

    public enum Status { LINKED, AMBIGUOUS, UNMATCHED }

    /** One name-only organisation's outcome: its key, and its target (linked) or candidates (ambiguous). */
    public record Outcome(String subject, Status status, String key, String target, List<String> candidates) {}

    private SupplierLinker() {}

    public static List<Outcome> link(Collection<Named> nameOnly, Collection<Named> registered) {
        Map<String, List<Keyed>> byKey = new HashMap<>();
        for (Named r : registered) {
            NameKey k = NameKey.of(r.name());
            if (!k.key().isEmpty()) byKey.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(new Keyed(r.iri(), k));
        }
        // an organisation may be published under several names: it is linked as a whole
        Map<String, List<String>> namesOf = new TreeMap<>();
        for (Named n : nameOnly) namesOf.computeIfAbsent(n.iri(), x -> new ArrayList<>()).add(n.name());

        List<Outcome> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : namesOf.entrySet()) {
            TreeSet<String> candidates = new TreeSet<>();
            String matchedKey = null;
            String firstKey = null;
            for (String name : e.getValue()) {
                NameKey k = NameKey.of(name);
                if (firstKey == null || firstKey.isEmpty()) firstKey = k.key();
                for (Keyed r : byKey.getOrDefault(k.key(), List.of())) {
                    if (k.matches(r.key) && candidates.add(r.iri) && matchedKey == null) matchedKey = k.key();
                }
            }
            String key = matchedKey != null ? matchedKey : firstKey;
            out.add(switch (candidates.size()) {
                case 0 -> new Outcome(e.getKey(), Status.UNMATCHED, key, null, List.of());
                case 1 -> new Outcome(e.getKey(), Status.LINKED, key, candidates.first(), List.of());
                default -> new Outcome(e.getKey(), Status.AMBIGUOUS, key, null, List.copyOf(candidates));
            });
        }
        return out;
    }

    private record Keyed(String iri, NameKey key) {}
}
