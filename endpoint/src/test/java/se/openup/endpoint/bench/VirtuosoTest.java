package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The generated virtuoso.ini and the isql plumbing, without a Virtuoso (the heavy PeerBenchmarkTest runs one). */
class VirtuosoTest {
    final Virtuoso.Settings settings = Virtuoso.Settings.forMemory(Path.of("/tmp/bench-work"), 18210, 18211, 10, "virtuoso-t", "isql-vt");

    @Test
    void iniKeepsTheServerOnLoopbackAndItsFilesInTheWorkDirectory() {
        String ini = Virtuoso.ini(settings);
        assertTrue(ini.contains("\nServerPort = 127.0.0.1:18210\n"), ini);
        assertTrue(ini.contains("\nServerPort = 127.0.0.1:18211\n"), "HTTP on loopback too:\n" + ini);
        assertTrue(ini.contains("\nDirsAllowed = /tmp/bench-work\n"), "ld_dir may read the work directory only");
        assertTrue(ini.contains("\nDatabaseFile = /tmp/bench-work/virtuoso/virtuoso.db\n"));
        assertFalse(ini.replace("/tmp/bench-work", "").contains("/var/lib/virtuoso-opensource-7/db"), "never the packaged database");
        assertTrue(ini.contains("\nMaxQueryExecutionTime = 0\n") && ini.contains("\nResultSetMaxRows = 10000000\n"),
                "whole answers: no anytime results, no 10 000-row cap");
    }

    @Test
    void buffersFollowVirtuososGuidance() {
        // its virtuoso.ini: 8 GB free → 680 000 buffers / 500 000 dirty; 16 GB → 1 360 000 / 1 000 000
        assertEquals(850_000, settings.buffers());
        assertEquals(637_500, settings.dirtyBuffers());
        Virtuoso.Settings eight = Virtuoso.Settings.forMemory(Path.of("/w"), 1, 2, 8, "v", "i");
        assertEquals(680_000, eight.buffers());
        assertTrue(Virtuoso.ini(settings).contains("\nNumberOfBuffers = 850000\nMaxDirtyBuffers = 637500\n"));
    }

    @Test
    void isqlOutputIsReadForItsNumberAndSqlStringsAreNeverEscapedByHand() {
        String output = """
                Connected to OpenLink Virtuoso
                Driver: 07.20.3229 OpenLink Virtuoso ODBC Driver
                callret-0
                INTEGER
                _______________________________________________________________________________

                2213583

                1 Rows. -- 412 msec.
                """;
        assertEquals(2_213_583, Virtuoso.firstNumber(output));
        assertThrows(IllegalStateException.class, () -> Virtuoso.firstNumber("Done. -- 6 msec."));
        assertEquals("/tmp/work/export", Virtuoso.sqlString("/tmp/work/export"));
        assertThrows(IllegalArgumentException.class, () -> Virtuoso.sqlString("/tmp/x'); drop table y; --"));
    }
}
