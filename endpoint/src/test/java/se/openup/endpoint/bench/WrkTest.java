package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;

/**
 * Reading wrk's report (captured samples, src/test/resources/bench/README.md) and the generated Lua script, and one
 * short real wrk run (3 s, 4 connections) that shows the script rotates the URLs and counts non-2xx answers. The
 * 60 s, 50-client run itself is `openup bench-load` (docs/performance.md), too long for the test suite.
 */
class WrkTest {
    static String sample(String name) throws IOException {
        try (var in = WrkTest.class.getResourceAsStream("/bench/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsAReportWithNon2xxAnswers() throws IOException {
        Wrk.Result r = Wrk.parse(sample("wrk-latency-404.txt"));
        assertEquals(59, r.requests());
        assertEquals(5.09, r.seconds(), 1e-9);
        assertEquals(11.58, r.requestsPerSecond(), 1e-9);
        assertEquals(346.18, r.p50(), 1e-9);
        assertEquals(1210, r.p75(), 1e-9);
        assertEquals(1520, r.p90(), 1e-9);
        assertEquals(1840, r.p99(), 1e-9);
        assertEquals(1840, r.maxMillis(), 1e-9);
        assertEquals(0, r.socketErrors());
        assertEquals(22, r.non2xx());
        assertEquals(Map.of(404, 22L), r.statuses());
        assertEquals(22, r.errors());
        assertEquals(Math.round(14.97 * 1024), r.bytesRead());
        assertEquals(2.94 * 1024, r.bytesPerSecond(), 1);
    }

    @Test
    void readsSocketErrorsAndARunWithoutAnswers() throws IOException {
        // wrk prints the socket-error line only when there were some, right after the "requests in" line
        String out = sample("wrk-latency-no-answer.txt")
                .replace("0.00B read\n", "0.00B read\n  Socket errors: connect 1, read 3, write 0, timeout 7\n")
                + "openup non-2xx: 2\nopenup status 503: 2\n";
        Wrk.Result r = Wrk.parse(out);
        assertEquals(0, r.requests());
        assertEquals(0, r.requestsPerSecond(), 0);
        assertEquals(0, r.p99(), 0);
        assertEquals(1, r.connectErrors());
        assertEquals(3, r.readErrors());
        assertEquals(7, r.timeouts());
        assertEquals(11, r.socketErrors());
        assertEquals(13, r.errors());
        assertEquals(Map.of(503, 2L), r.statuses());
    }

    @Test
    void refusesAReportItCannotRead() throws IOException {
        String withoutScript = sample("wrk-latency-no-answer.txt");
        assertThrows(IllegalStateException.class, () -> Wrk.parse(withoutScript), "no count of non-2xx answers");
        String withoutLatency = sample("wrk-latency-404.txt").replaceAll("(?s)  Latency Distribution.*?99%[^\n]*\n", "");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Wrk.parse(withoutLatency));
        assertTrue(e.getMessage().contains("--latency"), e.getMessage());
    }

    @Test
    void unitsAreWrksOwn() {
        assertEquals(0.5, Wrk.millis("500.00", "us"), 1e-9);
        assertEquals(1500, Wrk.millis("1.50", "s"), 1e-9);
        assertEquals(120_000, Wrk.millis("2.00", "m"), 1e-9);
        assertEquals(1536, Wrk.bytes("1.50", "KB"));
        assertEquals(3L * 1024 * 1024 * 1024, Wrk.bytes("3.00", "GB"));
        assertThrows(IllegalArgumentException.class, () -> Wrk.millis("1", "d"));
    }

    @Test
    void theScriptListsTheMixInOrderAsLuaStrings() {
        List<LoadMix.Target> mix = List.of(new LoadMix.Target("k", "a", "/health", "application/json"),
                new LoadMix.Target("k", "b", "/sparql?query=" + LoadMix.encode("ASK { ?s ?p \"x\" }"), LoadMix.SPARQL_JSON));
        String script = Wrk.script(mix);
        int health = script.indexOf("{\"/health\", \"application/json\"}");
        int ask = script.indexOf("{\"/sparql?query=ASK+%7B+%3Fs+%3Fp+%22x%22+%7D\", \"application/sparql-results+json\"}");
        assertTrue(health > 0 && ask > health, script);
        assertEquals("\"a\\\"b\\\\c\"", Wrk.lua("a\"b\\c"));
    }

    @Test
    void aShortRealRunRotatesTheUrlsAndCountsWhatIsNot2xx() {
        try {
            Wrk.version();
        } catch (IllegalStateException e) {
            fail("this test runs wrk: " + e.getMessage());
        }
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        try (OpenUpServer server = OpenUpServer.start(dataset, ServerConfig.defaults(0))) {
            List<LoadMix.Target> mix = List.of(
                    new LoadMix.Target("k", "health", "/health", "application/json"),
                    new LoadMix.Target("k", "ask", "/sparql?query=" + LoadMix.encode("ASK {}"), LoadMix.SPARQL_JSON),
                    new LoadMix.Target("k", "missing", "/api/queries/no-such-query", "application/json"));
            Wrk.Result r = Wrk.run(server.url(), mix, 4, 2, Duration.ofSeconds(3), Duration.ofSeconds(10));
            assertTrue(r.requests() > 30, "requests: " + r.requests());
            assertEquals(0, r.socketErrors());
            assertEquals(Map.of(404, r.non2xx()), r.statuses(), "only the missing query is not 2xx");
            // each wrk thread cycles through the three URLs, so a third of the answers are 404, give or take the
            // requests still in flight when the run ends (two connections per thread) and one per thread's cycle
            assertTrue(Math.abs(r.non2xx() - r.requests() / 3.0) <= 6, r.non2xx() + " of " + r.requests());
            assertTrue(r.p50() > 0 && r.p50() <= r.p99() && r.p99() <= r.maxMillis(), r.toString());
        }
    }
}
