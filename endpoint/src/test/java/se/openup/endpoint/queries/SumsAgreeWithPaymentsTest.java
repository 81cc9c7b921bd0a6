package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/**
 * The saved queries that read the year-level sums (docs/aggregates.md) give exactly the answers their earlier
 * versions gave from the payments (kept in queries/payments/): same columns, types and rows in the
 * same order, numbers equal to the öre — on generated ledgers (credits, sole traders, many buyers) and on the golden
 * fixture.
 */
class SumsAgreeWithPaymentsTest {
    static final Path SHIPPED_QUERIES = Path.of("../queries");
    static final Path PAYMENT_QUERIES = Path.of("../queries/payments");

    /** Each rewritten query with the parameter sets it is compared on ({year} is replaced by each year asked). */
    static final Map<String, List<String>> ASKED = new LinkedHashMap<>();
    static {
        ASKED.put("concentration", List.of("year={year}", "year={year}&excludePublic=true"));
        ASKED.put("change-by-account-class", List.of("year={year}", "year={year}&level=2"));
        ASKED.put("spend-per-inhabitant", List.of("year={year}"));
        // spend-per-inhabitant-by-class: asked for every value of its enumeration (compareAll; the generated ledgers
        // give none, the golden fixture nine)
        ASKED.put("supplier-league", List.of("year={year}", "year={year}&name=ab"));
        ASKED.put("above-threshold-pairs", List.of("year={year}"));
        ASKED.put("above-threshold-no-procurement", List.of("year={year}"));
    }

    @Test
    void generatedLedgers(@TempDir Path dir) throws Exception {
        try (GraphStore store = GoldenStore.generated(dir, 6, 3_000, 11).store()) {
            store.dataset().getContext().set(TDB2.symUnionDefaultGraph, true); // as OpenUpServer serves it
            assertTrue(compareAll(store.dataset(), List.of(2022, 2023)) > 100, "the generated year has rows to compare");
        }
    }

    @Test
    void goldenFixture() throws Exception {
        assertTrue(compareAll(GoldenStore.dataset(), List.of(2022, 2023)) > 20, "the golden years have rows to compare");
        // and the comparison can fail: a payment-level answer with one öre more is caught
        assertThrows(AssertionFailedError.class, () -> assertSameRows("tampered", Answer.JSON.readTree("[[\"x\", 1.00]]"),
                Answer.JSON.readTree("[[\"x\", 1.01]]")));
    }

    /** Runs every rewritten query both ways; returns the number of rows compared. */
    static int compareAll(DatasetGraph dsg, List<Integer> years) throws IOException {
        QueryLibrary sums = QueryLibrary.load(Iris.DEFAULT_BASE);
        QueryLibrary payments = QueryLibrary.of(paymentQueries(), Iris.DEFAULT_BASE);
        QueryRunner runner = new QueryRunner(dsg, Duration.ofMinutes(2), 100_000);
        Binder binder = new Binder(Iris.DEFAULT_BASE, id -> runner.run(sums.get(id).query()).records());
        Map<String, List<String>> asked0 = new LinkedHashMap<>(ASKED);
        asked0.put("spend-per-inhabitant-by-class", runner.run(sums.get("account-classes").query()).records().stream()
                .map(r -> "year={year}&accountClass=" + r.get("value").getURI()).toList());
        int rows = 0;
        for (var asked : asked0.entrySet()) {
            for (String template : asked.getValue()) {
                for (int year : years) {
                    Map<String, List<String>> request = params(template.replace("{year}", Integer.toString(year)));
                    JsonNode fromSums = answer(sums.get(asked.getKey()), request, binder, runner);
                    JsonNode fromPayments = answer(payments.get(asked.getKey()), request, binder, runner);
                    String where = asked.getKey() + "?" + template.replace("{year}", Integer.toString(year));
                    assertEquals(fromPayments.get("columns"), fromSums.get("columns"), where + ": columns and types");
                    assertFalse(fromPayments.get("truncated").asBoolean(), where);
                    assertSameRows(where, fromPayments.get("rows"), fromSums.get("rows"));
                    rows += fromSums.get("rows").size();
                }
            }
        }
        return rows;
    }

    static JsonNode answer(SavedQuery query, Map<String, List<String>> request, Binder binder, QueryRunner runner) {
        Binder.Bound bound = binder.bind(query, request);
        return new Answer(query, bound.echo(), runner.run(bound.apply(query.query()))).json();
    }

    static void assertSameRows(String where, JsonNode expected, JsonNode actual) {
        assertEquals(expected.size(), actual.size(), () -> where + ": rows\n" + expected + "\n" + actual);
        for (int r = 0; r < expected.size(); r++) {
            for (int c = 0; c < expected.get(r).size(); c++) {
                JsonNode want = expected.get(r).get(c);
                JsonNode got = actual.get(r).get(c);
                String cell = where + " row " + r + " col " + c + ": " + expected.get(r) + " vs " + actual.get(r);
                if (want.isNumber() && got.isNumber()) assertEquals(0, want.decimalValue().compareTo(got.decimalValue()), cell);
                else assertEquals(want, got, cell);
            }
        }
    }

    /** The shipped library (its enumerations too), with the rewritten queries in their payment versions. */
    static Map<String, String> paymentQueries() throws IOException {
        Map<String, String> files = new HashMap<>();
        for (Path dir : List.of(SHIPPED_QUERIES, PAYMENT_QUERIES)) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path f : list.filter(f -> f.toString().endsWith(".rq")).toList()) files.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return files;
    }

    static Map<String, List<String>> params(String query) {
        Map<String, List<String>> request = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request.put(kv[0], List.of(kv[1]));
        }
        return request;
    }
}
