package se.openup.loader.cube;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Swedish public holidays (helgdagar, lagen (1989:253) as in force since 2005, when 6 June replaced Whit Monday):
 * the fixed days, the days that follow Easter, Midsummer Day and All Saints' Day. Saturdays and Sundays are days off
 * anyway; the holidays that fall on weekdays are what the weekend test alone would miss.
 */
public final class PublicHolidays {
    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1),
            MonthDay.of(6, 6), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private PublicHolidays() {}

    /** A Saturday, Sunday or public holiday. */
    public static boolean isDayOff(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || isHoliday(day);
    }

    public static boolean isHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day))) return true;
        LocalDate easter = easterSunday(day.getYear());
        for (int offset : new int[] {-2, 0, 1, 39, 49}) // Good Friday, Easter Sunday and Monday, Ascension, Whit Sunday
            if (day.equals(easter.plusDays(offset))) return true;
        return day.equals(saturdayFrom(day.getYear(), Month.JUNE, 20))        // Midsummer Day: Saturday 20–26 June
                || day.equals(saturdayFrom(day.getYear(), Month.OCTOBER, 31)); // All Saints' Day: Saturday 31 Oct–6 Nov
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }

    private static LocalDate saturdayFrom(int year, Month month, int day) {
        return LocalDate.of(year, month, day).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }
}
