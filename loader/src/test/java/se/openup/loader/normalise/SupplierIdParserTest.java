package se.openup.loader.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.openup.loader.normalise.SupplierId.Issue;
import se.openup.loader.normalise.SupplierId.Kind;

class SupplierIdParserTest {
    /** A synthetic, Luhn-valid personnummer (a sole trader's id). */
    private static final String PNR = OrgNumber.withCheckDigit("811218987");
    private static final String PNR_DASH = PNR.substring(0, 6) + "-" + PNR.substring(6);

    static void assertPersonal(String cell) {
        SupplierId r = SupplierIdParser.classify(cell);
        assertEquals(Kind.PERSONAL, r.kind(), () -> "not PERSONAL: " + cell + " -> " + r);
        assertNull(r.id());
        assertTrue(r.otherIds().isEmpty());
        assertTrue(r.issues().isEmpty());
        assertTrue(r.isPersonal());
        String digits = cell.replaceAll("\\D", "");
        if (digits.length() >= 6) {
            assertFalse(r.toString().contains(digits.substring(0, 6)), r.toString());
        }
    }

    static void assertOrg(String expectedDigits, String cell) {
        SupplierId r = SupplierIdParser.classify(cell);
        assertEquals(new SupplierId(Kind.ORGNR, expectedDigits, List.of(), EnumSet.noneOf(Issue.class)), r, cell);
        assertEquals(expectedDigits, r.orgNumber().digits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"556811-9357", "5568119357", "  556811-9357 ", "556811 9357", "556811\u00a09357",
        "556811\u20139357", "556811\u20109357", "16556811-9357", "165568119357", "SE556811935701",
        "se 556811-9357 01", "SE5568119357"})
    void organisationNumberInAnyWrittenForm(String cell) {
        assertOrg("5568119357", cell);
    }

    @Test
    void municipalityAndRegion() {
        assertOrg("2120001967", "212000-1967");
        assertOrg("2321000164", "232100-0164");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00a0\t", "\r\n"})
    void blankIsNoneWithMissingId(String cell) {
        SupplierId r = SupplierIdParser.classify(cell);
        assertEquals(Kind.NONE, r.kind());
        assertNull(r.id());
        assertEquals(EnumSet.of(Issue.MISSING_ID), r.issues());
    }

    @Test
    void personnummerInEveryWrittenFormIsPersonal() {
        for (String cell : List.of(PNR, PNR_DASH, PNR.substring(0, 6) + "+" + PNR.substring(6), "19" + PNR,
            "19" + PNR_DASH, " " + PNR_DASH + " ", PNR.substring(0, 6) + " " + PNR.substring(6),
            PNR.substring(0, 6) + "\u2013" + PNR.substring(6), "SE" + PNR + "01")) {
            assertPersonal(cell);
        }
    }

    @Test
    void personnummerWithAWrongCheckDigitIsStillPersonal() {
        char wrong = PNR.charAt(9) == '0' ? '1' : '0';
        String typo = PNR.substring(0, 9) + wrong;
        assertFalse(OrgNumber.luhnValid(typo));
        assertPersonal(typo);
        assertPersonal("19" + typo);
    }

    /** Every day of a leap year and a 2000s year, as personnummer and as samordningsnummer (day + 60). */
    @Test
    void everyBirthDateIsPersonal() {
        for (int year : new int[] {1956, 2004}) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                for (int dayOffset : new int[] {0, 60}) {
                    String yymmdd = String.format("%02d%02d%02d", year % 100, d.getMonthValue(),
                        d.getDayOfMonth() + dayOffset);
                    String ten = OrgNumber.withCheckDigit(yymmdd + "123");
                    assertPersonal(ten);
                    assertPersonal(yymmdd + "-" + ten.substring(6));
                    assertPersonal(year / 100 + ten);
                    if (ten.startsWith("0")) {
                        assertPersonal(ten.substring(1)); // an XLSX number that lost its leading zero
                    }
                    assertTrue(SupplierIdParser.looksPersonal(ten), ten);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"501011234", "50101-1234", "123456789", "5513011234", "5500011234", "5519329999",
        "08112189876", "SE123456789", "205513011234"})
    void numbersThatMayBePersonalArePersonal(String cell) {
        // 9 digits, 10 digits with digits 3–4 below 20, or a personnummer inside a padded number
        assertPersonal(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"******-****", "XXXXXX-XXXX", "xxxxxx-xxxx", "000000-0000", "0000000000", "*",
        "*1234", "811218-****", "19811218-XXXX", "XXXXXX-1234", "- ", "0"})
    void masksArePersonal(String cell) {
        assertPersonal(cell);
    }

    @Test
    void validOrganisationNumbersAreNeverPersonal() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            // digits 3–4 from 20 to 99: the legal-person range
            String nine = String.format("%d%d%02d%05d", 1 + random.nextInt(9), random.nextInt(10),
                20 + random.nextInt(80), random.nextInt(100_000));
            String org = OrgNumber.withCheckDigit(nine);
            String hyphenated = org.substring(0, 6) + "-" + org.substring(6);
            assertOrg(org, org);
            assertOrg(org, hyphenated);
            assertOrg(org, "16" + org);
            assertOrg(org, "SE" + org + "01");
            assertFalse(SupplierIdParser.looksPersonal(hyphenated), hyphenated);
            assertFalse(SupplierIdParser.looksPersonal(org), org);
        }
    }

    @Test
    void swedishVatWhoseMiddleDigitsLookLikeADateIsStillTheOrganisation() {
        String org = OrgNumber.withCheckDigit("556112050"); // SE556112050?01 reads as 5561-12-05
        assertOrg(org, "SE" + org + "01");
    }

    /** A numeric XLSX cell handed over as Double.toString text, or with a ".0" tail. */
    @Test
    void spreadsheetNumbersAsTextAreReadAsTheirDigits() {
        assertPersonal(String.valueOf(Double.parseDouble(PNR)));               // 8.11218987…E9
        assertPersonal(String.valueOf(Double.parseDouble("0" + PNR.substring(1)))); // lost leading zero
        assertPersonal(PNR + ".0");
        assertPersonal(String.valueOf(Double.parseDouble("19" + PNR)));
        assertOrg("5568119357", String.valueOf(5568119357d));
        assertOrg("5568119357", "5568119357.0");
        assertEquals(new SupplierId(Kind.ORGNR, "5568119357", List.of("1000"), EnumSet.of(Issue.MULTIPLE_IDS)),
            SupplierIdParser.classify("5568119357.00 / 1.0E3"));
        assertEquals(new SupplierId(Kind.INTERNAL, "1234", List.of(), EnumSet.of(Issue.INTERNAL_NUMBER)),
            SupplierIdParser.classify("1234.0"));
        assertEquals("1E3", SupplierIdParser.classify("1E3").id()); // only the d.dddE<n> form of Double.toString
        assertEquals("1234.5", SupplierIdParser.classify("1234.5").id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ", ;", " / och ; "})
    void onlySeparatorsIsNone(String cell) {
        assertEquals(Kind.NONE, SupplierIdParser.classify(cell).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"556811-9358", "5568119358", "16556811-9358"})
    void legalPersonShapeWithWrongCheckDigitIsInternalWithInvalidChecksum(String cell) {
        SupplierId r = SupplierIdParser.classify(cell);
        assertEquals(Kind.INTERNAL, r.kind());
        assertEquals("5568119358", r.id());
        assertEquals(EnumSet.of(Issue.INVALID_CHECKSUM), r.issues());
        assertNull(r.orgNumber());
    }

    @Test
    void severalOrganisationNumbersInOneCell() {
        SupplierId expected = new SupplierId(Kind.ORGNR, "5568119357", List.of("5561688523"),
            EnumSet.of(Issue.MULTIPLE_IDS));
        for (String cell : List.of("556811-9357/556168-8523", "556811-9357 / 556168-8523", "5568119357,5561688523",
            "556811-9357; 556168-8523", "556811-9357 och 556168-8523", "556811-9357 OCH 556168-8523",
            "5568119357 5561688523", "556811-9357\u00a0\u00a0556168-8523", "556811-9357|556168-8523")) {
            assertEquals(expected, SupplierIdParser.classify(cell), cell);
        }
        assertEquals(new SupplierId(Kind.ORGNR, "5020077862", List.of("6630000013"), EnumSet.of(Issue.MULTIPLE_IDS)),
            SupplierIdParser.classify("502007-7862, 663000-0013"));
    }

    @Test
    void theFirstValidOrganisationNumberWinsAndTheRestAreKeptInOrder() {
        SupplierId r = SupplierIdParser.classify("556811-9358/DK78479310/556168-8523/LEV12");
        assertEquals(Kind.ORGNR, r.kind());
        assertEquals("5561688523", r.id());
        assertEquals(List.of("5568119358", "DK78479310", "LEV12"), r.otherIds());
        assertEquals(EnumSet.of(Issue.MULTIPLE_IDS), r.issues());
    }

    @Test
    void withoutAValidOrganisationNumberAForeignVatIdWins() {
        SupplierId r = SupplierIdParser.classify("556811-9358, dk 78479310");
        assertEquals(new SupplierId(Kind.FOREIGN_VAT, "DK78479310", List.of("5568119358"),
            EnumSet.of(Issue.FOREIGN_ID, Issue.MULTIPLE_IDS)), r);
    }

    @Test
    void theSameNumberTwiceIsOneId() {
        assertOrg("5568119357", "556811-9357/5568119357");
        assertOrg("5568119357", "556811-9357,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"556811-9357/%s", "%s/556811-9357", "556811-9357, %s", "556811-9357 och %s",
        "5568119357 %s", "DK78479310;%s", "556811-9357/%s/556168-8523"})
    void onePersonalPartMakesTheWholeCellPersonal(String template) {
        assertPersonal(String.format(template, PNR_DASH));
        assertPersonal(String.format(template, PNR));
        assertPersonal(String.format(template, "19" + PNR));
        assertPersonal(String.format(template, PNR.substring(1))); // lost leading digit: 9 digits
        assertPersonal(String.format(template, "XXXXXX-XXXX"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kund 811218-9876", "AB8112189876", "nr: 19811218 9876", "LEV 8112189876 X"})
    void aPersonnummerInsideFreeTextIsPersonal(String cell) {
        assertPersonal(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DK78479310", "EE100456868", "dk78479310", "DK 78 47 93 10", "DK-78479310",
        "NL123456789B01", "ATU12345678", "FI12345678", "NO123456789MVA", "BE0403170701"})
    void foreignVatIds(String cell) {
        SupplierId r = SupplierIdParser.classify(cell);
        assertEquals(Kind.FOREIGN_VAT, r.kind(), cell);
        assertEquals(cell.replaceAll("[\\s-]", "").toUpperCase(), r.id());
        assertEquals(EnumSet.of(Issue.FOREIGN_ID), r.issues());
        assertNull(r.orgNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "LEV00123", "12345678", "K-12/3", "lev 123", "LEV/12", "00123"})
    void internalSupplierNumbers(String cell) {
        SupplierId r = SupplierIdParser.classify(cell);
        assertEquals(new SupplierId(Kind.INTERNAL, cell, List.of(), EnumSet.of(Issue.INTERNAL_NUMBER)), r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"okänd leverantör", "NULL", "ANONYMERAD", "[innehåller personuppgifter]",
        "Foo AB, Stockholm", "ATTEST", "DKXX"})
    void otherTextStaysInternalWithoutIssue(String cell) {
        SupplierId r = SupplierIdParser.classify("  " + cell + " ");
        assertEquals(new SupplierId(Kind.INTERNAL, cell, List.of(), EnumSet.noneOf(Issue.class)), r);
    }

    @Test
    void longNumbersWithoutAPersonalWindowAreInternalNumbers() {
        SupplierId r = SupplierIdParser.classify("55681193570");
        assertEquals(Kind.INTERNAL, r.kind());
        assertEquals(EnumSet.of(Issue.INTERNAL_NUMBER), r.issues());
    }

    @Test
    void resultsCannotBeChangedFromOutside() {
        SupplierId r = SupplierIdParser.classify("");
        r.issues().clear();
        assertTrue(SupplierIdParser.classify("").has(Issue.MISSING_ID));
        assertThrows(UnsupportedOperationException.class,
            () -> SupplierIdParser.classify("556811-9357/556168-8523").otherIds().add("x"));
    }

    @Test
    void aPersonalOrEmptyResultCannotCarryAValue() {
        EnumSet<Issue> none = EnumSet.noneOf(Issue.class);
        assertThrows(IllegalArgumentException.class, () -> new SupplierId(Kind.PERSONAL, PNR, List.of(), none));
        assertThrows(IllegalArgumentException.class,
            () -> new SupplierId(Kind.PERSONAL, null, List.of(PNR), none));
        assertThrows(IllegalArgumentException.class, () -> new SupplierId(Kind.NONE, "1", List.of(), none));
        assertThrows(IllegalArgumentException.class, () -> new SupplierId(Kind.ORGNR, null, List.of(), none));
    }
}
