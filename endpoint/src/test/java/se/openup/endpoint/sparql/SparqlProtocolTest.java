package se.openup.endpoint.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.openup.endpoint.sparql.SparqlHttp.encode;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;

/**
 * The SPARQL 1.1 Protocol for query over real HTTP: every way to send a query (GET, POST form, POST
 * application/sparql-query) with every result format, each answer parsed back (results by Jena's readers, RDF by
 * RDF4J's independent parsers). The store has two named graphs; the default graph is their union.
 */
class SparqlProtocolTest {
    static final String ID = "https://w3id.org/openup/id/";
    static final String LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";
    static final List<String> LABELS = List.of("Alfa kommun", "Beta AB", "Örebro kommun");
    static final String SELECT = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?label { ?s rdfs:label ?label } ORDER BY ?label";
    static final String CONSTRUCT = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "CONSTRUCT { ?s rdfs:label ?label } WHERE { ?s rdfs:label ?label }";
    static final String DESCRIBE = "DESCRIBE <" + ID + "org/1>";

    static OpenUpServer server;
    static String sparql;

    @BeforeAll
    static void start() {
        server = OpenUpServer.start(SparqlHttp.dataset(
                "(<" + ID + "graph/a> <" + ID + "org/1> " + LABEL + " 'Alfa kommun')",
                "(<" + ID + "graph/a> <" + ID + "org/1> <" + ID + "paid> 100)",
                "(<" + ID + "graph/a> <" + ID + "org/3> " + LABEL + " 'Örebro kommun')",
                "(<" + ID + "graph/b> <" + ID + "org/2> " + LABEL + " 'Beta AB')"), ServerConfig.defaults(0));
        sparql = server.url() + OpenUpServer.SPARQL_PATH;
    }

    @AfterAll
    static void stop() { server.close(); }

    enum Method { GET, POST_FORM, POST_QUERY }

    static HttpResponse<String> ask(Method method, String query, String accept) throws Exception {
        return switch (method) {
            case GET -> SparqlHttp.getQuery(sparql, query, accept);
            case POST_FORM -> SparqlHttp.postForm(sparql, "query=" + encode(query), accept);
            case POST_QUERY -> SparqlHttp.postBody(sparql, "application/sparql-query", query, accept);
        };
    }

    static Stream<Arguments> selectMatrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Method method : Method.values()) {
            cases.add(Arguments.of(method, "application/sparql-results+json", ResultSetLang.RS_JSON));
            cases.add(Arguments.of(method, "application/sparql-results+xml", ResultSetLang.RS_XML));
            cases.add(Arguments.of(method, "text/csv", ResultSetLang.RS_CSV));
            cases.add(Arguments.of(method, "text/tab-separated-values", ResultSetLang.RS_TSV));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "SELECT {0} Accept {1}")
    @MethodSource("selectMatrix")
    void selectInEveryFormatByEveryMethod(Method method, String accept, Lang lang) throws Exception {
        HttpResponse<String> response = ask(method, SELECT, accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept),
                response.headers().toString());
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
        List<String> labels = new ArrayList<>();
        rows.forEachRemaining((QuerySolution row) -> labels.add(row.get("label").asLiteral().getLexicalForm()));
        assertEquals(LABELS, labels, "both named graphs seen through the union default graph, UTF-8 intact");
    }

    static Stream<Arguments> graphMatrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Method method : Method.values()) {
            cases.add(Arguments.of(method, "text/turtle", RDFFormat.TURTLE));
            cases.add(Arguments.of(method, "application/n-triples", RDFFormat.NTRIPLES));
            cases.add(Arguments.of(method, "application/ld+json", RDFFormat.JSONLD));
            cases.add(Arguments.of(method, "application/rdf+xml", RDFFormat.RDFXML));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "CONSTRUCT {0} Accept {1}")
    @MethodSource("graphMatrix")
    void constructInEveryFormatByEveryMethod(Method method, String accept, RDFFormat format) throws Exception {
        Model model = parse(ask(method, CONSTRUCT, accept), accept, format);
        assertEquals(3, model.size(), model.toString());
        for (String label : LABELS) assertTrue(model.contains(null, RDFS.LABEL, Values.literal(label)), label);
    }

    @ParameterizedTest(name = "DESCRIBE {0} Accept {1}")
    @MethodSource("graphMatrix")
    void describeInEveryFormatByEveryMethod(Method method, String accept, RDFFormat format) throws Exception {
        Model model = parse(ask(method, DESCRIBE, accept), accept, format);
        assertEquals(2, model.size(), model.toString());
        assertTrue(model.contains(Values.iri(ID + "org/1"), RDFS.LABEL, Values.literal("Alfa kommun")));
        assertTrue(model.contains(Values.iri(ID + "org/1"), Values.iri(ID + "paid"), null));
    }

    static Model parse(HttpResponse<String> response, String accept, RDFFormat format) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept),
                response.headers().toString());
        return Rio.parse(new StringReader(response.body()), "", format);
    }

    @Test
    void askAnswersABoolean() throws Exception {
        HttpResponse<String> response = ask(Method.GET, "ASK { ?s ?p 'Beta AB' }", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().replace(" ", "").contains("\"boolean\":true"), response.body());
    }

    @Test
    void graphQueriesStillSeeEachSourceFilesGraph() throws Exception {
        HttpResponse<String> response = ask(Method.GET,
                "SELECT ?g ?label { GRAPH ?g { ?s " + LABEL + " ?label } } ORDER BY ?label", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("g,label\r\n" + ID + "graph/a,Alfa kommun\r\n" + ID + "graph/b,Beta AB\r\n"
                + ID + "graph/a,Örebro kommun\r\n", response.body());
    }

    @Test
    void theProtocolsDatasetParametersPickGraphs() throws Exception {
        String labels = "SELECT ?label { ?s " + LABEL + " ?label } ORDER BY ?label";
        HttpResponse<String> onlyB = SparqlHttp.get(sparql + "?default-graph-uri=" + encode(ID + "graph/b")
                + "&query=" + encode(labels), "text/csv");
        assertEquals(200, onlyB.statusCode(), onlyB.body());
        assertEquals("label\r\nBeta AB\r\n", onlyB.body());
    }

    @Test
    void malformedQueryIs400WithTheParsersMessage() throws Exception {
        String broken = "SELECT ?s WHERE { ?s ?p ";
        String parserMessage;
        try {
            QueryFactory.create(broken);
            throw new AssertionError("the test query should not parse");
        } catch (QueryParseException e) {
            parserMessage = e.getMessage().lines().findFirst().orElseThrow();
        }
        for (Method method : Method.values()) {
            HttpResponse<String> response = ask(method, broken, "application/sparql-results+json");
            assertEquals(400, response.statusCode(), method + ": " + response.body());
            assertTrue(response.body().contains(parserMessage), method + ": " + response.body());
        }
    }

    @Test
    void aBrowserOpeningTheEndpointIsSentToTheEditor() throws Exception {
        HttpResponse<String> browser = SparqlHttp.get(sparql, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, browser.statusCode());
        assertEquals(OpenUpServer.EDITOR_PATH, browser.headers().firstValue("Location").orElse(""));

        HttpResponse<String> editor = SparqlHttp.get(server.url() + OpenUpServer.EDITOR_PATH, "text/html");
        assertEquals(200, editor.statusCode(), "the redirect lands on a page");

    }

    @Test
    void anyOtherClientWithoutAQueryGetsTheServiceDescription() throws Exception {
        for (String accept : List.of("text/turtle", "*/*")) {
            Model description = parse(SparqlHttp.get(sparql, accept), "text/turtle", RDFFormat.TURTLE);
            String sd = "http://www.w3.org/ns/sparql-service-description#";
            assertTrue(description.contains(null, Values.iri(sd + "endpoint"), Values.iri(sparql)), description.toString());
            assertTrue(description.contains(null, Values.iri(sd + "feature"), Values.iri(sd + "UnionDefaultGraph")));
            assertTrue(description.contains(null, Values.iri(sd + "supportedLanguage"), Values.iri(sd + "SPARQL11Query")));
            assertTrue(!description.contains(null, Values.iri(sd + "feature"), Values.iri(sd + "BasicFederatedQuery")),
                    "no federation with the default empty allowlist");
        }
        Model asJsonLd = parse(SparqlHttp.get(sparql, "application/ld+json"), "application/ld+json", RDFFormat.JSONLD);
        assertTrue(asJsonLd.size() > 5, asJsonLd.toString());
    }
}
