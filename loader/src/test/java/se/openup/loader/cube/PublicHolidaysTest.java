package se.openup.loader.cube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The loader's holiday calendar is the list the round-amounts-and-holidays query carried before it read the payment
 * facts (queries/payments/round-amounts-and-holidays.rq): every day of 2014–2026 is a day off in one exactly when it
 * is in the other.
 */
class PublicHolidaysTest {
    static final Path PAYMENT_VERSION = Path.of("../queries/payments/round-amounts-and-holidays.rq");

    @Test
    void theCalendarIsTheQuerysListFor2014To2026() throws IOException {
        String query = Files.readString(PAYMENT_VERSION);
        Set<String> fixed = matches(query, "\"(\\d{2}-\\d{2})\"");
        Set<String> moving = matches(query, "\"(\\d{4}-\\d{2}-\\d{2})\"\\^\\^xsd:date");
        moving.remove("2000-01-03"); // the Monday the weekday count starts from, not a holiday
        assertEquals(6, fixed.size(), "the fixed days: " + fixed);
        assertEquals(13 * 7, moving.size(), "seven moving holidays a year, 2014–2026");
        int daysOff = 0;
        for (LocalDate d = LocalDate.of(2014, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean listed = weekend || fixed.contains(d.toString().substring(5)) || moving.contains(d.toString());
            assertEquals(listed, PublicHolidays.isDayOff(d), d.toString());
            if (listed) daysOff++;
        }
        assertTrue(daysOff > 13 * 104, "weekends and holidays: " + daysOff);
    }

    @Test
    void easterAndTheSaturdayHolidays() {
        assertEquals(LocalDate.of(2024, 3, 31), PublicHolidays.easterSunday(2024));
        assertEquals(LocalDate.of(2038, 4, 25), PublicHolidays.easterSunday(2038)); // the latest possible Easter
        assertTrue(PublicHolidays.isHoliday(LocalDate.of(2027, 3, 26)), "Good Friday 2027, past the query's list");
        assertTrue(PublicHolidays.isHoliday(LocalDate.of(2027, 6, 26)), "Midsummer Day 2027");
        assertFalse(PublicHolidays.isHoliday(LocalDate.of(2027, 6, 25)), "Midsummer Eve is not a holiday by law");
        assertFalse(PublicHolidays.isDayOff(LocalDate.of(2023, 3, 6)), "a Monday");
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
