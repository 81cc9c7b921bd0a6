package se.openup.loader.normalise;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import se.openup.loader.normalise.SupplierId.Issue;
import se.openup.loader.normalise.SupplierId.Kind;

/** Classification of one supplier-id token (a cell part without list separators). */
final class IdTokens {
    private static final EnumSet<Issue> NO_ISSUES = EnumSet.noneOf(Issue.class);
    private static final EnumSet<Issue> FOREIGN = EnumSet.of(Issue.FOREIGN_ID);
    private static final EnumSet<Issue> INTERNAL_NUMBER = EnumSet.of(Issue.INTERNAL_NUMBER);
    private static final EnumSet<Issue> BAD_CHECKSUM = EnumSet.of(Issue.INVALID_CHECKSUM);

    /** VAT prefixes: EU (EL and GR for Greece, XI Northern Ireland, EU for OSS), EEA, UK, Switzerland. */
    private static final boolean[] VAT_PREFIX = new boolean[26 * 26];

    static {
        for (String cc : ("AT BE BG CY CZ DE DK EE EL ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SI SK"
            + " XI EU GB NO IS LI CH").split(" ")) {
            VAT_PREFIX[(cc.charAt(0) - 'A') * 26 + cc.charAt(1) - 'A'] = true;
        }
    }

    private IdTokens() {
    }

    /** One value without list separators; spaces, dashes, '+' and '.' inside are ignored. */
    static SupplierId classify(String raw) {
        if (PersonalNumbers.isMask(raw)) {
            return SupplierId.PERSONAL;
        }
        String integer = spreadsheetInteger(raw);
        if (integer != null) {
            raw = integer; // a numeric XLSX cell as text: read its digits like any other number
        }
        int n = raw.length();
        char[] buf = new char[n];
        int k = 0;
        int digits = 0;
        int xs = 0;
        boolean other = false;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (Chars.isSpace(c) || Chars.isDash(c) || c == '+' || c == '.') {
                continue;
            }
            buf[k++] = c;
            if (Chars.isDigit(c)) {
                digits++;
            } else if (c == 'X' || c == 'x') {
                xs++;
            } else if (!isAsciiLetter(c)) {
                other = true; // punctuation or non-ASCII: neither a number nor a VAT id
            }
        }
        if (k > 0 && digits == k) {
            return digitRule(buf, 0, k, raw);
        }
        if (!other && k >= 4 && isAsciiLetter(buf[0]) && isAsciiLetter(buf[1])) {
            SupplierId vat = vat(buf, k, raw);
            if (vat != null) {
                return vat;
            }
        }
        if (!other && xs > 0 && digits > 0 && xs + digits == k && k >= 9 && k <= 12) {
            return SupplierId.PERSONAL; // partly masked number such as 550101-XXXX
        }
        return internal(raw);
    }

    /**
     * All-digit values. 10 digits: a legal person (digits 3–4 ≥ 20) or else personal. 12 digits: 16 + orgnr, else
     * personal when the last 10 could be. 9 digits: a personnummer that lost its leading zero in a spreadsheet.
     * Other lengths are internal numbers unless some 10-digit window reads as a personnummer.
     */
    private static SupplierId digitRule(char[] buf, int off, int n, String raw) {
        if (n == 10) {
            return tenDigits(new String(buf, off, 10));
        }
        if (n == 9) {
            return SupplierId.PERSONAL;
        }
        if (n == 12) {
            if (buf[off] == '1' && buf[off + 1] == '6' && buf[off + 4] >= '2') {
                return tenDigits(new String(buf, off + 2, 10));
            }
            if (buf[off + 4] < '2') {
                return SupplierId.PERSONAL; // 19/20 + YYMMDDNNNN, or any prefix before a person-shaped number
            }
        }
        if (n > 10 && PersonalNumbers.anyPersonalWindow(new String(buf, off, n))) {
            return SupplierId.PERSONAL;
        }
        return new SupplierId(Kind.INTERNAL, raw, List.of(), INTERNAL_NUMBER);
    }

    private static SupplierId tenDigits(String d) {
        if (d.charAt(2) < '2') {
            return SupplierId.PERSONAL; // digits 3–4 below 20: never a legal person, maybe a person
        }
        return OrgNumber.luhnValid(d)
            ? new SupplierId(Kind.ORGNR, d, List.of(), NO_ISSUES)
            : new SupplierId(Kind.INTERNAL, d, List.of(), BAD_CHECKSUM);
    }

    /** Two letters of a VAT country and 2–13 alphanumerics with at least two digits; SE is read as an orgnr. */
    private static SupplierId vat(char[] buf, int k, String raw) {
        char a = Character.toUpperCase(buf[0]);
        char b = Character.toUpperCase(buf[1]);
        int restDigits = 0;
        for (int i = 2; i < k; i++) {
            if (Chars.isDigit(buf[i])) {
                restDigits++;
            }
        }
        if (a == 'S' && b == 'E') {
            if (restDigits != k - 2) {
                return null;
            }
            // Swedish VAT = SE + orgnr (or a sole trader's personnummer!) + 01
            boolean vatForm = k == 14 && buf[12] == '0' && buf[13] == '1';
            return digitRule(buf, 2, vatForm ? 10 : k - 2, raw);
        }
        if (!VAT_PREFIX[(a - 'A') * 26 + (b - 'A')] || k - 2 < 2 || k - 2 > 13 || restDigits < 2) {
            return null;
        }
        for (int i = 0; i < k; i++) {
            buf[i] = Character.toUpperCase(buf[i]);
        }
        return new SupplierId(Kind.FOREIGN_VAT, new String(buf, 0, k), List.of(), FOREIGN);
    }

    /**
     * The digits of a whole number written the way a spreadsheet number becomes text: {@code 5568119357.0} or
     * {@code 8.112189876E9} (Double.toString). Without this a personnummer in a numeric cell would pass as junk.
     * Null for anything else.
     */
    static String spreadsheetInteger(String raw) {
        int n = raw.length();
        int dot = -1;
        int e = -1;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '.' && dot < 0 && i > 0) {
                dot = i;
            } else if ((c == 'E' || c == 'e') && e < 0 && dot > 0 && i > dot + 1) {
                e = i;
            } else if (!Chars.isDigit(c)) {
                return null;
            }
        }
        if (dot < 0 || dot == n - 1) {
            return null;
        }
        if (e < 0) {
            for (int i = dot + 1; i < n; i++) {
                if (raw.charAt(i) != '0') {
                    return null; // a real fraction: not an id written as a number
                }
            }
            return raw.substring(0, dot);
        }
        if (e == n - 1 || n - e > 3) {
            return null; // no exponent, or one too big for an id
        }
        BigDecimal value = new BigDecimal(raw);
        return value.stripTrailingZeros().scale() <= 0 ? value.toBigInteger().toString() : null;
    }

    static SupplierId internal(String raw) {
        return new SupplierId(Kind.INTERNAL, raw, List.of(), isInternalNumber(raw) ? INTERNAL_NUMBER : NO_ISSUES);
    }

    /** A code like 1234, LEV00123 or K-12/3: ASCII letters, digits, a little punctuation, at least one digit. */
    private static boolean isInternalNumber(String raw) {
        if (raw.length() > 30) {
            return false;
        }
        boolean digit = false;
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (Chars.isDigit(c)) {
                digit = true;
            } else if (!isAsciiLetter(c) && c != '-' && c != '_' && c != '.' && c != '/' && c != '#' && c != ' ') {
                return false;
            }
        }
        return digit;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
