package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import se.openup.loader.cube.DirectAwardThresholds;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/**
 * The saved queries that read the year-level sums (docs/aggregates.md) give exactly the answers their earlier
 * versions gave from the payments (kept in queries/payments/): same columns, types and rows in the
 * same order, numbers equal to the öre — on generated ledgers (credits, sole traders, many buyers) and on the golden
 * fixture. The six queries that read the payment facts are compared the same way (just-below-threshold: each limit
 * of its enumeration with the payment version asked for that amount in SEK).
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
        // the payment facts (docs/aggregates.md, "Payment facts"); just-below-threshold, duplicate-invoices and
        // supplier-footprint are also asked with values read from the store (compareAll)
        ASKED.put("coverage-and-quality", List.of("year={year}"));
        ASKED.put("round-amounts-and-holidays", List.of("year={year}"));
        ASKED.put("duplicate-invoices", List.of("year={year}"));
        ASKED.put("bluffaktura", List.of("", "minBuyers=2", "minBuyers=2&maxAmount=1000000", "maxAmount=5000", "minBuyers=4"));
    }

    /** just-below-threshold's limits, each compared with the payment version asked for the same amount in SEK. */
    static final Map<String, Function<Integer, Optional<BigDecimal>>> LIMITS = Map.of(
            "direct-award", DirectAwardThresholds::forYear,
            "50000", y -> Optional.of(BigDecimal.valueOf(50_000)),
            "100000", y -> Optional.of(BigDecimal.valueOf(100_000)),
            "1000000", y -> Optional.of(BigDecimal.valueOf(1_000_000)));

    @Test
    void generatedLedgers(@TempDir Path dir) throws Exception {
        try (GraphStore store = GoldenStore.generated(dir, 6, 3_000, 11).store()) {
            store.dataset().getContext().set(TDB2.symUnionDefaultGraph, true); // as OpenUpServer serves it
            Map<String, Integer> rows = compareAll(store.dataset(), List.of(2022, 2023));
            assertTrue(total(rows) > 100, "the generated year has rows to compare: " + rows);
            for (String id : List.of("coverage-and-quality", "round-amounts-and-holidays", "just-below-threshold", "supplier-footprint"))
                assertTrue(rows.get(id) > 5, id + " has rows to compare: " + rows);
        }
    }

    @Test
    void goldenFixture() throws Exception {
        Map<String, Integer> rows = compareAll(GoldenStore.dataset(), List.of(2022, 2023));
        assertTrue(total(rows) > 20, "the golden years have rows to compare: " + rows);
        for (String id : List.of("coverage-and-quality", "round-amounts-and-holidays", "just-below-threshold",
                "duplicate-invoices", "supplier-footprint", "bluffaktura"))
            assertTrue(rows.get(id) > 0, id + " has rows to compare: " + rows);
        // and the comparison can fail: a payment-level answer with one öre more is caught
        assertThrows(AssertionFailedError.class, () -> assertSameRows("tampered", Answer.JSON.readTree("[[\"x\", 1.00]]"),
                Answer.JSON.readTree("[[\"x\", 1.01]]")));
    }

    /** Runs every rewritten query both ways; returns the number of rows compared per query. */
    static Map<String, Integer> compareAll(DatasetGraph dsg, List<Integer> years) throws IOException {
        QueryLibrary sums = QueryLibrary.load(Iris.DEFAULT_BASE);
        QueryLibrary payments = QueryLibrary.of(paymentQueries(), Iris.DEFAULT_BASE);
        QueryRunner runner = new QueryRunner(dsg, Duration.ofMinutes(2), 100_000);
        Binder binder = new Binder(Iris.DEFAULT_BASE, id -> runner.run(sums.get(id).query()).records());
        Map<String, List<String>> asked0 = new LinkedHashMap<>(ASKED);
        asked0.put("spend-per-inhabitant-by-class", runner.run(sums.get("account-classes").query()).records().stream()
                .map(r -> "year={year}&accountClass=" + r.get("value").getURI()).toList());
        // buyers with duplicate candidates, and the suppliers most buyers paid plus those a name is linked to
        asked0.put("duplicate-invoices", Stream.concat(ASKED.get("duplicate-invoices").stream(), orgnrs(runner, """
                SELECT DISTINCT ?org WHERE { ?o openup:sharedInvoiceNumber [] ; openup:buyer ?org } ORDER BY ?org LIMIT 3""")
                .stream().map(b -> "year={year}&municipality=" + b)).toList());
        asked0.put("supplier-footprint", orgnrs(runner, """
                SELECT ?org WHERE {
                  { SELECT ?org WHERE { ?o openup:buyerCount ?n ; openup:supplier ?org } ORDER BY DESC(?n) ?org LIMIT 3 }
                  UNION { SELECT DISTINCT ?org WHERE { [] skos:closeMatch ?org } ORDER BY ?org LIMIT 3 }
                  FILTER(CONTAINS(STR(?org), "/org/")) }""").stream().distinct().map(s -> "supplier=" + s).toList());
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (var asked : asked0.entrySet())
            for (String template : asked.getValue())
                for (int year : template.contains("{year}") ? years : years.subList(0, 1)) {
                    String query = template.replace("{year}", Integer.toString(year));
                    rows.merge(asked.getKey(), compare(asked.getKey(), query, query, sums, payments, binder, runner), Integer::sum);
                }
        for (var limit : LIMITS.entrySet())
            for (int year : years) {
                Optional<BigDecimal> sek = limit.getValue().apply(year);
                if (sek.isPresent()) rows.merge("just-below-threshold", compare("just-below-threshold", "year=" + year + "&limit="
                        + limit.getKey(), "year=" + year + "&limit=" + sek.get().toPlainString(), sums, payments, binder, runner), Integer::sum);
            }
        return rows;
    }

    static int total(Map<String, Integer> rows) { return rows.values().stream().mapToInt(Integer::intValue).sum(); }

    /** One query both ways (each with its own parameters); returns the rows compared. */
    static int compare(String id, String sumsParams, String paymentParams, QueryLibrary sums, QueryLibrary payments,
                       Binder binder, QueryRunner runner) {
        JsonNode fromSums = answer(sums.get(id), params(sumsParams), binder, runner);
        JsonNode fromPayments = answer(payments.get(id), params(paymentParams), binder, runner);
        String where = id + "?" + sumsParams;
        assertEquals(fromPayments.get("columns"), fromSums.get("columns"), where + ": columns and types");
        assertFalse(fromPayments.get("truncated").asBoolean(), where);
        assertSameRows(where, fromPayments.get("rows"), fromSums.get("rows"));
        return fromSums.get("rows").size();
    }

    /** The orgnrs (IRI ends) of the organisations a query lists as ?org. */
    static List<String> orgnrs(QueryRunner runner, String select) {
        String prefixes = "PREFIX openup: <https://w3id.org/openup/def#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
        return runner.run(QueryFactory.create(prefixes + select)).records().stream()
                .map(r -> r.get("org").getURI().substring(r.get("org").getURI().lastIndexOf('/') + 1)).toList();
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
        if (query.isEmpty()) return request;
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request.put(kv[0], List.of(kv[1]));
        }
        return request;
    }
}
