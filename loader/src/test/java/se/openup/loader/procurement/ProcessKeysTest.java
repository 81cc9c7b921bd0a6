package se.openup.loader.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The process key: stable across the two workbooks' spellings, distinct where the Upphandlings-ID is reused. */
class ProcessKeysTest {
    @Test
    void theTwoWorkbooksSpellingsGiveOneKey() {
        assertEquals(ProcessKeys.of("2120000662", "X KOMMUN", "MT4744", "Produkter för arenaskötsel; gräsfrö, linjefärg"),
                ProcessKeys.of("2120000662", "X KOMMUN", "MT4744", "Produkter för arenaskötsel,gräsfrö, linjefärg"));
        assertEquals(ProcessKeys.of("2120000530", "X", "MT14009", "El och data"), ProcessKeys.of("2120000530", "X", "MT14009", "El och Data"));
    }

    @Test
    void aReusedIdWithAnotherTitleOrBuyerIsAnotherProcess() {
        String a = ProcessKeys.of("2021001975", "NATURVÅRDSVERKET", "MT3409", "Upphandling av beskattningsmodell för björn");
        String b = ProcessKeys.of("2021001975", "NATURVÅRDSVERKET", "MT3409", "Dynamiskt inköpssystem för konsulttjänster inom viltförvaltning");
        assertNotEquals(a, b);
        assertNotEquals(ProcessKeys.of("5568194798", "A", "MT4321", "t"), ProcessKeys.of("2321000255", "B", "MT4321", "t"));
    }

    @Test
    void keyShape() {
        assertEquals("2021001975/mt3409-" + ProcessKeys.hash("upphandling-av-beskattningsmodell-for-bjorn"),
                ProcessKeys.of("2021001975", "NATURVÅRDSVERKET", "MT3409", "Upphandling av beskattningsmodell för björn"));
        assertEquals(8, ProcessKeys.hash("x").length());
        // a buyer without a valid orgnr is keyed by its name
        assertEquals("name-region-dalarna/se47960-" + ProcessKeys.hash("t"), ProcessKeys.of(null, "REGION DALARNA", "SE47960", "t"));
    }
}
