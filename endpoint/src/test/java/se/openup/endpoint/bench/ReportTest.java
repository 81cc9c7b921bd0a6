package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.bench.QueryBench.Case;
import se.openup.endpoint.bench.QueryBench.Outcome;
import se.openup.endpoint.bench.QueryBench.Side;
import se.openup.endpoint.bench.QueryBench.StoreRun;
import se.openup.loader.rdf.Iris;

/** The table's arithmetic and marks on outcomes whose times are known: ratios, bounds, growth, errors. */
class ReportTest {
    private static final QueryBench.Settings SETTINGS = new QueryBench.Settings(3, 1, 2, Duration.ofSeconds(60),
            Duration.ofSeconds(120), Iris.DEFAULT_BASE);

    @Test
    void medianAndP95() {
        List<Long> ms = new ArrayList<>();
        for (long i = 1; i <= 20; i++) ms.add(i * 1_000_000);
        assertEquals(10.5, Stats.median(ms));
        assertEquals(19.0, Stats.p95(ms));
        assertEquals(3.0, Stats.median(List.of(5_000_000L, 1_000_000L, 3_000_000L)));
        assertEquals(5.0, Stats.p95(List.of(5_000_000L, 1_000_000L, 3_000_000L)));
        assertEquals("0.0123", Report.fmt(0.012345));
        assertEquals("1235", Report.fmt(1234.6));
    }

    @Test
    void ratiosTargetAndGrowthBetweenTheSmallestAndTheLargestStore() {
        StoreRun small = run("/s", 1_000, List.of(
                new Outcome(q("league", "year=2023"), side(40, 10), side(4_000, 10)),
                new Outcome(q("footprint", "supplier=1"), side(20, 3), null)));
        StoreRun large = run("/l", 10_000, List.of(
                new Outcome(q("league", "year=2023"), side(60, 10), new Side(List.of(), -1, true, null)),
                new Outcome(q("footprint", "supplier=1"), side(150, 3), null)));
        String md = Report.markdown(SETTINGS, "2026-11-22T12:00:00Z", "1 2 3", "4 5 6", List.of(small, large));
        assertTrue(md.contains("| league | `year=2023` | 10 | 40 | 40 | 4000 | 10 | 0.01 | 100× | 3 / 3 | met |  |"), md);
        // the payment version cut off at the timeout: the ratios are bounds
        assertTrue(md.contains("| league | `year=2023` | 10 | 60 | 60 | > 60 s | – | < 0.001 | > 1000× | 3 / 0 | met |  |"), md);
        assertTrue(md.contains("| footprint | `supplier=1` | 3 | 150 | 150 | – | – | – | – | 3 | not met |  |"), md);
        assertTrue(md.contains("## Growth: median at 10,000 ÷ median at 1,000 payments"), md);
        assertTrue(md.contains("| league | `year=2023` | 40 | 60 | 1.5× | met |"), md);
        assertTrue(md.contains("| footprint | `supplier=1` | 20 | 150 | 7.5× | not met |"), md);
        assertFalse(Report.anyError(List.of(small, large)));
    }

    @Test
    void anErrorOrDifferentRowsAreMarkedAndAnErrorFailsTheRun() {
        StoreRun run = run("/s", 1_000, List.of(
                new Outcome(q("broken", ""), new Side(List.of(), -1, false, "HTTP 400: {\"error\":\"a | b\"}"), null),
                new Outcome(q("league", "year=2023"), side(40, 10), side(4_000, 11))));
        String md = Report.markdown(SETTINGS, "2026-11-22T12:00:00Z", "1 2 3", "4 5 6", List.of(run));
        assertTrue(md.contains("| broken | `(defaults)` | – | error | error | – | – | – | – | 0 | not met | saved query: HTTP 400: {\"error\":\"a \\| b\"} |"), md);
        assertTrue(md.contains("| league | `year=2023` | 10 | 40 | 40 | 4000 | 11 | 0.01 | 100× | 3 / 3 | met | rows differ |"), md);
        assertFalse(md.contains("## Growth"), "one store, no growth table");
        assertTrue(Report.anyError(List.of(run)));
    }

    private static Case q(String id, String params) {
        Map<String, String> request = new java.util.LinkedHashMap<>();
        if (!params.isEmpty()) request.put(params.split("=")[0], params.split("=")[1]);
        return new Case(id, "", request);
    }

    /** Every timed run at {@code ms}. */
    private static Side side(long ms, int rows) {
        return new Side(List.of(ms * 1_000_000, ms * 1_000_000, ms * 1_000_000), rows, false, null);
    }

    private static StoreRun run(String store, long payments, List<Outcome> outcomes) {
        return new StoreRun(Path.of(store), new BenchParams("2023", "5560000000", "2120000142", "4", payments),
                Duration.ofSeconds(1), "1 2 3", "4 5 6", Duration.ofSeconds(10), outcomes);
    }
}
