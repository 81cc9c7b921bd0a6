package se.openup.loader.normalise;

import java.text.Normalizer;

/** Name cells: whitespace clean-up for display, and a stable IRI-safe key for {@code id:supplier/…/{nameKey}}. */
public final class Names {
    /** The key of a name with nothing usable in it (blank, or only punctuation or non-Latin script). */
    public static final String UNNAMED = "unnamed";

    private Names() {
    }

    /**
     * Trims and collapses every whitespace run (spaces, tabs, line breaks, NBSP, U+2007, U+202F, other Unicode
     * spaces) to one space; null for null or blank. Returns the same instance when nothing changes.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        int n = raw.length();
        int start = Chars.skipSpace(raw, 0, n);
        int end = Chars.trimEnd(raw, start, n);
        if (start == end) {
            return null;
        }
        if (isCollapsed(raw, start, end)) {
            return start == 0 && end == n ? raw : raw.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (Chars.isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Every whitespace in the trimmed range is a lone ASCII space (the common case: no copy needed). */
    private static boolean isCollapsed(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Chars.isSpace(c) && (c != ' ' || Chars.isSpace(s.charAt(i + 1)))) {
                return false; // i + 1 < end always holds: end is not a space
            }
        }
        return true;
    }

    /**
     * A slug: cleaned, lower-cased, diacritics folded (NFD then marks dropped, plus æ→ae, ø→o, ß→ss, đ/ð→d, þ→th,
     * ł→l, œ→oe, ŋ→n, ı→i…), every run of other characters → '-', no '-' at either end; "unnamed" when nothing is
     * left. "VVV Vård- och omsorgsnämnd väster" → "vvv-vard-och-omsorgsnamnd-vaster". Stable across runs: it is
     * part of IRIs.
     */
    public static String key(String name) {
        String s = clean(name);
        if (s == null) {
            return UNNAMED;
        }
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD); // å → a + ring, é → e + acute, …
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                char c = (char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    if (dash && sb.length() > 0) {
                        sb.append('-');
                    }
                    dash = false;
                    sb.append(c);
                } else {
                    dash = true;
                }
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
                continue; // the accent NFD split off: drop it, the letter stays
            }
            String out = fold(Character.toLowerCase(cp));
            if (out == null) {
                dash = true;
            } else {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                dash = false;
                sb.append(out);
            }
        }
        return sb.length() == 0 ? UNNAMED : sb.toString();
    }

    /** Latin letters NFD leaves whole; null for anything else (it becomes a separator). */
    private static String fold(int cp) {
        switch (cp) {
            case 'æ': return "ae";
            case 'ø': return "o";
            case 'ß': return "ss";
            case 'đ': case 'ð': return "d";
            case 'þ': return "th";
            case 'ł': return "l";
            case 'œ': return "oe";
            case 'ŋ': return "n";
            case 'ı': return "i";
            case 'ħ': return "h";
            case 'ŧ': return "t";
            case '\ufb00': return "ff";
            case '\ufb01': return "fi";
            case '\ufb02': return "fl";
            default: return null;
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
