package se.openup.loader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the shared real data (../shared/data, or -Dopenup.data) and the project's own fixtures. */
public final class TestData {
    private TestData() {}

    public static Path sharedDir() {
        String p = System.getProperty("openup.data");
        Path dir = p != null ? Path.of(p) : Path.of("../../shared/data");
        assertTrue(Files.isDirectory(dir), "shared data not found at " + dir.toAbsolutePath()
                + ": set -Dopenup.data=DIR (see README)");
        return dir;
    }

    public static Path shared(String relative) {
        Path f = sharedDir().resolve(relative);
        assertTrue(Files.isRegularFile(f), "missing shared data file " + f);
        return f;
    }

    public static Path orebro() { return shared("ledgers/orebro-2016-03/Orebro.2016-03.xlsx"); }

    public static Path resource(String relative) {
        Path f = Path.of("src/test/resources").resolve(relative);
        assertTrue(Files.exists(f), "missing test resource " + f.toAbsolutePath());
        return f;
    }
}
