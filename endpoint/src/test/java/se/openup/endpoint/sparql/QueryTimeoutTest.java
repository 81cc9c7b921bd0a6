package se.openup.endpoint.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;

/**
 * A query that would run for hours is stopped by the configured timeout with a clear error, and the server keeps
 * answering meanwhile and afterwards. Timing is asserted only loosely (a 1 s timeout answers within 20 s); the
 * measured precision is in docs/sparql.md.
 */
class QueryTimeoutTest {
    static final int TRIPLES = 2_000;
    /** 2 000³ = 8·10⁹ combinations to count: far beyond 20 s on any machine. */
    static final String CROSS_JOIN_COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

    static OpenUpServer server;
    static String sparql;

    @BeforeAll
    static void start() {
        String[] quads = IntStream.range(0, TRIPLES)
                .mapToObj(i -> "(<urn:graph/" + (i % 3) + "> <urn:s/" + i + "> <urn:p> " + i + ")")
                .toArray(String[]::new);
        server = OpenUpServer.start(SparqlHttp.dataset(quads), ServerConfig.defaults(0).withTimeout(Duration.ofSeconds(1)));
        sparql = server.url() + OpenUpServer.SPARQL_PATH;
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void anExpensiveQueryIsStoppedAndTheServerStaysFree() throws Exception {
        // The first request initialises Javalin's JSON mapper; warm it so "during" below measures the server, not that.
        assertEquals(200, SparqlHttp.get(server.url() + "/health", "application/json").statusCode());
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> heavy = SparqlHttp.HTTP.sendAsync(
                SparqlHttp.request(sparql + "?query=" + SparqlHttp.encode(CROSS_JOIN_COUNT))
                        .header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        CompletableFuture<Long> heavyDoneAt = heavy.thenApply(r -> System.nanoTime());

        Thread.sleep(200); // let the heavy query start
        HttpResponse<String> during = SparqlHttp.get(server.url() + "/health", "application/json");
        long healthDoneAt = System.nanoTime();
        assertEquals(200, during.statusCode(), during.body());

        HttpResponse<String> stopped = heavy.get(20, TimeUnit.SECONDS);
        assertTrue(healthDoneAt < heavyDoneAt.get(), "/health answered while the heavy query was still running");
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(stopped.body().contains("Query timed out"), stopped.body());
        assertTrue(!stopped.body().contains("\"n\""), "no result, not even a partial one: " + stopped.body());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, took.toString());

        HttpResponse<String> after = SparqlHttp.getQuery(sparql, "SELECT (COUNT(*) AS ?n) { ?s <urn:p> ?o }", "text/csv");
        assertEquals(200, after.statusCode(), after.body());
        assertEquals("n\r\n" + TRIPLES + "\r\n", after.body());
        assertEquals(200, SparqlHttp.get(server.url() + "/health", "application/json").statusCode());
    }

    @Test
    void constructAndDescribeAreStoppedToo() throws Exception {
        // These go through the capped CONSTRUCT / DESCRIBE code of ReadOnlyQueryService, not Fuseki's own.
        for (String query : new String[] {
                "CONSTRUCT { ?a <urn:same> ?e } WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f FILTER(?b + ?d = ?f + 10000) }",
                "DESCRIBE ?a WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f FILTER(?b + ?d = ?f + 10000) }"}) {
            long started = System.nanoTime();
            HttpResponse<String> stopped = SparqlHttp.getQuery(sparql, query, "text/turtle");
            assertEquals(503, stopped.statusCode(), stopped.body());
            assertTrue(stopped.body().contains("Query timed out"), stopped.body());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(20)) < 0);
        }
    }

    @Test
    void aClientMayAskForLessTimeButNotMore() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> longer = SparqlHttp.get(sparql + "?timeout=600&query=" + SparqlHttp.encode(CROSS_JOIN_COUNT),
                "application/sparql-results+json");
        assertEquals(503, longer.statusCode(), "the server's 1 s is the upper bound: " + longer.body());
        assertTrue(longer.body().contains("Query timed out"), longer.body());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(20)) < 0);
    }
}
