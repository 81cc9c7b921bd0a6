package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.endpoint.queries.GoldenStore;
import se.openup.loader.cube.YearCube;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/**
 * The whole side-by-side run on the golden fixture, with a real Virtuoso (Debian virtuoso-opensource: virtuoso-t,
 * isql-vt on the PATH) — heavy: {@code -Pheavy}. It checks the harness, not speed.
 */
@Tag("heavy")
class PeerBenchmarkTest {
    @Test
    void loadsBothAsksBothComparesAndStopsVirtuoso(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (GraphStore s = GoldenStore.golden(store)) {
            YearCube.run(s.dataset(), Iris.defaults());
        }
        int sql = freePort(), http = freePort();
        Virtuoso.Settings settings = Virtuoso.Settings.forMemory(dir.resolve("work"), sql, http, 1, "virtuoso-t", "isql-vt");
        PeerBenchmark bench = new PeerBenchmark(new PeerBenchmark.Options(dir.resolve("work"), 2, Duration.ofMinutes(2),
                Iris.DEFAULT_BASE, settings, "sequential", "1g", Path.of(System.getProperty("openup.data"))));
        PeerBenchmark.Result r = bench.run(store, -1);

        assertTrue(r.payments() > 0);
        assertEquals(r.loads().exportTriples(), r.loads().virtuosoTriples(), "Virtuoso holds every exported triple");
        assertNotNull(r.loads().jenaBulk());
        assertEquals(r.loads().exportTriples(), r.loads().jenaBulk().count(), "TDB2's bulk loader read the same file");
        assertTrue(r.virtuosoVersion().startsWith("07.20"), r.virtuosoVersion());
        assertEquals(7, r.asked().size());
        for (PeerBenchmark.Asked a : r.asked()) {
            String q = a.question().label();
            assertTrue(a.ours().ok() && a.saved().ok(), q + ": our raw and saved answers");
            assertEquals(2, a.ours().runs(), q);
            // the figure is reported either way; an answer that differs is a finding the report shows, not hidden
            if (a.virtuoso().ok()) assertNotNull(a.verdict(), q);
        }
        assertTrue(r.asked().stream().filter(a -> a.verdict() != null).anyMatch(a -> a.verdict().same()),
                "at least one question answered alike by both: the comparison is not vacuous");
        String md = PeerReport.markdown(java.util.List.of(r), 2);
        assertTrue(md.contains("| question |"), md);
        // Virtuoso was stopped: its ports are free again and its lock file is gone
        try (ServerSocket again = new ServerSocket(http, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertFalse(Files.exists(settings.dir().resolve("virtuoso.lck")));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
