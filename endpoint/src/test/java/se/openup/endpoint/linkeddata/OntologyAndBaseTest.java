package se.openup.endpoint.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.rdf.Vocab;

/** The ontology at its namespace (/def), and an operator's own base: {base}{rest} resolves at /id/{rest}. */
class OntologyAndBaseTest {
    static final String BASE = "https://data.example.org/id/";
    static OpenUpServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ValueFactory rdf = SimpleValueFactory.getInstance();

    @BeforeAll
    static void start() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Node org = NodeFactory.createURI(BASE + "org/2120001967");
        Node elsewhere = NodeFactory.createURI("https://w3id.org/openup/id/org/2120002742");
        Node g = NodeFactory.createURI(BASE + "graph/test/file-csv");
        Txn.executeWrite(dsg, () -> {
            dsg.add(Quad.create(g, org, Vocab.NAME, NodeFactory.createLiteralString("ÖREBRO KOMMUN")));
            dsg.add(Quad.create(g, org, NodeFactory.createURI(Vocab.SKOS + "closeMatch"), elsewhere));
            dsg.add(Quad.create(g, elsewhere, Vocab.NAME, NodeFactory.createLiteralString("LULEÅ KOMMUN")));
        });
        ServerConfig config = new ServerConfig(0, BASE, Duration.ofSeconds(10), 1000, Set.of());
        server = OpenUpServer.start(dsg, config);
    }

    @AfterAll
    static void stop() { server.close(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Model parse(HttpResponse<String> response, RDFFormat format) throws Exception {
        return Rio.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), "", format);
    }

    @Test
    void theOntologyIsDocumentedInHtmlWithAnAnchorPerTerm() throws Exception {
        HttpResponse<String> page = get("/def", "text/html");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<article id=\"UnidentifiedOrganisation\">"), "openup:UnidentifiedOrganisation lands here");
        assertTrue(html.contains("<article id=\"sourceLine\">"));
        assertTrue(html.contains("identifierad"), "Swedish labels and comments too");
        assertTrue(html.contains("href=\"/def#DatePrecision\""), "our own terms link within the page");
        assertTrue(html.contains("href=\"http://www.w3.org/ns/org#Organization\""), "others' terms link out");
    }

    @Test
    void theOntologyIsTurtleForMachines() throws Exception {
        for (String path : new String[] {"/def", "/def.ttl"}) {
            HttpResponse<String> turtle = get(path, "text/turtle");
            assertEquals(200, turtle.statusCode());
            assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            Model model = parse(turtle, RDFFormat.TURTLE);
            assertTrue(model.contains(rdf.createIRI(Vocab.OPENUP + "UnidentifiedOrganisation"), RDF.TYPE, OWL.CLASS));
            assertTrue(model.contains(rdf.createIRI(IriSpace.ONTOLOGY), RDF.TYPE, OWL.ONTOLOGY));
        }
        assertEquals(200, get("/def", "application/ld+json").statusCode());
        assertEquals(406, get("/def", "image/png").statusCode());
    }

    @Test
    void anOperatorsOwnBaseResolvesUnderId() throws Exception {
        HttpResponse<String> turtle = get("/id/org/2120001967", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(parse(turtle, RDFFormat.TURTLE).contains(rdf.createIRI(BASE + "org/2120001967"),
                rdf.createIRI(Vocab.SCHEMA + "name"), rdf.createLiteral("ÖREBRO KOMMUN")));
        String html = get("/id/org/2120001967", "text/html").body();
        assertTrue(html.contains("<code>" + BASE + "org/2120001967</code>"), "the canonical IRI");
        assertTrue(html.contains("href=\"https://w3id.org/openup/id/org/2120002742\""),
                "an IRI under another base is not ours: it links out");
        assertEquals(404, get("/id/org/2120002742", "text/html").statusCode(), "and is not served here");
    }
}
