package se.openup.loader.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgNumberTest {

    /** Real organisation numbers from the publisher layouts (municipality, region, companies). */
    @ParameterizedTest
    @ValueSource(strings = {"2120001967", "2321000164", "5568119357", "5561688523", "5020077862", "6630000013"})
    void realOrganisationNumbersPassLuhn(String digits) {
        assertTrue(OrgNumber.luhnValid(digits));
        assertTrue(OrgNumber.isValid(digits));
    }

    @Test
    void everySingleDigitErrorFailsLuhn() {
        String valid = "2120001967";
        for (int pos = 0; pos < 10; pos++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(pos)) {
                    continue;
                }
                String typo = valid.substring(0, pos) + d + valid.substring(pos + 1);
                assertFalse(OrgNumber.luhnValid(typo), typo);
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"212000-1967", "212000196", "21200019670", "212000196a", "２１２０００１９６７"})
    void luhnValidIsFalseForAnythingButTenAsciiDigits(String value) {
        assertFalse(OrgNumber.luhnValid(value));
    }

    @Test
    void withCheckDigitAppendsTheLuhnDigit() {
        assertEquals("2120001967", OrgNumber.withCheckDigit("212000196"));
        assertEquals("5568119357", OrgNumber.withCheckDigit("556811935"));
        assertEquals("6630000013", OrgNumber.withCheckDigit("663000001"));
    }

    @Test
    void withCheckDigitProducesTheOnlyValidLastDigit() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String nine = String.format("%09d", random.nextInt(1_000_000_000));
            String ten = OrgNumber.withCheckDigit(nine);
            assertEquals(nine, ten.substring(0, 9));
            assertTrue(OrgNumber.luhnValid(ten), ten);
            for (char d = '0'; d <= '9'; d++) {
                if (d != ten.charAt(9)) {
                    assertFalse(OrgNumber.luhnValid(nine + d), nine + d);
                }
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678", "1234567890", "12345678a", "212000-19"})
    void withCheckDigitRejectsAnythingButNineDigits(String value) {
        assertThrows(IllegalArgumentException.class, () -> OrgNumber.withCheckDigit(value));
    }

    @Test
    void formsOfOneNumber() {
        OrgNumber org = OrgNumber.of("212000-1967");
        assertEquals("2120001967", org.digits());
        assertEquals("212000-1967", org.hyphenated());
        assertEquals("212000-1967", org.toString());
        assertEquals(2, org.legalFormGroup());
        assertEquals(5, OrgNumber.of("556811-9357").legalFormGroup());
        assertEquals(6, OrgNumber.of("6630000013").legalFormGroup());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5568119357", "556811-9357", " 556811 9357 ", "556811\u00a09357", "556811\u20139357",
        "16556811-9357", "165568119357"})
    void ofAcceptsWrittenForms(String written) {
        assertEquals("5568119357", OrgNumber.of(written).digits());
    }

    @Test
    void equalityIsByDigits() {
        OrgNumber a = OrgNumber.of("212000-1967");
        OrgNumber b = OrgNumber.of("2120001967");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, OrgNumber.of("232100-0164"));
        assertNotEquals(a, "2120001967");
    }

    @Test
    void aPersonnummerWithAValidCheckDigitIsNoOrgNumber() {
        String personnummer = OrgNumber.withCheckDigit("811218987"); // Luhn-valid, digits 3–4 = month 12
        assertTrue(OrgNumber.luhnValid(personnummer));
        assertFalse(OrgNumber.isValid(personnummer));
        assertNull(OrgNumber.parseOrNull(personnummer));
        assertThrows(IllegalArgumentException.class, () -> OrgNumber.of(personnummer));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2120001968", "212000-196", "192120001967", "172120001967", "5568119357x",
        "556811/9357", "SE556811935701"})
    void parseOrNullRejects(String value) {
        assertNull(OrgNumber.parseOrNull(value));
    }

    @Test
    void ofNamesTheBadValueInItsMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrgNumber.of("2120001968"));
        assertTrue(e.getMessage().contains("2120001968"), e.getMessage());
    }
}
