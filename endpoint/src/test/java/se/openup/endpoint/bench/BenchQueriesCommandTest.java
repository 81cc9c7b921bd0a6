package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.endpoint.Main;
import se.openup.endpoint.queries.GoldenStore;
import se.openup.endpoint.queries.QueryLibrary;
import se.openup.endpoint.queries.SavedQuery;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/**
 * {@code openup bench-queries} on a small generated store (3 municipalities, 1 000 payments of 2023), 2 runs: the
 * table has every saved query of the library with numbers, and every payment version with its own time and the same
 * number of rows. Any query answering an error fails the command, and so this test.
 */
class BenchQueriesCommandTest {
    @Test
    void everySavedQueryIsTimedAndEveryPaymentVersionAgreesOnRows(@TempDir Path dir) throws Exception {
        try (GraphStore store = GoldenStore.generated(dir, 3, 1_000, 7).store()) {
            Path out = dir.resolve("bench.md");
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            PrintStream was = System.out;
            int exit;
            try {
                System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
                exit = Main.commandLine().execute("bench-queries", "--store", dir.resolve("store").toString(),
                        "--runs", "2", "--warmup", "0", "--raw-runs", "1", "--timeout", "60", "--out", out.toString());
            } finally {
                System.setOut(was);
            }
            String table = Files.readString(out);
            assertEquals(0, exit, table);
            assertEquals(table, stdout.toString(StandardCharsets.UTF_8), "the same table on stdout and in --out");
            assertTrue(table.contains("— 1,000 payments"), table);
            assertTrue(table.contains("- year (latest year with payments): 2023"), table);
            assertTrue(table.contains("load average (1, 5, 15 min) at start:"), table);

            Set<String> paymentVersions = new TreeSet<>();
            QueryLibrary.shippedFiles("payments").keySet().forEach(f -> paymentVersions.add(f.replace(".rq", "")));
            assertFalse(paymentVersions.isEmpty(), "queries/payments/ travels with the library");
            int timed = 0;
            for (SavedQuery q : QueryLibrary.load(Iris.DEFAULT_BASE).all()) {
                List<List<String>> rows = rowsOf(table, q.id());
                assertFalse(rows.isEmpty(), "no row for " + q.id() + "\n" + table);
                for (List<String> r : rows) {
                    // | query | params | rows | median | p95 | raw median | raw rows | saved ÷ raw | speed-up | runs | ≤ 100 ms | warning |
                    assertTrue(r.get(2).matches("[0-9]+"), q.id() + ": rows " + r);
                    double median = Double.parseDouble(r.get(3));
                    double p95 = Double.parseDouble(r.get(4));
                    assertTrue(median > 0 && p95 >= median, q.id() + ": median and p95 " + r);
                    assertEquals(paymentVersions.contains(q.id()) ? "2 / 1" : "2", r.get(9), q.id() + ": runs " + r);
                    assertEquals(median <= Report.TARGET_MS ? "met" : "not met", r.get(10), r.toString());
                    assertEquals("", r.get(11), q.id() + ": warning " + r);
                    if (paymentVersions.contains(q.id())) {
                        assertTrue(Double.parseDouble(r.get(5)) > 0, q.id() + ": payment version timed " + r);
                        assertEquals(r.get(2), r.get(6), q.id() + ": same rows both ways " + r);
                        assertTrue(r.get(7).matches("[0-9.]+") && r.get(8).matches("[0-9.]+×"), q.id() + ": ratios " + r);
                    } else {
                        assertEquals("–", r.get(5), r.toString());
                    }
                    timed++;
                }
            }
            // the queries with an optional municipality are asked twice, once with one
            assertTrue(timed > QueryLibrary.load(Iris.DEFAULT_BASE).all().size(), table);
            assertNotNull(rowsOf(table, "duplicate-invoices").stream().filter(r -> r.get(1).contains("municipality=")).findFirst()
                    .orElse(null), table);
        }
    }

    /** The table cells of the rows of {@code id} (first column), trimmed, the leading and trailing pipe dropped. */
    private static List<List<String>> rowsOf(String table, String id) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (!line.startsWith("| " + id + " | ")) continue;
            String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
            rows.add(Arrays.stream(cells).map(String::strip).map(c -> c.replace("`", "")).toList());
        }
        return rows;
    }
}
