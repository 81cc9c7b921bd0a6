package se.openup.loader.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name normalisation supplier linking compares on: what it folds, and what it must keep apart. */
class NameKeyTest {
    @ParameterizedTest(name = "\"{0}\" = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            AKTIEBOLAGET SVENSK BILPROVNING            | SVENSK BILPROVNING;AB
            ANTICIMEX AKTIEBOLAG                       | Anticimex AB
            Skanska Sverige AB (publ)                  | SKANSKA SVERIGE AB
            NÄRKEFRAKT EK. FÖR.                        | NÄRKEFRAKT EKONOMISK FÖRENING
            Lantmännen ek för                          | LANTMÄNNEN EK FÖR
            FELDT'S FISK OCH SKALDJUR AKTIEBOLAG       | FELDT'S FISK & SKALDJUR AB
            Public Partner Kommanditbolag              | PUBLIC PARTNER KB
            TEXTILHUSET SWELOGENT HANDELSBOLAG         | TEXTILHUSET SWELOGENT HB
            Gerdmarie Zäll AB                          | ZÄLL AB;GERDMARIE
            ABA SKOL AKTIEBOLAG                        | ABA-SKOL AB
            BERGMAN LABORA AB                          | BERGMAN/LABORA AB
            ESSEN RÖR AKTIEBOLAG                       | ESSÈN RÖR AB
            Företagsväxter i Knivsta                   | FÖRETAGSVÄXTER I KNIVSTA AB
            Gamla Bolaget AB i likvidation             | GAMLA BOLAGET AB
            '  O.B.   Wiik  AB '                       | O B WIIK AB
            """)
    void sameOrganisation(String a, String b) {
        assertTrue(NameKey.of(a).matches(NameKey.of(b)), () -> NameKey.of(a) + " vs " + NameKey.of(b));
    }

    @ParameterizedTest(name = "\"{0}\" ≠ \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Foo HB                                     | Foo AB
            Buskhaga Kommanditbolag                    | BUSKHAGA HB
            Foo Ekonomisk förening                     | Foo Aktiebolag
            Siemens Healthcare AB                      | SIEMENS AB
            SWECO AB (PUBL)                            | SWECO CIVIL AB
            Ryds Glas Stockholm AB                     | RYDS GLAS AB
            Norsk Bane AS                              | NORSK BANE AB
            KB Bygg AB                                 | Bygg AB
            Uppsala universitet Projekt Aktiebolag     | UPPSALA UNIVERSITET
            AB                                         | AB
            """)
    void differentOrganisations(String a, String b) {
        assertFalse(NameKey.of(a).matches(NameKey.of(b)), () -> NameKey.of(a) + " vs " + NameKey.of(b));
    }

    @Test
    void keyAndFormAreKeptApart() {
        assertEquals(new NameKey("skanska sverige", NameKey.Form.AKTIEBOLAG), NameKey.of("Skanska Sverige AB (publ)"));
        assertEquals(new NameKey("public partner", NameKey.Form.KOMMANDITBOLAG), NameKey.of("Public Partner KB"));
        assertEquals(new NameKey("kemira oyj", null), NameKey.of("Kemira Oyj"), "foreign forms stay: X AS is not X AB");
        assertEquals(new NameKey("", null), NameKey.of("   "));
    }
}
