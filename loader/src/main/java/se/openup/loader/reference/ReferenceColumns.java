package se.openup.loader.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.openup.loader.mapping.ColumnSpec;
import se.openup.loader.mapping.MappingException;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.normalise.Names;
import se.openup.loader.source.RawRow;
import se.openup.loader.source.SourceException;

/**
 * The columns of a reference-data mapping bound to one file's header. Reference kinds name their own fields (not
 * the ledger's), so they cannot use the ledger's column binding; titles still match the same way (trimmed,
 * case-insensitively, BOM stripped) and constants ({@code value:}) work as in ledger mappings.
 */
final class ReferenceColumns {
    private record Bound(int index, String constant, String title) {}

    private final Map<String, Bound> fields = new LinkedHashMap<>();
    private final Set<String> nulls;

    private ReferenceColumns(Set<String> nulls) { this.nulls = nulls; }

    /**
     * Checks the mapping's field names against what the kind knows before anything is read: {@code required} and
     * {@code optional} by name, plus any field starting with {@code prefix} (null for none).
     */
    static void checkFields(MappingProfile profile, Set<String> required, Set<String> optional, String prefix) {
        List<String> problems = new ArrayList<>();
        for (String f : profile.columns().keySet())
            if (!required.contains(f) && !optional.contains(f) && (prefix == null || !f.startsWith(prefix)))
                problems.add("unknown field '" + f + "'");
        for (String f : required)
            if (!profile.columns().containsKey(f)) problems.add("field '" + f + "' is required");
        if (!problems.isEmpty()) {
            Set<String> known = new TreeSet<>(required);
            known.addAll(optional);
            if (prefix != null) known.add(prefix + "…");
            throw new MappingException(profile.id() + " (kind " + profile.kind() + "): " + String.join("; ", problems)
                    + " (known: " + known + ")");
        }
    }

    /** Binds every field of the mapping to a column of this header (or its constant). */
    static ReferenceColumns bind(MappingProfile profile, List<String> titles) {
        ReferenceColumns c = new ReferenceColumns(Set.copyOf(profile.nullValuesOrDefault()));
        List<String> keys = titles.stream().map(ReferenceColumns::key).toList();
        for (Map.Entry<String, ColumnSpec> e : profile.columns().entrySet()) {
            ColumnSpec spec = e.getValue();
            if (spec.isConstant()) {
                c.fields.put(e.getKey(), new Bound(-1, spec.value(), e.getKey()));
            } else if (spec.column() != null) {
                int i = spec.column() - 1;
                c.fields.put(e.getKey(), new Bound(i, null, i < titles.size() ? titles.get(i) : "column " + spec.column()));
            } else {
                List<Integer> hits = new ArrayList<>();
                for (String wanted : spec.titles())
                    for (int i = 0; i < keys.size(); i++) if (keys.get(i).equals(key(wanted)) && !hits.contains(i)) hits.add(i);
                if (hits.size() > 1)
                    throw new SourceException("duplicate column for " + e.getKey() + ": titles " + spec.titles() + " match columns "
                            + hits.stream().map(i -> i + 1).toList());
                if (hits.isEmpty())
                    throw new SourceException("missing column for " + e.getKey() + " (titles tried: " + spec.titles()
                            + "); the header has " + titles);
                c.fields.put(e.getKey(), new Bound(hits.get(0), null, titles.get(hits.get(0))));
            }
        }
        return c;
    }

    /** The trimmed value, or null when the cell is empty or one of the mapping's "none" values. */
    String value(RawRow row, String field) {
        Bound b = fields.get(field);
        if (b == null) return null;
        String v = b.index < 0 ? b.constant : row.cell(b.index);
        if (v == null) return null;
        v = v.strip();
        return v.isEmpty() || nulls.contains(v) ? null : v;
    }

    /** A constant's value (null if the field is absent or is a column). */
    String constant(String field) {
        Bound b = fields.get(field);
        return b == null ? null : b.constant;
    }

    /** The column title a rejection names. */
    String title(String field) {
        Bound b = fields.get(field);
        return b == null ? field : b.title;
    }

    List<String> fieldsStartingWith(String prefix) {
        return fields.keySet().stream().filter(f -> f.startsWith(prefix)).toList();
    }

    private static String key(String title) {
        if (title == null) return "";
        String t = Names.clean(title.startsWith("\uFEFF") ? title.substring(1) : title);
        return t == null ? "" : t.toLowerCase(Locale.ROOT);
    }
}
