package se.openup.endpoint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fuseki and Javalin answer on one port from one Jetty: the Jetty BOM choice of docs/architecture.md holds. */
class OneServerTest {
    static OpenUpServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> dsg.add(SSE.parseQuad("(<urn:g1> <urn:s> <urn:p> 'in g1')")));
        server = OpenUpServer.start(dsg, ServerConfig.defaults(0));
    }

    @AfterAll
    static void stop() { server.close(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sparqlAndWebShareOnePort() throws Exception {
        String q = URLEncoder.encode("SELECT ?o { <urn:s> <urn:p> ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> sparql = get("/sparql?query=" + q, "text/csv");
        assertEquals(200, sparql.statusCode());
        assertEquals("o\r\nin g1\r\n", sparql.body(), "the default graph is the union of the named graphs");

        HttpResponse<String> health = get("/health", "application/json");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
        assertTrue(health.body().contains("\"graphs\":1"), health.body());
    }

    @Test
    void oneJettyOnTheClasspath() {
        // Fuseki 5.6 was built on Jetty 12.1.1, Javalin 7.2.3 on 12.1.12: the BOMs must leave exactly one version.
        String server = org.eclipse.jetty.server.Server.class.getPackage().getImplementationVersion();
        String servlet = org.eclipse.jetty.ee10.servlet.ServletContextHandler.class.getPackage().getImplementationVersion();
        assertEquals("12.1.12", server);
        assertEquals(server, servlet);
    }
}
