package se.openup.loader.normalise;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Locale;
import se.openup.loader.normalise.LedgerDate.Precision;

/**
 * One compiled date pattern. Purely numeric patterns (yyyy, M/MM, d/dd and literals: yyyy-MM-dd, yyyyMM,
 * d/M/yyyy…) are read by a char loop that never throws; anything else goes to a strict DateTimeFormatter.
 * Returns null when the text does not match, so trying several patterns costs no exceptions.
 */
final class DatePattern {
    private static final int LITERAL = 0;
    private static final int YEAR = 1;
    private static final int MONTH = 2;
    private static final int DAY = 3;

    private final int[] kinds;
    private final int[] minWidth;
    private final int[] maxWidth;
    private final char[] literals;
    private final boolean hasDay;
    private final boolean allowTime;
    private final DateTimeFormatter formatter; // only for patterns the char loop cannot read

    private DatePattern(int[] kinds, int[] minWidth, int[] maxWidth, char[] literals, boolean hasDay,
                        boolean allowTime, DateTimeFormatter formatter) {
        this.kinds = kinds;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.literals = literals;
        this.hasDay = hasDay;
        this.allowTime = allowTime;
        this.formatter = formatter;
    }

    /** @throws IllegalArgumentException for a pattern DateTimeFormatter rejects */
    static DatePattern compile(String pattern) {
        int n = pattern.length();
        int[] kinds = new int[n];
        int[] min = new int[n];
        int[] max = new int[n];
        char[] lit = new char[n];
        int count = 0;
        boolean year = false;
        boolean month = false;
        boolean day = false;
        boolean numeric = true;
        for (int i = 0; i < n && numeric; ) {
            char c = pattern.charAt(i);
            int j = i;
            while (j < n && pattern.charAt(j) == c) {
                j++;
            }
            int len = j - i;
            if (c == 'y' || c == 'u') {
                numeric = len == 4 && !year;
                year = true;
                set(kinds, min, max, count++, YEAR, 4, 4);
            } else if (c == 'M' || c == 'd') {
                numeric = len <= 2 && !(c == 'M' ? month : day);
                month |= c == 'M';
                day |= c == 'd';
                set(kinds, min, max, count++, c == 'M' ? MONTH : DAY, len == 2 ? 2 : 1, 2);
            } else if (Character.isLetter(c) || c == '\'' || c == '[' || c == ']' || c == '#' || c == '{'
                || c == '}') {
                numeric = false; // text fields, quotes, optional sections: leave them to DateTimeFormatter
            } else {
                for (int k = i; k < j; k++) {
                    lit[count] = c;
                    kinds[count++] = LITERAL;
                }
            }
            i = j;
        }
        for (int k = 0; numeric && k + 1 < count; k++) {
            // "Md" has no way to tell where one variable-width field ends: only DateTimeFormatter can try
            numeric = kinds[k] == LITERAL || min[k] == max[k]
                || (kinds[k + 1] == LITERAL && !Chars.isDigit(lit[k + 1]));
        }
        if (numeric && !(year && month)) {
            throw new IllegalArgumentException("date pattern '" + pattern + "' needs a year and a month");
        }
        if (numeric) {
            boolean iso = pattern.equals("yyyy-MM-dd") || pattern.equals("uuuu-MM-dd");
            return new DatePattern(trim(kinds, count), trim(min, count), trim(max, count),
                Arrays.copyOf(lit, count), day, iso, null);
        }
        // ROOT: month names must not depend on the machine the loader runs on
        DateTimeFormatter f = DateTimeFormatter.ofPattern(strictYears(pattern), Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
        return new DatePattern(null, null, null, null, hasDayField(pattern), false, f);
    }

    private static void set(int[] kinds, int[] min, int[] max, int k, int kind, int lo, int hi) {
        kinds[k] = kind;
        min[k] = lo;
        max[k] = hi;
    }

    private static int[] trim(int[] a, int n) {
        return Arrays.copyOf(a, n);
    }

    LedgerDate parse(String s) {
        return formatter != null ? parseWithFormatter(s) : parseNumeric(s);
    }

    private LedgerDate parseNumeric(String s) {
        int n = s.length();
        int pos = 0;
        int year = 0;
        int month = 0;
        int day = 1;
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k] == LITERAL) {
                if (pos >= n || s.charAt(pos) != literals[k]) {
                    return null;
                }
                pos++;
                continue;
            }
            int value = 0;
            int width = 0;
            while (width < maxWidth[k] && pos < n && Chars.isDigit(s.charAt(pos))) {
                value = value * 10 + (s.charAt(pos++) - '0');
                width++;
            }
            if (width < minWidth[k]) {
                return null;
            }
            if (kinds[k] == YEAR) {
                year = value;
            } else if (kinds[k] == MONTH) {
                month = value;
            } else {
                day = value;
            }
        }
        if (pos != n && !(allowTime && isTimeTail(s, pos))) {
            return null;
        }
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return null; // strict: 2016-02-30 and month 13 are not dates
        }
        return new LedgerDate(LocalDate.of(year, month, day), hasDay ? Precision.DAY : Precision.MONTH);
    }

    private LedgerDate parseWithFormatter(String s) {
        ParsePosition pos = new ParsePosition(0);
        // parseUnresolved reports a mismatch through pos instead of an exception
        if (formatter.parseUnresolved(s, pos) == null || pos.getErrorIndex() >= 0 || pos.getIndex() != s.length()) {
            return null;
        }
        try {
            TemporalAccessor t = formatter.parse(s);
            return hasDay ? new LedgerDate(LocalDate.from(t), Precision.DAY)
                : new LedgerDate(YearMonth.from(t).atDay(1), Precision.MONTH);
        } catch (DateTimeException e) {
            return null; // matched the shape but is no real date (strict resolving)
        }
    }

    /** After an ISO date: 'T' or ' ', HH:mm[:ss[.fff]], then optional Z or ±HH[:]mm (spreadsheet date-times). */
    static boolean isTimeTail(String s, int pos) {
        int n = s.length();
        char c = s.charAt(pos);
        if ((c != 'T' && c != ' ') || !twoDigits(s, pos + 1, 23) || pos + 3 >= n || s.charAt(pos + 3) != ':'
            || !twoDigits(s, pos + 4, 59)) {
            return false;
        }
        pos += 6;
        if (pos < n && s.charAt(pos) == ':') {
            if (!twoDigits(s, pos + 1, 59)) {
                return false;
            }
            pos += 3;
            if (pos < n && (s.charAt(pos) == '.' || s.charAt(pos) == ',')) {
                int from = ++pos;
                while (pos < n && Chars.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (pos == from) {
                    return false;
                }
            }
        }
        if (pos == n) {
            return true;
        }
        c = s.charAt(pos);
        if (c == 'Z') {
            return pos + 1 == n;
        }
        if ((c != '+' && c != '-') || !twoDigits(s, pos + 1, 18)) {
            return false;
        }
        pos += 3;
        if (pos < n && s.charAt(pos) == ':') {
            pos++;
        }
        return pos == n || (pos + 2 == n && twoDigits(s, pos, 59));
    }

    private static boolean twoDigits(String s, int at, int maxValue) {
        if (at + 2 > s.length() || !Chars.isDigit(s.charAt(at)) || !Chars.isDigit(s.charAt(at + 1))) {
            return false;
        }
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0') <= maxValue;
    }

    static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** STRICT resolving needs proleptic years: 'yyyy' (year of era) would require an era field. */
    static String strictYears(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            sb.append(!quoted && c == 'y' ? 'u' : c);
        }
        return sb.toString();
    }

    private static boolean hasDayField(String pattern) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == 'd' || c == 'D')) {
                return true;
            }
        }
        return false;
    }
}
