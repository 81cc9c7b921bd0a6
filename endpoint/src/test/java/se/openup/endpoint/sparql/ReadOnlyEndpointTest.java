package se.openup.endpoint.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.openup.endpoint.sparql.SparqlHttp.encode;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;

/** Nothing written over HTTP: SPARQL Update and Graph Store Protocol writes are refused and the store is unchanged. */
class ReadOnlyEndpointTest {
    static final String TURTLE = "<urn:new> <urn:p> 'written over HTTP' .";
    static final String INSERT = "INSERT DATA { GRAPH <urn:graph/new> { <urn:new> <urn:p> 'written over HTTP' } }";

    static DatasetGraph dataset;
    static List<Quad> before;
    static OpenUpServer server;
    static String sparql;

    @BeforeAll
    static void start() {
        dataset = SparqlHttp.dataset("(<urn:graph/a> <urn:s> <urn:p> 'kept')", "(<urn:graph/b> <urn:t> <urn:p> 'kept too')");
        before = quads();
        server = OpenUpServer.start(dataset, ServerConfig.defaults(0));
        sparql = server.url() + OpenUpServer.SPARQL_PATH;
    }

    @AfterAll
    static void stop() { server.close(); }

    static List<Quad> quads() {
        return Txn.calculateRead(dataset, () -> Iter.toList(dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    @AfterEach
    void storeIsUnchanged() {
        assertEquals(before, quads());
    }

    static void assertRefused(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("read-only"), response.body());
    }

    @Test
    void sparqlUpdateIsRefused() throws Exception {
        assertRefused(403, SparqlHttp.postBody(sparql, "application/sparql-update", INSERT, "*/*"));
        assertRefused(403, SparqlHttp.postForm(sparql, "update=" + encode(INSERT), "*/*"));
        assertRefused(403, SparqlHttp.postForm(sparql, "request=" + encode(INSERT), "*/*"));
        assertRefused(403, SparqlHttp.postForm(sparql, "update=" + encode("DROP ALL"), "*/*"));
        HttpResponse<String> get = SparqlHttp.get(sparql + "?update=" + encode("DROP ALL"), "*/*");
        assertTrue(get.statusCode() >= 400, get.statusCode() + " " + get.body());
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        for (String target : List.of("?graph=" + encode("urn:graph/new"), "?graph=" + encode("urn:graph/a"), "?default")) {
            String url = sparql + target;
            HttpRequest.Builder put = SparqlHttp.request(url).header("Content-Type", "text/turtle")
                    .PUT(BodyPublishers.ofString(TURTLE));
            HttpResponse<String> refusedPut = SparqlHttp.send(put);
            assertRefused(405, refusedPut);
            assertEquals("GET, POST, OPTIONS", refusedPut.headers().firstValue("Allow").orElse(""));
            assertRefused(405, SparqlHttp.send(SparqlHttp.request(url).DELETE()));
            assertRefused(405, SparqlHttp.send(SparqlHttp.request(url).header("Content-Type", "text/turtle")
                    .method("PATCH", BodyPublishers.ofString(TURTLE))));
            assertRefused(403, SparqlHttp.postBody(url, "text/turtle", TURTLE, "*/*"));
        }
        // An RDF body without any parameter: a Graph Store write to the whole dataset in plain Fuseki.
        assertRefused(403, SparqlHttp.postBody(sparql, "text/turtle", TURTLE, "*/*"));
        assertRefused(403, SparqlHttp.postBody(sparql, "application/n-quads", "<urn:a> <urn:b> <urn:c> <urn:g> .", "*/*"));
    }

    @Test
    void noOtherFusekiServiceNamesExist() throws Exception {
        for (String name : List.of("/update", "/data", "/upload", "/get", "/query")) {
            HttpResponse<String> update = SparqlHttp.postBody(sparql + name, "application/sparql-update", INSERT, "*/*");
            assertEquals(404, update.statusCode(), name + ": " + update.body());
            HttpResponse<String> put = SparqlHttp.send(SparqlHttp.request(sparql + name + "?default")
                    .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(TURTLE)));
            assertEquals(404, put.statusCode(), name + ": " + put.body());
        }
    }
}
