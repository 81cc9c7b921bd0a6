package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.rdf.Vocab;

/**
 * The probe on a real server with a 2 s timeout: the cross join of 100 000 payments (10¹⁰ pairs) is stopped by the
 * timeout, /health answers throughout, and afterwards /health and a cheap query answer normally.
 */
class HealthProbeTest {
    static final int PAYMENTS = 100_000;

    @Test
    void healthAnswersWhileTheExpensiveQueryRunsIntoTheTimeout() throws Exception {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Node municipality = NodeFactory.createURI("https://w3id.org/openup/def#Municipality");
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < PAYMENTS; i++)
                dataset.add(NodeFactory.createURI("urn:graph/" + (i % 10)), NodeFactory.createURI("urn:payment/" + i),
                        RDF.type.asNode(), Vocab.PAYMENT_CLASS);
            for (int i = 0; i < 3; i++)
                dataset.add(NodeFactory.createURI("urn:graph/ref"), NodeFactory.createURI("urn:m/" + i), RDF.type.asNode(), municipality);
        });
        Duration timeout = Duration.ofSeconds(2);
        try (OpenUpServer server = OpenUpServer.start(dataset, ServerConfig.defaults(0).withTimeout(timeout))) {
            HealthProbe.Result r = new HealthProbe(server.url(), timeout).run();
            assertEquals(503, r.heavyStatus(), r.heavyBody());
            assertTrue(r.heavyBody().contains("Query timed out"), r.heavyBody());
            assertTrue(r.heavySeconds() >= 2 && r.heavySeconds() < 20, "stopped after " + r.heavySeconds() + " s");
            // polled every 100 ms for about 2 s; a busy test machine may manage fewer
            assertTrue(r.healthMillis().size() >= 5, "polls: " + r.healthMillis());
            assertEquals(0, r.healthFailed());
            assertTrue(r.healthMax() < 2000, "/health took " + r.healthMax() + " ms during the query");
            assertEquals(200, r.healthAfterStatus());
            assertEquals(200, r.cheapStatus());
            assertEquals("municipalities 3", r.cheapBody());
        }
    }

    @Test
    void percentilesAreNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0);
        assertEquals(3.0, HealthProbe.percentile(values, 50));
        assertEquals(5.0, HealthProbe.percentile(values, 99));
        assertEquals(1.0, HealthProbe.percentile(values, 1));
        assertTrue(Double.isNaN(HealthProbe.percentile(List.of(), 50)));
    }
}
