package se.openup.endpoint.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.endpoint.queries.GoldenStore;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.cube.YearCube;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/**
 * Buyer and supplier pages read their totals from the year-level sums when the store has them (docs/aggregates.md)
 * and from the payments otherwise: on the same data, both must show exactly the same tables.
 */
class PagesFromYearLevelsTest {
    static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void buyerAndSupplierTotalsAreTheSameFromTheYearLevelsAsFromThePayments(@TempDir Path a, @TempDir Path b) throws Exception {
        try (GraphStore payments = GoldenStore.golden(a); GraphStore withLevels = GoldenStore.golden(b)) {
            assertTrue(YearCube.run(withLevels.dataset(), Iris.defaults()).pairYears() > 0);
            String levelsAsk = "PREFIX qb: <http://purl.org/linked-data/cube#> PREFIX openup: <https://w3id.org/openup/def#>"
                    + " ASK { ?level qb:structure openup:spendByPairYearStructure }"; // what the pages test (Totals.spend)
            assertTrue(ask(withLevels, levelsAsk), "the pages will read the year levels");
            assertTrue(!ask(payments, levelsAsk), "the pages will read the payments");
            List<String> orgs = Txn.calculateRead(payments.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(payments.dataset())).query("""
                        PREFIX payment: <http://reference.data.gov.uk/def/payment#>
                        SELECT DISTINCT ?org { { ?p payment:payer ?org } UNION { ?p payment:payee ?org } } ORDER BY ?org""")
                        .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                    List<String> iris = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(s -> iris.add(s.getResource("org").getURI()));
                    return iris;
                }
            });
            assertTrue(orgs.size() > 5, "buyers and suppliers of the golden fixture: " + orgs);
            try (OpenUpServer scan = OpenUpServer.start(payments.dataset(), ServerConfig.defaults(0));
                 OpenUpServer levels = OpenUpServer.start(withLevels.dataset(), ServerConfig.defaults(0))) {
                int compared = 0;
                for (String org : orgs) {
                    String path = "/id/" + org.substring(Iris.DEFAULT_BASE.length());
                    for (String role : List.of("Köpare / Buyer", "Leverantör / Supplier")) {
                        String fromPayments = section(page(scan, path), role);
                        if (fromPayments == null) continue;
                        assertTrue(fromPayments.contains("kr"), path + " " + role + " shows sums");
                        assertEquals(fromPayments, section(page(levels, path), role), path + " " + role);
                        compared++;
                    }
                }
                assertTrue(compared >= orgs.size(), "every organisation compared in at least one role: " + compared);
            }
        }
    }

    static boolean ask(GraphStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query)
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                return qe.execAsk();
            }
        });
    }

    static String page(OpenUpServer server, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    /** The page's section headed {@code <h2>title</h2>}, or null. */
    static String section(String html, String title) {
        int start = html.indexOf("<h2>" + title + "</h2>");
        return start < 0 ? null : html.substring(start, html.indexOf("</section>", start));
    }
}
