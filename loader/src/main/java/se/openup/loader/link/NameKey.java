package se.openup.loader.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import se.openup.loader.normalise.Names;

/**
 * An organisation name reduced to what identifies it, for exact comparison: case, diacritics, punctuation and
 * whitespace folded, "och"/"&" dropped, and the Swedish legal form taken off the ends and kept apart. Two names
 * match when their keys are equal and their legal forms do not contradict each other: "Foo AB" and "Foo HB" are
 * different legal persons, while "Foo" (no form stated) may be either. Foreign forms (Oy, AS, GmbH…) stay in the
 * key: "X AS" is the Norwegian company, not "X AB".
 */
public record NameKey(String key, Form form) {

    /**
     * Legal forms whose words are taken off. HB and KB stay apart: their names are unique only within a county, so
     * "Buskhaga HB" and "Buskhaga Kommanditbolag" may well be two partnerships (the linking sample has that case).
     */
    public enum Form { AKTIEBOLAG, HANDELSBOLAG, KOMMANDITBOLAG, EKONOMISK_FORENING }

    private record Phrase(List<String> tokens, Form form) {}

    // longest first, so "ekonomisk forening" wins over nothing; matched only at the start or the end of a name
    private static final List<Phrase> PHRASES = List.of(
            phrase("ekonomiska foreningen", Form.EKONOMISK_FORENING), phrase("ekonomisk forening", Form.EKONOMISK_FORENING),
            phrase("ek forening", Form.EKONOMISK_FORENING), phrase("ek for", Form.EKONOMISK_FORENING),
            phrase("u p a", Form.EKONOMISK_FORENING), phrase("upa", Form.EKONOMISK_FORENING),
            phrase("i likvidation", null), phrase("i konkurs", null),
            phrase("aktiebolaget", Form.AKTIEBOLAG), phrase("aktiebolag", Form.AKTIEBOLAG), phrase("ab", Form.AKTIEBOLAG),
            phrase("publ", Form.AKTIEBOLAG), // only an aktiebolag can be "(publ)"
            phrase("handelsbolaget", Form.HANDELSBOLAG), phrase("handelsbolag", Form.HANDELSBOLAG), phrase("hb", Form.HANDELSBOLAG),
            phrase("kommanditbolaget", Form.KOMMANDITBOLAG), phrase("kommanditbolag", Form.KOMMANDITBOLAG),
            phrase("kb", Form.KOMMANDITBOLAG));

    private static final Set<String> CONJUNCTIONS = Set.of("och", "and");

    public static NameKey of(String name) {
        if (name == null) return new NameKey("", null);
        List<String> tokens = new ArrayList<>(Arrays.asList(Names.key(rotated(name)).split("-")));
        tokens.removeIf(t -> t.isEmpty() || CONJUNCTIONS.contains(t) || t.equals(Names.UNNAMED));
        Form form = null;
        boolean stripped = true;
        while (stripped && !tokens.isEmpty()) {
            stripped = false;
            for (Phrase p : PHRASES) {
                int n = p.tokens.size();
                if (tokens.size() < n) continue;
                boolean atEnd = tokens.subList(tokens.size() - n, tokens.size()).equals(p.tokens);
                boolean atStart = !atEnd && tokens.subList(0, n).equals(p.tokens);
                // a second, different form is part of the name: "KB Bygg AB" is not "Bygg AB"
                if ((!atEnd && !atStart) || (form != null && p.form != null && p.form != form)) continue;
                if (atEnd) tokens.subList(tokens.size() - n, tokens.size()).clear();
                else tokens.subList(0, n).clear();
                if (form == null) form = p.form;
                stripped = true;
                break;
            }
        }
        return new NameKey(String.join(" ", tokens), form);
    }

    /** True when the two may name the same legal person: equal keys, and no two different stated forms. */
    public boolean matches(NameKey other) {
        return !key.isEmpty() && key.equals(other.key) && (form == null || other.form == null || form == other.form);
    }

    /**
     * Ledger systems file "AB Karl Hedin Bygghandel" as "KARL HEDIN BYGGHANDEL;AB" and a leading initial or first
     * name after a ';' too ("ZÄLL AB;GERDMARIE"): the part after the last ';' goes back to the front.
     */
    static String rotated(String name) {
        int i = name.lastIndexOf(';');
        if (i < 0) return name;
        return name.substring(i + 1) + " " + name.substring(0, i);
    }

    private static Phrase phrase(String words, Form form) { return new Phrase(List.of(words.split(" ")), form); }
}
