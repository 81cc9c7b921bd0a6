package se.openup.loader.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.openup.loader.normalise.LedgerDate.Precision;

class LedgerDatesTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2016, 3, 1);

    private static LedgerDate parse(String raw, String... patterns) {
        return LedgerDates.parse(raw, List.of(patterns));
    }

    private static LedgerDate day(int y, int m, int d) {
        return new LedgerDate(LocalDate.of(y, m, d), Precision.DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016-03-01|yyyy-MM-dd", "20160301|yyyyMMdd", "1/3/2016|d/M/yyyy", "01/03/2016|d/M/yyyy",
        "01/03/2016|dd/MM/yyyy", "01.03.2016|dd.MM.yyyy", "2016-03-01|uuuu-MM-dd", "160301|yyMMdd",
        "01 Mar 2016|dd MMM yyyy", "2016/03/01 12:30|yyyy/MM/dd HH:mm", "'  2016-03-01 '|yyyy-MM-dd"})
    void dayPatterns(String raw, String pattern) {
        assertEquals(new LedgerDate(MARCH_1, Precision.DAY), parse(raw, pattern));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"201603|yyyyMM", "2016-03|yyyy-MM", "2016-3|yyyy-M", "03/2016|MM/yyyy",
        "Mar 2016|MMM yyyy"})
    void monthPatternsGiveTheFirstWithMonthPrecision(String raw, String pattern) {
        assertEquals(new LedgerDate(MARCH_1, Precision.MONTH), parse(raw, pattern));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016-02-30|yyyy-MM-dd", "2015-02-29|yyyy-MM-dd", "2100-02-29|yyyy-MM-dd", "2016-04-31|yyyy-MM-dd",
        "2016-13-01|yyyy-MM-dd", "2016-00-10|yyyy-MM-dd", "2016-03-00|yyyy-MM-dd", "2016-3-1|yyyy-MM-dd",
        "16-03-01|yyyy-MM-dd", "2016-03-01x|yyyy-MM-dd", "2016-03-011|yyyy-MM-dd", "201613|yyyyMM",
        "2016030|yyyyMMdd", "20160230|yyyyMMdd", "2016-03|yyyy-MM-dd", "2016-03-01|yyyyMM", "32/1/2016|d/M/yyyy",
        "1/3/16|d/M/yyyy", "2016/02/30 12:30|yyyy/MM/dd HH:mm", "30 Feb 2016|dd MMM yyyy", "1 Mars 2016|d MMM yyyy"})
    void strictParsingRejects(String raw, String pattern) {
        assertThrows(DateException.class, () -> parse(raw, pattern));
    }

    @Test
    void leapDayOnlyInLeapYears() {
        assertEquals(day(2016, 2, 29), parse("2016-02-29", "yyyy-MM-dd"));
        assertEquals(day(2000, 2, 29), parse("20000229", "yyyyMMdd"));
        assertThrows(DateException.class, () -> parse("19000229", "yyyyMMdd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-03-01T00:00:00", "2016-03-01 00:00:00", "2016-03-01T23:59:59.999",
        "2016-03-01 13:45", "2016-03-01T00:00:00Z", "2016-03-01T00:00:00+01:00", "2016-03-01T00:00:00-0500",
        "2016-03-01T00:00:00,5"})
    void isoDateTimesWithTheIsoDatePattern(String raw) {
        assertEquals(day(2016, 3, 1), parse(raw, "yyyy-MM-dd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-03-01T", "2016-03-01T24:00:00", "2016-03-01T12", "2016-03-01T12:60",
        "2016-03-01 00:00:00 foo", "2016-03-01T00:00:00Z1", "2016-03-01x00:00", "2016-02-30T00:00:00"})
    void brokenDateTimesAreRejected(String raw) {
        assertThrows(DateException.class, () -> parse(raw, "yyyy-MM-dd"));
    }

    @Test
    void dateTimeOnlyForTheIsoPattern() {
        assertThrows(DateException.class, () -> parse("01/03/2016 00:00", "dd/MM/yyyy"));
    }

    @Test
    void patternsAreTriedInOrder() {
        List<String> patterns = List.of("yyyyMM", "yyyy-MM-dd", "excel-serial");
        assertEquals(new LedgerDate(MARCH_1, Precision.MONTH), LedgerDates.parse("201603", patterns));
        assertEquals(day(2016, 3, 5), LedgerDates.parse("2016-03-05", patterns));
        assertEquals(day(2016, 3, 1), LedgerDates.parse("42430", patterns));
        // "201603" as a serial is the year 2451: out of range, so the later yyyyMM still reads it
        assertEquals(new LedgerDate(MARCH_1, Precision.MONTH),
            LedgerDates.parse("201603", List.of("excel-serial", "yyyyMM")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"42430|2016-03-01", "42430.75|2016-03-01", "42430,5|2016-03-01",
        "42430.|2016-03-01", "42370|2016-01-01", "32874|1990-01-01", "73415|2100-12-31", "44985|2023-02-28"})
    void excelSerials(String raw, String expected) {
        assertEquals(new LedgerDate(LocalDate.parse(expected), Precision.DAY), parse(raw, "excel-serial"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"32873", "73416", "0", "60", "201603", "20160301", "-42430", "42430.x", "4.243E4",
        "42 430", ".5", "1234567"})
    void serialsOutsideTheLedgerRangeOrMalformedAreRejected(String raw) {
        assertThrows(DateException.class, () -> parse(raw, "excel-serial"));
    }

    @Test
    void excel1900SystemIncludingItsFictitiousLeapDay() {
        assertEquals(LocalDate.of(1900, 1, 1), LedgerDates.fromExcelSerial(1));
        assertEquals(LocalDate.of(1900, 2, 28), LedgerDates.fromExcelSerial(59));
        assertNull(LedgerDates.fromExcelSerial(60)); // 1900-02-29 never existed
        assertEquals(LocalDate.of(1900, 3, 1), LedgerDates.fromExcelSerial(61));
        assertNull(LedgerDates.fromExcelSerial(0));
    }

    @Test
    void reasonNamesThePatternsTried() {
        DateException e = assertThrows(DateException.class,
            () -> parse("2016-02-30", "yyyy-MM-dd", "excel-serial"));
        assertEquals("'2016-02-30' is not a date (tried yyyy-MM-dd, excel-serial)", e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u00a0"})
    void emptyCellIsADateException(String raw) {
        DateException e = assertThrows(DateException.class, () -> parse(raw, "yyyy-MM-dd"));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void badPatternsAreConfigurationErrors() {
        assertThrows(IllegalArgumentException.class, () -> parse("2016", "yyyy-MM-dd {"));
        assertThrows(IllegalArgumentException.class, () -> parse("01/03", "dd/MM"));
        assertThrows(IllegalArgumentException.class, () -> LedgerDates.parse("2016-03-01", List.of()));
        assertThrows(IllegalArgumentException.class, () -> LedgerDates.checkPatterns(List.of("yyyy-MM-dd", "bb")));
        LedgerDates.checkPatterns(List.of("yyyy-MM-dd", "yyyyMM", "excel-serial", "d MMM yyyy"));
    }

    @Test
    void periods() {
        assertEquals(new LedgerDate(MARCH_1, Precision.MONTH), LedgerDates.ofPeriod(2016, 3));
        assertEquals(LocalDate.of(2016, 12, 1), LedgerDates.ofPeriod(2016, 12).date());
        assertThrows(DateTimeException.class, () -> LedgerDates.ofPeriod(2016, 13));
    }

    @Test
    void monthPrecisionIsAlwaysTheFirst() {
        assertThrows(IllegalArgumentException.class,
            () -> new LedgerDate(LocalDate.of(2016, 3, 5), Precision.MONTH));
        assertThrows(NullPointerException.class, () -> new LedgerDate(null, Precision.DAY));
    }
}
