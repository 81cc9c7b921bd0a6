package se.openup.loader.normalise;

/**
 * A valid Swedish organisation number of a legal person: 10 digits, digits 3–4 at least 20 (which no
 * personnummer can have, its digits 3–4 being a month), and a correct Luhn check digit.
 * A sole trader's personnummer is therefore never an OrgNumber.
 */
public final class OrgNumber {
    private final String digits;

    private OrgNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Reads {@code NNNNNN-NNNN}, {@code NNNNNNNNNN} or the century form {@code 16NNNNNNNNNN}; spaces and dashes
     * anywhere are ignored.
     *
     * @throws IllegalArgumentException when the value is not a valid legal-person organisation number
     */
    public static OrgNumber of(CharSequence value) {
        OrgNumber org = parseOrNull(value);
        if (org == null) {
            throw new IllegalArgumentException(NormaliseException.quote(value == null ? null : value.toString())
                + " is not a valid organisation number of a legal person (NNNNNN-NNNN)");
        }
        return org;
    }

    /** Like {@link #of} but null instead of an exception, for the per-row path. */
    public static OrgNumber parseOrNull(CharSequence value) {
        String tenDigits = tenDigitsOf(value);
        return tenDigits != null && isValid(tenDigits) ? new OrgNumber(tenDigits) : null;
    }

    /** True for 10 ASCII digits shaped as a legal person's number (digits 3–4 ≥ 20) with a correct check digit. */
    public static boolean isValid(CharSequence tenDigits) {
        return isLegalPersonShaped(tenDigits) && luhnValid(tenDigits);
    }

    /** 10 ASCII digits whose digits 3–4 are at least 20; says nothing about the check digit. */
    static boolean isLegalPersonShaped(CharSequence tenDigits) {
        return allDigits(tenDigits, 10) && tenDigits.charAt(2) >= '2';
    }

    /**
     * Mod-10 (Luhn) check on exactly 10 digits, weights 2-1 from the left. False for anything that is not exactly
     * 10 ASCII digits (it is a predicate, it does not throw).
     */
    public static boolean luhnValid(CharSequence tenDigits) {
        if (!allDigits(tenDigits, 10)) {
            return false;
        }
        return weightedSum(tenDigits, 10) % 10 == 0;
    }

    /**
     * The nine digits followed by their Luhn check digit.
     *
     * @throws IllegalArgumentException unless exactly nine ASCII digits are given
     */
    public static String withCheckDigit(String nineDigits) {
        if (!allDigits(nineDigits, 9)) {
            throw new IllegalArgumentException("nine digits expected, got " + NormaliseException.quote(nineDigits));
        }
        int check = (10 - weightedSum(nineDigits, 9) % 10) % 10;
        return nineDigits + (char) ('0' + check);
    }

    /** Sum of the Luhn products of the first n digits, weight 2 on positions 1, 3, 5… from the left. */
    private static int weightedSum(CharSequence digits, int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int d = digits.charAt(i) - '0';
            if ((i & 1) == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum;
    }

    static boolean allDigits(CharSequence s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!Chars.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The 10 digits of a 10-digit or 16-prefixed 12-digit value, separators dropped; null for any other shape. */
    private static String tenDigitsOf(CharSequence value) {
        if (value == null) {
            return null;
        }
        char[] buf = new char[12];
        int n = 0;
        for (int i = 0, len = value.length(); i < len; i++) {
            char c = value.charAt(i);
            if (Chars.isDigit(c)) {
                if (n == 12) {
                    return null;
                }
                buf[n++] = c;
            } else if (!Chars.isSpace(c) && !Chars.isDash(c)) {
                return null;
            }
        }
        if (n == 10) {
            return new String(buf, 0, 10);
        }
        return n == 12 && buf[0] == '1' && buf[1] == '6' ? new String(buf, 2, 10) : null;
    }

    /** The 10 digits without dash, as used in IRIs ({@code id:org/2120001967}). */
    public String digits() {
        return digits;
    }

    /** {@code NNNNNN-NNNN}, the Wikidata P6460 form. */
    public String hyphenated() {
        return digits.substring(0, 6) + '-' + digits.substring(6);
    }

    /** The first digit: 2 state/regions/municipalities, 5 aktiebolag, 7 ekonomisk förening, 8 ideell, 9 handelsbolag… */
    public int legalFormGroup() {
        return digits.charAt(0) - '0';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrgNumber other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The hyphenated form. */
    @Override
    public String toString() {
        return hyphenated();
    }
}
