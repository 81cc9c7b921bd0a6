package se.openup.loader.normalise;

/**
 * Shape tests for personnummer and samordningsnummer. They deliberately ignore the check digit: a mistyped
 * personnummer is still personal data, so a shape match is enough to withhold a value.
 */
final class PersonalNumbers {
    private PersonalNumbers() {
    }

    /** Month 01–12 at k, then a day 01–31 or a samordningsnummer day 61–91 at k+2. */
    static boolean monthDayAt(CharSequence s, int k) {
        int month = twoDigits(s, k);
        if (month < 1 || month > 12) {
            return false;
        }
        int day = twoDigits(s, k + 2);
        return (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
    }

    /** The two-digit number at k, or -1 when either char is not a digit. */
    private static int twoDigits(CharSequence s, int k) {
        char a = s.charAt(k);
        char b = s.charAt(k + 1);
        return Chars.isDigit(a) && Chars.isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
    }

    /** Ten digits from offset that read as YYMMDDNNNN of a person. */
    static boolean personalTenAt(CharSequence digits, int offset) {
        return monthDayAt(digits, offset + 2);
    }

    /** Any 10-digit window of an all-digit run reads as a personnummer (safety net for padded or glued values). */
    static boolean anyPersonalWindow(CharSequence digits) {
        for (int i = 0, last = digits.length() - 10; i <= last; i++) {
            if (personalTenAt(digits, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text holds, as its own digit run, YYMMDDNNNN, YYYYMMDDNNNN, YYMMDD?NNNN or YYYYMMDD?NNNN where
     * ? is '-', '+', another dash or one space, with a valid month and a day 01–31 or 61–91.
     * Digit runs longer than 12 are not searched inside: that is a number, not a token.
     */
    static boolean looksPersonal(CharSequence s) {
        if (s == null) {
            return false;
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Chars.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Chars.isDigit(s.charAt(i))) {
                i++;
            }
            int len = i - start;
            if (len == 10 && monthDayAt(s, start + 2)) {
                return true;
            }
            if (len == 12 && monthDayAt(s, start + 4)) {
                return true;
            }
            if ((len == 6 || len == 8) && separatedFourDigits(s, i) && monthDayAt(s, i - 4)) {
                return true;
            }
        }
        return false;
    }

    /** At sep: one separator char then exactly four digits (no fifth). */
    private static boolean separatedFourDigits(CharSequence s, int sep) {
        int n = s.length();
        if (sep + 5 > n) {
            return false;
        }
        char c = s.charAt(sep);
        if (c != '+' && !Chars.isDash(c) && !Chars.isSpace(c)) {
            return false;
        }
        for (int k = sep + 1; k <= sep + 4; k++) {
            if (!Chars.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return sep + 5 == n || !Chars.isDigit(s.charAt(sep + 5));
    }

    /**
     * A masked value: any '*', or nothing but X/x, 0, dashes and spaces ({@code XXXXXX-XXXX}, {@code 000000-0000}).
     * No legitimate supplier id looks like that, and the unmasked original may have been a personnummer.
     */
    static boolean isMask(String t) {
        boolean onlyMaskChars = true;
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (c == '*') {
                return true;
            }
            if (c != 'X' && c != 'x' && c != '0' && !Chars.isDash(c) && !Chars.isSpace(c)) {
                onlyMaskChars = false;
            }
        }
        return onlyMaskChars;
    }
}
