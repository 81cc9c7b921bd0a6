package se.openup.endpoint.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.stream.IntStream;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;

/** The result cap (and the header that tells a client it applied) and CORS for browser clients on other origins. */
class ResultCapAndCorsTest {
    static final int CAP = 5;
    static final int PAYMENTS = 12;
    static final String ORIGIN = "https://journalist.example.net";

    static OpenUpServer server;
    static String sparql;

    @BeforeAll
    static void start() {
        String[] quads = IntStream.rangeClosed(1, PAYMENTS)
                .mapToObj(i -> "(<urn:graph/" + (i % 2) + "> <urn:payment/" + i + "> <urn:amount> " + i + ")")
                .toArray(String[]::new);
        server = OpenUpServer.start(SparqlHttp.dataset(quads), ServerConfig.defaults(0).withResultCap(CAP));
        sparql = server.url() + OpenUpServer.SPARQL_PATH;
    }

    @AfterAll
    static void stop() { server.close(); }

    static HttpResponse<String> csv(String query) throws Exception {
        HttpResponse<String> response = SparqlHttp.getQuery(sparql, query, "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    static int rows(HttpResponse<String> csv) { return (int) csv.body().lines().count() - 1; }

    static Optional<String> capHeader(HttpResponse<String> response) {
        return response.headers().firstValue(ReadOnlyQueryService.CAP_HEADER);
    }

    static int triples(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return Rio.parse(new StringReader(response.body()), "", RDFFormat.NTRIPLES).size();
    }

    @Test
    void selectIsCappedAndSaysSo() throws Exception {
        HttpResponse<String> all = csv("SELECT ?p ?a { ?p <urn:amount> ?a }");
        assertEquals(CAP, rows(all));
        assertEquals(Optional.of(Integer.toString(CAP)), capHeader(all));

        HttpResponse<String> larger = csv("SELECT ?p ?a { ?p <urn:amount> ?a } ORDER BY ?a LIMIT 50");
        assertEquals(CAP, rows(larger));
        assertEquals(Optional.of(Integer.toString(CAP)), capHeader(larger));
        assertTrue(larger.body().contains("urn:payment/1,1\r\n") && !larger.body().contains(",6\r\n"), larger.body());

        HttpResponse<String> page = csv("SELECT ?a { ?p <urn:amount> ?a } ORDER BY ?a LIMIT 3 OFFSET 10");
        assertEquals("a\r\n11\r\n12\r\n", page.body(), "paging past the cap with OFFSET works");
        assertEquals(Optional.empty(), capHeader(page), "a LIMIT within the cap leaves the query alone");
    }

    @Test
    void constructStopsAtTheCapAndSaysSoOnlyWhenTriplesWereLeftOut() throws Exception {
        HttpResponse<String> all = SparqlHttp.getQuery(sparql,
                "CONSTRUCT WHERE { ?p <urn:amount> ?a }", "application/n-triples");
        assertEquals(CAP, triples(all));
        assertEquals(Optional.of(Integer.toString(CAP)), capHeader(all));

        // Twelve solutions, one distinct triple: nothing was left out, so no header.
        HttpResponse<String> one = SparqlHttp.getQuery(sparql,
                "CONSTRUCT { <urn:ledger> <urn:has> 'payments' } WHERE { ?p <urn:amount> ?a }", "application/n-triples");
        assertEquals(1, triples(one));
        assertEquals(Optional.empty(), capHeader(one));

        HttpResponse<String> exactlyCap = SparqlHttp.getQuery(sparql,
                "CONSTRUCT WHERE { ?p <urn:amount> ?a } LIMIT " + CAP, "application/n-triples");
        assertEquals(CAP, triples(exactlyCap));
        assertEquals(Optional.empty(), capHeader(exactlyCap));
    }

    @Test
    void describeIsCapped() throws Exception {
        HttpResponse<String> all = SparqlHttp.getQuery(sparql,
                "DESCRIBE ?p WHERE { ?p <urn:amount> ?a }", "application/n-triples");
        assertEquals(CAP, triples(all));
        assertEquals(Optional.of(Integer.toString(CAP)), capHeader(all));
    }

    @Test
    void preflightFromAnotherOriginIsAnswered() throws Exception {
        HttpResponse<String> preflight = SparqlHttp.send(SparqlHttp.request(sparql)
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, accept")
                .method("OPTIONS", BodyPublishers.noBody()));
        assertEquals(200, preflight.statusCode(), preflight.body());
        assertEquals(ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("POST") && methods.contains("GET"), methods);
        String headers = preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase();
        assertTrue(headers.contains("content-type") && headers.contains("accept"), headers);
    }

    @Test
    void crossOriginAnswersCarryAllowOriginAndExposeTheCapHeader() throws Exception {
        HttpResponse<String> capped = SparqlHttp.send(SparqlHttp.request(sparql + "?query="
                + SparqlHttp.encode("SELECT * { ?p <urn:amount> ?a }")).header("Origin", ORIGIN).header("Accept", "text/csv"));
        assertEquals(200, capped.statusCode());
        assertEquals(ORIGIN, capped.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String exposed = capped.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        assertTrue(exposed.contains(ReadOnlyQueryService.CAP_HEADER), exposed);

        HttpResponse<String> post = SparqlHttp.send(SparqlHttp.request(sparql).header("Origin", ORIGIN)
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(BodyPublishers.ofString("ASK { ?p <urn:amount> 12 }")));
        assertEquals(200, post.statusCode());
        assertEquals(ORIGIN, post.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }
}
