package se.openup.loader.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import se.openup.loader.TestData;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.store.GraphStore;

/**
 * Real data loaded once per test JVM and shared by the export tests (loading Örebro alone takes ~20 s):
 * Örebro 2016-03 and the procurement statistics' contracted values, in one on-disk store; for the heavy tests
 * also the contracted suppliers.
 */
final class ExportStores {
    private static GraphStore orebroAndValues, everything;

    private ExportStores() { }

    static synchronized GraphStore orebroAndValues() {
        if (orebroAndValues == null) {
            GraphStore store = GraphStore.open(tempDir("openup-export-test"));
            store.load(TestData.orebro(), MappingProfiles.builtIn("orebro-2016"));
            store.load(TestData.shared("procurement/uhm-2021/contracted_value.xlsx"),
                    MappingProfiles.builtIn("uhm-2021-contracted-value"));
            orebroAndValues = store;
        }
        return orebroAndValues;
    }

    /** Örebro and both procurement workbooks (awards and contracts too): for the heavy tests. */
    static synchronized GraphStore everything() {
        if (everything == null) {
            GraphStore store = GraphStore.open(tempDir("openup-export-heavy"));
            store.load(TestData.orebro(), MappingProfiles.builtIn("orebro-2016"));
            store.load(TestData.shared("procurement/uhm-2021/contracted_value.xlsx"),
                    MappingProfiles.builtIn("uhm-2021-contracted-value"));
            store.load(TestData.shared("procurement/uhm-2021/number_of_contracted_tenders_with_suppliers.xlsx"),
                    MappingProfiles.builtIn("uhm-2021-contracted-suppliers"));
            everything = store;
        }
        return everything;
    }

    /** A temporary directory removed when the JVM exits. */
    static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort at shutdown
        }
    }
}
