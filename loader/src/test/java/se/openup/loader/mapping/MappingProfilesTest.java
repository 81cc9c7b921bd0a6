package se.openup.loader.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Mapping files: the shipped ones all parse, and a broken one is refused with a message that says what to fix. */
class MappingProfilesTest {
    private static final Path MAPPINGS = Path.of("../mappings");

    @Test
    void everyShippedMappingIsListedAndParses() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(MAPPINGS)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
        assertEquals(onDisk, MappingProfiles.shippedIds().stream().sorted().toList(), "mappings/index.txt is out of date");
        for (String id : onDisk) {
            MappingProfile p = MappingProfiles.builtIn(id);
            assertEquals(id, p.id(), "a mapping's id is its file name");
            assertEquals(64, p.checksum().length());
        }
    }

    @Test
    void unknownMappingNamesTheShippedOnes() {
        MappingException e = assertThrows(MappingException.class, () -> MappingProfiles.builtIn("nowhere"));
        assertTrue(e.getMessage().contains("orebro-2016"), e.getMessage());
    }

    @Test
    void brokenMappingsAreRefusedWithTheReason() {
        assertRefused("id: x\ncolumns: { amount: { titles: [a] }, date: { value: period } }\nbuyer: { orgnr: \"212000-1967\" }\nsorce: {}\n", "unknown key 'sorce'");
        assertRefused("id: x\nbuyer: { orgnr: \"212000-1967\" }\ncolumns: { date: { value: period } }\n", "amount is required");
        assertRefused("id: x\nbuyer: { orgnr: \"212000-1967\" }\ncolumns: { amount: { titles: [a], column: 3 }, date: { value: period } }\n", "exactly one of titles, column, value");
        assertRefused("id: x\ncolumns: { amount: { titles: [a] }, date: { value: period } }\n", "buyer's orgnr is unknown");
        assertRefused("id: x\nbuyer: { orgnr: \"212000-1967\" }\nredactedPattern: '(['\ncolumns: { amount: { titles: [a] }, date: { value: period } }\n", "bad regular expression");
        assertRefused("id: X Y\nbuyer: { orgnr: \"212000-1967\" }\ncolumns: { amount: { titles: [a] }, date: { value: period } }\n", "id must be");
    }

    @Test
    void brokenProcurementMappingsAreRefusedWithTheReason() {
        String head = "id: x\nkind: procurement\n";
        String ok = "publisher: { orgnr: \"202100-6610\", name: UHM }\n";
        String cols = "columns: { year: { titles: [a] }, procurementId: { titles: [b] }, title: { titles: [c] }, buyerName: { titles: [d] }, ";
        assertEquals("x", MappingProfiles.parse((head + ok + cols + "contractedValue: { titles: [e] } }\n")
                .getBytes(StandardCharsets.UTF_8), "test.yaml").id());
        assertRefused(head + cols + "contractedValue: { titles: [e] } }\n", "publisher: orgnr and name are required");
        assertRefused(head + "publisher: { orgnr: \"202100-6611\", name: UHM }\n" + cols + "contractedValue: { titles: [e] } }\n",
                "not a valid organisation number");
        assertRefused(head + ok + cols + "contractedValue: { titles: [e] }, contractedTenders: { titles: [f] } }\n",
                "either contractedValue");
        assertRefused(head + ok + cols + "contractedTenders: { titles: [f] } }\n", "a supplier row needs all of");
        assertRefused(head + ok + cols + "amount: { titles: [e] } }\n", "unknown procurement field 'amount'");
        assertRefused(head + ok + cols + "contractedValue: { titles: [e] } }\nredactIf: [ { field: supplierName, pattern: x } ]\n",
                "rule on field 'supplierName' which has no column");
    }

    private static void assertRefused(String yaml, String expected) {
        MappingException e = assertThrows(MappingException.class,
                () -> MappingProfiles.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml"));
        assertTrue(e.getMessage().contains(expected), () -> "'" + e.getMessage() + "' should say '" + expected + "'");
    }
}
