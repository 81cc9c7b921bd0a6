package se.openup.loader.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Booking days of a month: Monday–Friday without the fixed-date holidays and midsummer eve (ledgers are booked
 * on office days). The moving Easter and Ascension holidays are not removed; the difference is a few days a year.
 */
final class Workdays {
    private Workdays() {}

    /** The booking days as ISO strings (yyyy-MM-dd), in order. */
    static String[] of(YearMonth month) {
        List<String> days = new ArrayList<>(23);
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            DayOfWeek w = date.getDayOfWeek();
            if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !fixedHoliday(date)) days.add(date.toString());
        }
        return days.toArray(String[]::new);
    }

    private static boolean fixedHoliday(LocalDate d) {
        int m = d.getMonthValue(), day = d.getDayOfMonth();
        return (m == 1 && (day == 1 || day == 6)) || (m == 5 && day == 1) || (m == 6 && day == 6)
                || (m == 6 && d.getDayOfWeek() == DayOfWeek.FRIDAY && day >= 19 && day <= 25) // midsommarafton
                || (m == 12 && (day == 24 || day == 25 || day == 26 || day == 31));
    }
}
