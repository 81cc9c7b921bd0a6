package se.openup.loader.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {
    private static final String SPACES = " \u00a0";

    /** BigDecimal.equals also compares the scale: every result must be in öre (scale 2). */
    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    private static BigDecimal comma(String raw) {
        return Amounts.parse(raw, ',', SPACES);
    }

    private static BigDecimal point(String raw) {
        return Amounts.parse(raw, '.', null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234,50|1234.50", "1 234,50|1234.50", "1\u00a0234,50|1234.50", "3 270,50|3270.50",
        "1 234 567,89|1234567.89", "9632|9632.00", "0,5|0.50", ",5|0.50", "12,|12.00", "-1302,03|-1302.03",
        "\u22121302,03|-1302.03", "1302,03-|-1302.03", "1 302,03 -|-1302.03", "+12|12.00", "- 12,00|-12.00",
        "'  42 '|42.00", "0,005|0.01", "-0,005|-0.01", "0,004|0.00", "2,345|2.35", "-0,00|0.00",
        "1234.50|1234.50", "1299.1199999999999|1299.12", "12.5|12.50"})
    void decimalComma(String raw, String expected) {
        assertAmount(expected, comma(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.50|1234.50", "1234|1234.00", "-1302.03|-1302.03", "1302.03-|-1302.03", "1299.1199999999999|1299.12",
        "1.2991199999999999E3|1299.12", "1.2991199999999999e+3|1299.12", "9.632E3|9632.00", "-1.5e-1|-0.15",
        "1E2|100.00", "1,5|1.50", "0.125|0.13"})
    void decimalPoint(String raw, String expected) {
        assertAmount(expected, point(raw));
    }

    @Test
    void declaredGroupSeparators() {
        assertAmount("1234567.89", Amounts.parse("1.234.567,89", ',', "."));
        assertAmount("1234.00", Amounts.parse("1.234", ',', "."));
        assertAmount("1234.56", Amounts.parse("1,234.56", '.', ","));
        assertAmount("1234567.00", Amounts.parse("1,234,567", '.', ","));
        assertAmount("1234.50", Amounts.parse("1'234.50", '.', "'"));
    }

    @Test
    void reasonForTwoDecimalCommas() {
        AmountException e = assertThrows(AmountException.class, () -> comma("12,5,0"));
        assertEquals("'12,5,0' is not an amount (decimal comma expected: 1234,50)", e.getMessage());
        assertEquals(e.getMessage(), e.reason());
    }

    @Test
    void reasonForPointWhenCommaExpectedNamesTheExpectedForm() {
        AmountException e = assertThrows(AmountException.class, () -> comma("1,234.56"));
        assertEquals("'1,234.56' is not an amount (decimal comma expected: 1234,50)", e.getMessage());
        e = assertThrows(AmountException.class, () -> point("1.234,56"));
        assertEquals("'1.234,56' is not an amount (decimal point expected: 1234.50)", e.getMessage());
    }

    /** "1.234" is 1234 in a file with '.' thousands, 1.234 in one with a decimal point: never guess. */
    @ParameterizedTest
    @ValueSource(strings = {"1.234", "-1.234", "1.234.567", "1 234.50", "1.234,50"})
    void ambiguousOtherSeparatorIsRejectedWhenCommaDeclared(String raw) {
        assertThrows(AmountException.class, () -> comma(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234", "1,234,567", "1,234.56", "1.5,5"})
    void ambiguousOtherSeparatorIsRejectedWhenPointDeclared(String raw) {
        assertThrows(AmountException.class, () -> point(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00a0", "abc", "12 kr", "SEK 12", "NaN", "Infinity", "-", "+", ",", "--5",
        "-5-", "+5-", "5--", "1 23,50", "12 34", "1234 567,00", "1  234", "1 234,5 6", "12,5,0", "(12,50)",
        "1,2E3", "12e", "1E1000", "1E+", "1E2.5", "0x1F", "١٢"})
    void notAnAmount(String raw) {
        AmountException e = assertThrows(AmountException.class, () -> comma(raw));
        assertTrue(e.getMessage().contains("is not an amount"), e.getMessage());
    }

    @Test
    void exponentOnlyWithDecimalPoint() {
        assertThrows(AmountException.class, () -> comma("1E3"));
        assertAmount("1000.00", point("1E3"));
    }

    @Test
    void groupSeparatorsOnlyWhenDeclared() {
        assertThrows(AmountException.class, () -> Amounts.parse("1 234,50", ',', ""));
        assertThrows(AmountException.class, () -> Amounts.parse("1 234,50", ',', null));
        assertThrows(AmountException.class, () -> Amounts.parse("1\u00a0234,50", ',', " "));
    }

    @Test
    void hugeGarbageIsRejectedNotParsed() {
        assertThrows(AmountException.class, () -> point("1".repeat(100_000)));
        String longRaw = "x".repeat(500);
        AmountException e = assertThrows(AmountException.class, () -> point(longRaw));
        assertTrue(e.getMessage().length() < 120, e.getMessage());
    }

    @Test
    void badConfigurationIsNotARowError() {
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse("12", ';', null));
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse("12", ',', " ,"));
    }

    @Test
    void spreadsheetNumbersUseTheShortestDecimalForm() {
        assertAmount("1299.12", Amounts.ofSpreadsheetNumber(1299.1199999999999));
        // the double nearest 1.005 is 1.00499999999999989…: binary rounding would give 1.00
        assertAmount("1.01", Amounts.ofSpreadsheetNumber(1.005));
        assertAmount("0.30", Amounts.ofSpreadsheetNumber(0.1 + 0.2));
        assertAmount("9632.00", Amounts.ofSpreadsheetNumber(9632));
        assertAmount("-1302.03", Amounts.ofSpreadsheetNumber(-1302.03));
        assertAmount("0.00", Amounts.ofSpreadsheetNumber(-0.0));
        assertAmount("12345678901.23", Amounts.ofSpreadsheetNumber(12345678901.23));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void spreadsheetNonNumbersAreRejected(double d) {
        assertThrows(AmountException.class, () -> Amounts.ofSpreadsheetNumber(d));
    }
}
