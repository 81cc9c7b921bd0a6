package se.openup.loader.normalise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard run on free text (supplier names) before it is written. */
class LooksPersonalTest {

    @ParameterizedTest
    @ValueSource(strings = {"811218-9876", "8112189876", "19811218-9876", "198112189876", "811218+9876",
        "20040229-1234", "811278-9876", "811291-9876", "811201-9876", "810131-0000", "811218 9876",
        "811218\u20139876", "Firma 811218-9876 AB", "Svensson, Anna (811218-9876)", "AB811218-9876X",
        "811218-9870", "ref 5568119357 / 811218-9876"})
    void personnummerShapedTokens(String text) {
        assertTrue(SupplierIdParser.looksPersonal(text), text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"556811-9357", "5568119357", "16556811-9357", "212000-1967", "811318-9876",
        "811200-9876", "811232-9876", "811260-9876", "811292-9876", "811218-987", "811218-98765",
        "1811218-9876", "81121898765", "9998112189876", "811218--9876", "2016-03-01", "Orebro.2016-03.xlsx",
        "REGION ÖREBRO LÄN", "Telefon 08-123 456 78", "Box 1218, 701 12 Örebro", "DK78479310"})
    void otherText(String text) {
        assertFalse(SupplierIdParser.looksPersonal(text), text);
    }
}
