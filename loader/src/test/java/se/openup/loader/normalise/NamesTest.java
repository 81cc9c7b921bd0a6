package se.openup.loader.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'REGION ÖREBRO LÄN '|REGION ÖREBRO LÄN", "'  Foo   Bar  '|Foo Bar", "'a\u00a0\u00a0b'|a b",
        "'a\t\tb\nc'|a b c", "'a\u2007b\u202fc'|a b c", "'a \u00a0 b'|a b", "'\u00a0Foo AB\u00a0'|Foo AB",
        "'a\r\nb'|a b", "'a\u3000b'|a b"})
    void cleanCollapsesWhitespace(String raw, String expected) {
        assertEquals(expected, Names.clean(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u00a0\t\n", "\u2007\u202f"})
    void cleanGivesNullForBlank(String raw) {
        assertNull(Names.clean(raw));
    }

    @Test
    void cleanKeepsAnAlreadyCleanValue() {
        String name = "Region Örebro län";
        assertSame(name, Names.clean(name));
        assertEquals("Region Örebro län", Names.clean(" Region Örebro län"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VVV Vård- och omsorgsnämnd väster|vvv-vard-och-omsorgsnamnd-vaster",
        "Orebro.2016-03.xlsx|orebro-2016-03-xlsx",
        "'REGION ÖREBRO LÄN '|region-orebro-lan",
        "Café Ümlaut|cafe-umlaut",
        "Ærø Øl|aero-ol",
        "Straße|strasse",
        "STRASSE ẞ|strasse-ss",
        "ŁÓDŹ|lodz",
        "Škoda Đurđević|skoda-durdevic",
        "Þórður Guðmundsson|thordur-gudmundsson",
        "Œuvre|oeuvre",
        "Sámi Ŋuvttos|sami-nuvttos",
        "İstanbul|istanbul",
        "'  --Foo--  '|foo",
        "A&B Bygg AB|a-b-bygg-ab",
        "Företag 123 (Sverige)|foretag-123-sverige",
        "ﬁrma|firma"})
    void keyIsALowerCaseAsciiSlug(String name, String expected) {
        assertEquals(expected, Names.key(name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "***", "---", "Привет", "東京"})
    void keyOfNothingUsableIsUnnamed(String name) {
        assertEquals("unnamed", Names.key(name));
    }

    @Test
    void spellingsOfOneNameShareTheKey() {
        String key = Names.key("Åre Bygg AB");
        for (String variant : new String[] {"ÅRE BYGG AB", " Åre  Bygg AB ", "Åre\u00a0Bygg AB", "Are-Bygg-AB",
            "A\u030are Bygg AB", "åre bygg ab.", "Åre, Bygg & AB"}) {
            assertEquals(key, Names.key(variant), variant);
        }
        assertEquals("are-bygg-ab", key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ä-ö_ü//é", "a\u0000b", "x\uD83D\uDE00y", "Müller & Söhne GmbH", "1.2.3", "ĦŦĸ"})
    void keyIsAlwaysIriSafe(String name) {
        assertTrue(Names.key(name).matches("[a-z0-9]+(-[a-z0-9]+)*"), Names.key(name));
    }
}
