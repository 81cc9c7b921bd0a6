package se.openup.endpoint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * More expensive queries at once than Fuseki's Jetty has threads (20): each still gets an answer (503 from the
 * timeout or from waiting too long, never a dropped connection), and /health answers at once throughout.
 */
class ServerLimitsTest {
    static final int HEAVY = 30;
    static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) { ?a a <urn:Payment> . ?b a <urn:Payment> }";

    @Test
    void healthAnswersAndEveryQueryIsAnsweredWhenMoreQueriesComeThanThreads() throws Exception {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 50_000; i++)
                dataset.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:p/" + i), RDF.type.asNode(),
                        NodeFactory.createURI("urn:Payment"));
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (OpenUpServer server = OpenUpServer.start(dataset, ServerConfig.defaults(0).withTimeout(Duration.ofSeconds(2)))) {
            HttpRequest health = HttpRequest.newBuilder(URI.create(server.url() + "/health")).build();
            assertEquals(200, http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()); // warm
            List<CompletableFuture<HttpResponse<String>>> heavy = new ArrayList<>();
            for (int i = 0; i < HEAVY; i++)
                heavy.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "/sparql?query="
                        + URLEncoder.encode(CROSS_JOIN, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()));
            Thread.sleep(500); // all of them sent: the first ones running, the others waiting
            double slowest = 0;
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                assertEquals(200, http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode());
                slowest = Math.max(slowest, (System.nanoTime() - t) / 1e6);
                Thread.sleep(100);
            }
            assertTrue(slowest < 1000, "/health took " + slowest + " ms while " + HEAVY + " queries were waiting or running");
            for (CompletableFuture<HttpResponse<String>> f : heavy)
                assertEquals(503, f.get(60, TimeUnit.SECONDS).statusCode(), "an answer, not a dropped connection");
        }
    }
}
