package se.openup.loader.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesIdenticalBytes() throws IOException {
        GeneratedFiles.generate(tmp.resolve("a"), 8, 5_000, 42);
        GeneratedFiles.generate(tmp.resolve("b"), 8, 5_000, 42);
        List<String> a = names(tmp.resolve("a"));
        assertEquals(a, names(tmp.resolve("b")));
        assertTrue(a.contains("SYNTHETIC.md"));
        for (String name : a)
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
    }

    @Test
    void anotherSeedGivesOtherData() throws IOException {
        GeneratedFiles.generate(tmp.resolve("a"), 8, 5_000, 42);
        GeneratedFiles.generate(tmp.resolve("b"), 8, 5_000, 43);
        List<GeneratedFiles.Row> a = GeneratedFiles.allRows(tmp.resolve("a"));
        List<GeneratedFiles.Row> b = GeneratedFiles.allRows(tmp.resolve("b"));
        assertEquals(a.size(), b.size(), "the row count is an option, not random");
        assertFalse(a.stream().map(r -> String.join(";", r.cells())).toList()
                .equals(b.stream().map(r -> String.join(";", r.cells())).toList()));
        assertFalse(a.stream().map(GeneratedFiles.Row::supplierName).distinct().sorted().toList()
                .equals(b.stream().map(GeneratedFiles.Row::supplierName).distinct().sorted().toList()),
                "another seed draws another supplier pool");
    }

    @Test
    void rowCountIsExactForAwkwardSizes() throws IOException {
        // fewer rows than buyers × months: small buyers get no rows in some months, and no file for them
        LedgerGenerator.Result r = GeneratedFiles.generate(tmp.resolve("odd"), 7, 1_001, 5);
        assertEquals(1_001, GeneratedFiles.allRows(tmp.resolve("odd")).size());
        assertEquals(1_001, r.rows());
        LedgerGenerator.Result one = GeneratedFiles.generate(tmp.resolve("one"), 1, 1, 5);
        assertEquals(1, GeneratedFiles.allRows(tmp.resolve("one")).size());
        assertEquals(1, one.files());
    }

    @Test
    void refusesANonEmptyFolderSoSetsNeverMix() throws IOException {
        Path dir = tmp.resolve("used");
        GeneratedFiles.generate(dir, 2, 100, 1);
        assertThrows(IllegalArgumentException.class, () -> GeneratedFiles.generate(dir, 2, 100, 2));
        assertThrows(IllegalArgumentException.class, () -> GeneratedFiles.generate(tmp.resolve("x"), 0, 100, 2));
        assertThrows(IllegalArgumentException.class, () -> GeneratedFiles.generate(tmp.resolve("y"), 291, 100, 2));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
