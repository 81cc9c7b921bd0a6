package se.openup.loader.normalise;

/** Character classes shared by the parsers; plain switches instead of regex because they run per character. */
final class Chars {
    private Chars() {
    }

    /** ASCII digit only: Character.isDigit would also accept Arabic-Indic and other digits we cannot read. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whitespace as spreadsheets and ERP exports produce it: ASCII blanks, NBSP, figure and narrow NBSP, NEL,
     * and the other Unicode space separators. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
        }
        return c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085'
            || (c > '\u007f' && Character.isSpaceChar(c));
    }

    /** Hyphen-like characters that people and word processors put inside numbers. */
    static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
            || c == '\u2212';
    }

    /** Index of the first non-space character at or after from, or end. */
    static int skipSpace(CharSequence s, int from, int end) {
        while (from < end && isSpace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** One past the last non-space character before end, or start. */
    static int trimEnd(CharSequence s, int start, int end) {
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The value without surrounding spaces (same instance when nothing to trim); "" for null. */
    static String trim(String s) {
        if (s == null) {
            return "";
        }
        int end = s.length();
        int start = skipSpace(s, 0, end);
        end = trimEnd(s, start, end);
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }
}
