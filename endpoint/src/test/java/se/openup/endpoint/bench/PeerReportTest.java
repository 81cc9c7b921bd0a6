package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.openup.endpoint.bench.PeerBenchmark.Asked;
import se.openup.endpoint.bench.PeerBenchmark.Loads;
import se.openup.endpoint.bench.PeerBenchmark.Result;
import se.openup.endpoint.bench.PeerBenchmark.Timing;
import se.openup.loader.bench.LoadBenchmark;

/** The tables and the plot, from figures made up for the test (the heavy PeerBenchmarkTest makes real ones). */
class PeerReportTest {
    static Result result(String store, long payments, double ours, double virtuoso, double saved) {
        var q = new RawQuestions.Question("spend-per-inhabitant", "year=2023", "SELECT * {}");
        var q2 = new RawQuestions.Question("concentration", "year=2023", "SELECT * {}");
        List<Asked> asked = List.of(
                new Asked(q, new Timing(ours, ours * 1.2, 5, null), new Timing(virtuoso, virtuoso, 5, null), new Timing(saved, saved, 5, null),
                        new Agreement.Verdict(true, "290 rows, same order")),
                new Asked(q2, new Timing(ours, ours, 5, null), Timing.failed("HTTP 500: Virtuoso 22003 Error SR087"),
                        new Timing(saved, saved, 2, null), null));
        Loads loads = new Loads(2_000_000, 300_000_000, 40_000, 2_000_000, 500_000_000,
                new LoadBenchmark.Phase("bulk-sequential", 80_000, 2_000_000, 0, 900_000_000), 1_000_000_000, 100_000);
        return new Result(Path.of(store), payments, loads, asked, "07.20.3229", 2.5, 3.0);
    }

    @Test
    void tablesGiveFiguresRatiosAndFailuresAsTheyAre() {
        String md = PeerReport.markdown(List.of(result("store-100k", 100_000, 4000, 100, 10)), 5);
        assertTrue(md.contains("Virtuoso 07.20.3229; 5 warm runs"), md);
        assertTrue(md.contains("| 100,000 | 2,000,000 | 40.0 | 500 | 80.0 | 900 | 1000 | 100.0 | 0.50× | 1.25× |"), md);
        assertTrue(md.contains("| `spend-per-inhabitant?year=2023` | 4000 / 4800 | 100 / 100 | 10.0 / 10.0 | 0.0× | 10.0× | yes, 290 rows, same order |"), md);
        assertTrue(md.contains("| ✗ HTTP 500: Virtuoso 22003 Error SR087 |"), "a question Virtuoso cannot run is reported: " + md);
        assertTrue(md.contains("10.0 / 10.0 (n=2)"), "fewer runs than asked are marked");
        assertTrue(md.contains("| not compared |"));
    }

    @Test
    void goalsReadTheLargestStoreAndTheGrowthFromTheSmallest() {
        String md = PeerReport.markdown(List.of(result("store-1m", 1_000_000, 40_000, 1000, 12), result("store-100k", 100_000, 4000, 100, 10)), 5);
        String goals = md.substring(md.indexOf("Goals at 1,000,000 payments, growth from 100,000"));
        // saved 12 ms against Virtuoso's 1000 ms (83×, met); saved grew 12/10 = 1.2× (met); Virtuoso 10×, ours 10×
        assertTrue(goals.contains("| `spend-per-inhabitant` | 12.0 | 1000 | 83.3× met | 1.2× met | 10.0× | 10.0× |"), goals);
        assertTrue(goals.contains("| `concentration` | 12.0 | ✗ | – | 1.2× met | – | 10.0× |"), "Virtuoso's failure is no ratio: " + goals);
        assertTrue(goals.contains("≥ 10× faster than Virtuoso's raw answer: 1 of 2 questions; saved-query growth ≤ 2×: 2 of 2"), goals);
        String slow = PeerReport.markdown(List.of(result("store-1m", 1_000_000, 40_000, 1000, 150), result("store-100k", 100_000, 4000, 100, 10)), 5);
        assertTrue(slow.contains("| 6.7× **not met** | 15.0× **not met** |"), slow);
    }

    @Test
    void thePlotIsWellFormedSvgWithALinePerQuestionAndSystem() throws Exception {
        String svg = LatencyPlot.svg(List.of(result("store-1m", 1_000_000, 40_000, 1000, 12), result("store-100k", 100_000, 4000, 100, 10)));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        // two questions × three systems, less Virtuoso's failed one
        assertEquals(5, doc.getElementsByTagName("polyline").getLength());
        assertTrue(svg.contains(">1,000,000</text>") && svg.contains(">100,000</text>"), "payments on the x axis");
    }
}
