package se.openup.loader.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BooleansTest {
    @ParameterizedTest
    @ValueSource(strings = {"True", "true", "TRUE", "1", " True "})
    void yes(String raw) { assertEquals(Boolean.TRUE, Booleans.parse(raw)); }

    @ParameterizedTest
    @ValueSource(strings = {"False", "false", "FALSE", "0", "0 "})
    void no(String raw) { assertEquals(Boolean.FALSE, Booleans.parse(raw)); }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blankIsNoValue(String raw) { assertNull(Booleans.parse(raw)); }

    @ParameterizedTest
    @ValueSource(strings = {"Ja", "yes", "2", "1.0", "T", "-1"})
    void anythingElseIsRefusedWithTheValue(String raw) {
        NormaliseException e = assertThrows(NormaliseException.class, () -> Booleans.parse(raw));
        assertTrue(e.getMessage().contains("'" + raw + "'"), e.getMessage());
    }
}
