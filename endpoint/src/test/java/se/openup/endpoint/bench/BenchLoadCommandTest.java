package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.endpoint.Main;
import se.openup.endpoint.queries.GoldenStore;
import se.openup.endpoint.queries.QueryLibrary;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.cube.YearCube;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/**
 * bench-load on the golden fixture (three municipalities, 2022–2023): the parameters it chooses are the ones the
 * payments themselves give, every request of the mix answers 200, and the whole command (2 s of wrk with 4 clients)
 * reports no errors.
 */
class BenchLoadCommandTest {
    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void load() throws IOException {
        store = dir.resolve("store");
        GraphStore golden = GoldenStore.golden(store);
        YearCube.run(golden.dataset(), Iris.defaults()); // as load-shared does
        golden.close();
    }

    @Test
    void theChoiceIsWhatThePaymentsSay() throws Exception {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        try (OpenUpServer server = OpenUpServer.start(dataset, ServerConfig.defaults(0))) {
            LoadMix.Choice choice = LoadMix.choose(dataset, Iris.DEFAULT_BASE);
            String payments = """
                    PREFIX payment: <http://reference.data.gov.uk/def/payment#>
                    PREFIX openup: <https://w3id.org/openup/def#>
                    """;
            List<String> years = column(dataset, payments + """
                    SELECT ?y (COUNT(*) AS ?n) { ?p payment:date ?d BIND(YEAR(?d) AS ?y) } GROUP BY ?y ORDER BY DESC(?n) ?y""");
            assertEquals(years.get(0), Integer.toString(choice.year()));
            List<String> buyers = column(dataset, payments + """
                    SELECT ?b (COUNT(*) AS ?n) { ?p payment:payer ?b ; payment:date ?d . ?b a openup:Municipality
                      FILTER(YEAR(?d) = %d) } GROUP BY ?b ORDER BY ?n ?b""".formatted(choice.year()));
            assertEquals(buyers.get(buyers.size() / 2), "https://w3id.org/openup/id/org/" + choice.municipality());
            List<String> suppliers = column(dataset, payments + """
                    SELECT ?s (COUNT(DISTINCT ?b) AS ?n) { ?p payment:payee ?s ; payment:payer ?b ; payment:date ?d
                      FILTER(YEAR(?d) = %d && REGEX(STR(?s), "/org/[0-9]{10}$")) } GROUP BY ?s ORDER BY DESC(?n) ?s"""
                    .formatted(choice.year()));
            assertEquals(suppliers.get(0), "https://w3id.org/openup/id/org/" + choice.supplier());
            assertTrue(choice.accountClass().startsWith("https://w3id.org/openup/id/account/kommunbas/"), choice.accountClass());

            List<LoadMix.Target> mix = LoadMix.targets(QueryLibrary.load(Iris.DEFAULT_BASE), choice, Iris.DEFAULT_BASE);
            List<String> ids = mix.stream().filter(t -> t.kind().equals("saved query"))
                    .map(t -> t.name().replaceFirst(" .*", "")).distinct().toList();
            assertEquals(QueryLibrary.load(Iris.DEFAULT_BASE).all().stream().map(q -> q.id()).toList(), ids,
                    "every saved query, in the library's order");
            assertEquals(LoadMix.EXAMPLES.size(), mix.stream().filter(t -> t.kind().equals("SPARQL")).count());
            for (LoadReport.Solo solo : BenchLoadCommand.alone(server.url(), mix, java.time.Duration.ofSeconds(30)))
                assertEquals(200, solo.status(), solo.target().name() + ": " + solo.target().path());
        } finally {
            dataset.close();
        }
    }

    @Test
    void theCommandReportsNoErrors() throws IOException {
        Path out = dir.resolve("report.md");
        int exit = Main.commandLine().execute("bench-load", "--store", store.toString(), "--clients", "4",
                "--seconds", "2", "--timeout", "5", "--out", out.toString());
        String report = Files.readString(out);
        assertEquals(0, exit, report);
        assertTrue(report.contains("errors under load (socket errors + non-2xx): **0**"), report);
        assertTrue(report.contains("**Load: 4 clients (wrk connections), 2 s"), report);
        assertTrue(report.contains("afterwards /health answered 200 and a cheap query 200"), report);
        assertTrue(!report.contains("failing even alone"), report);
    }

    private static List<String> column(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<String> values = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                RowSet rows = exec.select();
                String first = rows.getResultVars().get(0).getVarName();
                rows.forEachRemaining(b -> {
                    var n = b.get(first);
                    values.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI());
                });
            }
            return values;
        });
    }
}
