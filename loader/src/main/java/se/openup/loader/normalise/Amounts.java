package se.openup.loader.normalise;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amount cells to exact öre values (scale 2, HALF_UP). One char loop, no regex and no double arithmetic: the digits
 * are copied into a buffer that {@link BigDecimal} reads directly.
 */
public final class Amounts {
    /** Far beyond any real amount; stops a garbage cell from building a huge BigDecimal. */
    private static final int MAX_DIGITS = 40;

    private Amounts() {
    }

    /**
     * Parses an amount written with the declared decimal character ('.' or ',') and optional group separators.
     * Accepts a leading '-', '−' or '+', a trailing '-' (ERP credit notes: {@code 1302,03-}), surrounding spaces,
     * groups of three digits separated by any char of groupChars, and with '.' declared an exponent
     * ({@code 1.2991199999999999E3}). The other decimal char is tolerated only when it cannot be a thousands
     * separator: with ',' declared {@code 1234.50} and {@code 1299.1199999999999} are read, {@code 1.234} is not.
     *
     * @param groupChars the group separators, e.g. {@code " \u00a0"} or {@code "."}; null or "" for none
     * @throws AmountException with a human reason when the cell is not an amount
     * @throws IllegalArgumentException when decimalChar is not '.' or ',' or is also listed as a group char
     */
    public static BigDecimal parse(String raw, char decimalChar, String groupChars) {
        if (decimalChar != '.' && decimalChar != ',') {
            throw new IllegalArgumentException("decimal char must be '.' or ',', got '" + decimalChar + "'");
        }
        String groups = groupChars == null ? "" : groupChars;
        if (groups.indexOf(decimalChar) >= 0) {
            throw new IllegalArgumentException("'" + decimalChar + "' cannot be both decimal and group separator");
        }
        if (raw == null) {
            throw fail(raw, "empty");
        }
        int start = Chars.skipSpace(raw, 0, raw.length());
        int end = Chars.trimEnd(raw, start, raw.length());
        if (start == end) {
            throw fail(raw, "empty");
        }
        boolean negative = false;
        boolean signed = false;
        char c = raw.charAt(start);
        if (c == '-' || c == '\u2212' || c == '+') {
            negative = c != '+';
            signed = true;
            start = Chars.skipSpace(raw, start + 1, end);
        }
        if (start < end && (raw.charAt(end - 1) == '-' || raw.charAt(end - 1) == '\u2212')) {
            if (signed) {
                throw fail(raw, "two signs");
            }
            negative = true;
            end = Chars.trimEnd(raw, start, end - 1);
        }
        return body(raw, start, end, negative, decimalChar, groups);
    }

    private static BigDecimal body(String raw, int start, int end, boolean negative, char decimalChar,
                                   String groups) {
        char other = decimalChar == ',' ? '.' : ',';
        String hint = decimalChar == ',' ? "decimal comma expected: 1234,50" : "decimal point expected: 1234.50";
        char[] buf = new char[end - start + 1];
        int n = 0;
        if (negative) {
            buf[n++] = '-';
        }
        int digits = 0;
        int run = 0; // digits since the start or the last group separator
        boolean grouped = false;
        boolean decimal = false;
        boolean otherDecimal = false;
        int fraction = 0;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (Chars.isDigit(c)) {
                if (++digits > MAX_DIGITS) {
                    throw fail(raw, "too many digits");
                }
                buf[n++] = c;
                run++;
                if (decimal) {
                    fraction++;
                }
            } else if (c == decimalChar || (c == other && groups.indexOf(c) < 0)) {
                if (decimal || (grouped && run != 3)) {
                    throw fail(raw, hint);
                }
                decimal = true;
                otherDecimal = c == other;
                buf[n++] = '.';
                run = 0;
            } else if (groups.indexOf(c) >= 0) {
                // a group separator must close a group of 1–3 digits (first) or exactly 3 (later), before decimals
                if (decimal || run == 0 || run > 3 || (grouped && run != 3)) {
                    throw fail(raw, hint);
                }
                grouped = true;
                run = 0;
            } else if ((c == 'E' || c == 'e') && digits > 0) {
                if (decimalChar != '.' || grouped || otherDecimal) {
                    throw fail(raw, "exponent form only with decimal point: 1.2345E3");
                }
                n = exponent(raw, i + 1, end, buf, n);
                break;
            } else {
                throw fail(raw, "unexpected '" + c + "'");
            }
        }
        if (digits == 0) {
            throw fail(raw, "no digits");
        }
        if (grouped && !decimal && run != 3) {
            throw fail(raw, hint);
        }
        // "1.234" with ',' declared may be 1234 written with a '.' group separator: refuse to guess
        if (otherDecimal && (grouped || fraction == 3)) {
            throw fail(raw, hint);
        }
        return new BigDecimal(buf, 0, n).setScale(2, RoundingMode.HALF_UP);
    }

    /** Copies "E", an optional sign and 1–3 digits (nothing after) into buf; the cap keeps the scale sane. */
    private static int exponent(String raw, int i, int end, char[] buf, int n) {
        buf[n++] = 'E';
        if (i < end && (raw.charAt(i) == '-' || raw.charAt(i) == '+')) {
            buf[n++] = raw.charAt(i++);
        }
        int count = end - i;
        if (count < 1 || count > 3) {
            throw fail(raw, "bad exponent");
        }
        for (; i < end; i++) {
            char c = raw.charAt(i);
            if (!Chars.isDigit(c)) {
                throw fail(raw, "bad exponent");
            }
            buf[n++] = c;
        }
        return n;
    }

    /**
     * A spreadsheet's native number in öre: via the shortest decimal string of the double (what the spreadsheet
     * shows, so 1299.1199999999999 and 1.005 become 1299.12 and 1.01), never via binary arithmetic.
     *
     * @throws AmountException for NaN and infinities
     */
    public static BigDecimal ofSpreadsheetNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw fail(String.valueOf(d), "not a finite number");
        }
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }

    private static AmountException fail(String raw, String why) {
        return new AmountException(NormaliseException.quote(raw) + " is not an amount (" + why + ")");
    }
}
