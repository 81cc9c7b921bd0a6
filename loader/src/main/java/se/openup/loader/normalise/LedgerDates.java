package se.openup.loader.normalise;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import se.openup.loader.normalise.LedgerDate.Precision;

/**
 * Date cells to {@link LedgerDate}s, trying the mapping's patterns in order. Patterns are compiled once and cached;
 * the numeric ones (yyyy-MM-dd, yyyyMM, yyyyMMdd, yyyy-MM, d/M/yyyy…) are read without DateTimeFormatter.
 */
public final class LedgerDates {
    /** The pattern keyword for Excel 1900-system serial day numbers. */
    public static final String EXCEL_SERIAL = "excel-serial";

    /** Day 0 of the serials above 60: Excel counts the fictitious 1900-02-29 as day 60. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serials outside 1990–2100 are rejected: a random count or amount is not a ledger date. */
    private static final long MIN_SERIAL = LocalDate.of(1990, 1, 1).toEpochDay() - EXCEL_EPOCH.toEpochDay();
    private static final long MAX_SERIAL = LocalDate.of(2100, 12, 31).toEpochDay() - EXCEL_EPOCH.toEpochDay();

    private static final ConcurrentHashMap<String, DatePattern> CACHE = new ConcurrentHashMap<>();

    private LedgerDates() {
    }

    /**
     * Reads a date cell with the first pattern that matches. Patterns are DateTimeFormatter patterns resolved
     * strictly ('yyyy' is read as 'uuuu'), or {@link #EXCEL_SERIAL}. A pattern without a day field gives the 1st of
     * the month with MONTH precision. With {@code yyyy-MM-dd} an ISO date-time ({@code 2016-03-01T00:00:00},
     * {@code 2016-03-01 00:00:00}) is accepted too and its time dropped.
     *
     * @throws DateException when no pattern matches (the reason names the patterns tried)
     * @throws IllegalArgumentException when patterns is empty or holds an invalid pattern
     */
    public static LedgerDate parse(String raw, List<String> patterns) {
        if (patterns == null || patterns.isEmpty()) {
            throw new IllegalArgumentException("no date patterns given");
        }
        String t = Chars.trim(raw);
        if (!t.isEmpty()) {
            for (int i = 0, n = patterns.size(); i < n; i++) {
                String pattern = patterns.get(i);
                LedgerDate date = isSerial(pattern) ? fromSerialText(t) : compiled(pattern).parse(t);
                if (date != null) {
                    return date;
                }
            }
        }
        throw new DateException(NormaliseException.quote(raw) + " is not a date ("
            + (t.isEmpty() ? "empty; " : "") + "tried " + String.join(", ", patterns) + ")");
    }

    /** The 1st of the month with MONTH precision, for files whose period comes from the file name. */
    public static LedgerDate ofPeriod(int year, int month) {
        return new LedgerDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    /**
     * Compiles every pattern so a mapping file with a broken pattern fails when it is loaded, not on row one.
     *
     * @throws IllegalArgumentException naming the bad pattern
     */
    public static void checkPatterns(List<String> patterns) {
        if (patterns == null || patterns.isEmpty()) {
            throw new IllegalArgumentException("no date patterns given");
        }
        for (String pattern : patterns) {
            if (!isSerial(pattern)) {
                compiled(pattern);
            }
        }
    }

    private static boolean isSerial(String pattern) {
        return EXCEL_SERIAL.equalsIgnoreCase(pattern);
    }

    private static DatePattern compiled(String pattern) {
        DatePattern p = CACHE.get(pattern); // get first: computeIfAbsent locks even on a hit
        if (p != null) {
            return p;
        }
        try {
            return CACHE.computeIfAbsent(pattern, DatePattern::compile);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid date pattern '" + pattern + "': " + e.getMessage(), e);
        }
    }

    /** An integer serial, or one with a time fraction ("42430.5", "42430,5") whose time is dropped. */
    private static LedgerDate fromSerialText(String t) {
        int n = t.length();
        int i = 0;
        long serial = 0;
        while (i < n && Chars.isDigit(t.charAt(i))) {
            if (i == 6) {
                return null; // 7+ digits: far past 2100
            }
            serial = serial * 10 + (t.charAt(i++) - '0');
        }
        if (i == 0) {
            return null;
        }
        if (i < n) {
            if (t.charAt(i) != '.' && t.charAt(i) != ',') {
                return null;
            }
            while (++i < n) {
                if (!Chars.isDigit(t.charAt(i))) {
                    return null;
                }
            }
        }
        if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
            return null;
        }
        return new LedgerDate(fromExcelSerial(serial), Precision.DAY);
    }

    /**
     * Excel 1900 date system: serial 1 is 1900-01-01, 60 the fictitious 1900-02-29 (null), above 60 the date is
     * 1899-12-30 plus serial days. Null below 1. No year range check here.
     */
    static LocalDate fromExcelSerial(long serial) {
        if (serial < 1 || serial == 60) {
            return null;
        }
        return serial < 60 ? EXCEL_EPOCH.plusDays(serial + 1) : EXCEL_EPOCH.plusDays(serial);
    }
}
