package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;

/** The REST API over real HTTP on the golden store: catalogue, OpenAPI, CSV = JSON, errors, limits, injection. */
class QueryApiTest {
    /** A value for each query's required parameters (the golden fixture's year, supplier, class). */
    static final Map<String, String> SAMPLE = Map.of("year", "2023", "supplier", "556100-0018", "accountClass", "4");
    static ApiClient api;
    static QueryLibrary library;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiClient(GoldenStore.server().url());
        library = QueryLibrary.load(se.openup.loader.rdf.Iris.DEFAULT_BASE);
    }

    static String sampleQuery(SavedQuery q) {
        List<String> parts = new ArrayList<>();
        for (Parameter p : q.params()) if (p.required()) parts.add(p.name() + "=" + SAMPLE.get(p.name()));
        return String.join("&", parts);
    }

    @Test
    void catalogueListsEveryQueryWithItsMetadata() throws Exception {
        JsonNode catalogue = api.json("/api/queries");
        assertEquals(library.all().size(), catalogue.get("queries").size());
        JsonNode league = null;
        for (JsonNode q : catalogue.get("queries")) if (q.get("id").asText().equals("supplier-league")) league = q;
        assertEquals("Leverantörsligan", league.at("/title/sv").asText());
        assertEquals("Supplier league table", league.at("/title/en").asText());
        assertEquals("year", league.at("/params/0/name").asText());
        assertEquals("year", league.at("/params/0/type").asText());
        assertTrue(league.at("/params/0/required").asBoolean());
        assertEquals("/api/queries/supplier-league.csv", league.get("csv").asText());
        assertTrue(league.at("/caveat/sv").asText().contains("Maskerade"));
        assertEquals("bar", league.at("/chart/type").asText());
        assertTrue(league.get("sparql").asText().contains("?_year"));
        JsonNode profile = null;
        for (JsonNode q : catalogue.get("queries")) if (q.get("id").asText().equals("procurement-profile")) profile = q;
        assertEquals("/api/queries/municipalities", profile.at("/params/1/valuesFrom").asText());
    }

    @Test
    void openApiHasAPathPerQueryWithTypedParameters() throws Exception {
        JsonNode doc = api.json("/api/openapi.json");
        assertEquals("3.0.3", doc.get("openapi").asText());
        for (SavedQuery q : library.all()) assertTrue(doc.at("/paths").has("/api/queries/" + q.id()), q.id());
        JsonNode year = doc.at("/paths/~1api~1queries~1concentration/get/parameters/0");
        assertEquals("year", year.get("name").asText());
        assertEquals("integer", year.at("/schema/type").asText());
        assertEquals(2000, year.at("/schema/minimum").asInt());
        JsonNode flag = doc.at("/paths/~1api~1queries~1concentration/get/parameters/1");
        assertEquals("boolean", flag.at("/schema/type").asText());
        assertEquals("false", flag.at("/schema/default").asText());
        assertTrue(doc.at("/paths/~1api~1queries~1concentration/get/responses/200/content").has("text/csv"));
    }

    @Test
    void everyQueryAnswersTheSameInCsvAndJson() throws Exception {
        for (SavedQuery q : library.all()) {
            String qs = sampleQuery(q);
            JsonNode json = api.json("/api/queries/" + q.id() + "?" + qs);
            HttpResponse<String> csv = api.get("/api/queries/" + q.id() + ".csv?" + qs, "*/*");
            assertEquals(200, csv.statusCode(), q.id() + ": " + csv.body());
            assertEquals("text/csv;charset=utf-8", csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("filename=\"" + q.id()), q.id());
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.body())).getRecords();
            List<String> header = records.get(0).toList();
            List<String> names = new ArrayList<>();
            json.get("columns").forEach(c -> names.add(c.get("name").asText()));
            assertEquals(names, header, q.id());
            assertEquals(json.get("rows").size(), records.size() - 1, q.id());
            assertTrue(json.get("rows").size() > 0, q.id() + " returns rows on the golden fixture");
            for (int r = 0; r < json.get("rows").size(); r++)
                for (int c = 0; c < names.size(); c++) {
                    JsonNode cell = json.get("rows").get(r).get(c);
                    String csvCell = records.get(r + 1).get(c);
                    String where = q.id() + " row " + r + " column " + names.get(c);
                    if (cell.isNumber()) assertEquals(0, cell.decimalValue().compareTo(new java.math.BigDecimal(csvCell)), where);
                    else assertEquals(cell.isNull() ? "" : cell.asText(), csvCell, where);
                }
            // Accept: text/csv on the plain path gives the same CSV
            assertEquals(csv.body(), api.get("/api/queries/" + q.id() + "?" + qs, "text/csv").body(), q.id());
        }
    }

    @Test
    void decimalsAreExactJsonNumbers() throws Exception {
        HttpResponse<String> r = api.get("/api/queries/supplier-league?year=2023", "application/json");
        assertTrue(r.body().contains("386999.99"), r.body());
        assertEquals("supplier-league_year-2023_name-.json",
                r.headers().firstValue("Content-Disposition").orElseThrow().replaceAll(".*filename=\"([^\"]+)\".*", "$1"));
    }

    @Test
    void badValuesGet400NamingTheParameter() throws Exception {
        Map<String, String> cases = Map.of(
                "spend-per-inhabitant?year=abc", "year",
                "spend-per-inhabitant?year=1999", "year",
                "spend-per-inhabitant", "year",
                "spend-per-inhabitant?year=2023&year=2022", "year",
                "spend-per-inhabitant?year=2023&colour=red", "colour",
                "supplier-footprint?supplier=x", "supplier",
                "procurement-profile?municipality=9999", "municipality",
                "spend-per-inhabitant-by-class?year=2023&accountClass=99", "accountClass",
                "concentration?year=2023&excludePublic=maybe", "excludePublic",
                "just-below-threshold?year=2023&limit=1e9", "limit");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = api.get("/api/queries/" + c.getKey(), "application/json");
            assertEquals(400, r.statusCode(), c.getKey());
            JsonNode body = ApiClient.JSON.readTree(r.body());
            assertEquals(c.getValue(), body.get("parameter").asText(), c.getKey());
            assertTrue(body.get("error").asText().contains("'" + c.getValue() + "'"), body.toString());
        }
        assertEquals(404, api.get("/api/queries/no-such-query", "application/json").statusCode());
    }

    @Test
    void hostileValuesChangeNothing() throws Exception {
        DatasetGraph dsg = GoldenStore.dataset();
        String before = digest(dsg);
        List<String> hostile = List.of("\"}; DROP ALL #", "'} ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #", "{{}}}",
                "alfa\" || true || \"", "line\n} UNION { ?s ?p ?o }\r\n#", "<https://w3id.org/openup/id/org/5561000018>");
        for (String value : hostile) {
            String v = URLEncoder.encode(value, StandardCharsets.UTF_8);
            JsonNode answer = api.json("/api/queries/supplier-league?year=2023&name=" + v);
            assertEquals(0, answer.get("rows").size(), value + " is text, not query: " + answer);
            assertEquals(value, answer.at("/params/name").asText());
            for (String param : List.of("year=", "supplier=", "accountClass=")) {
                int status = api.get("/api/queries/supplier-footprint?" + param + v, "application/json").statusCode();
                assertEquals(400, status, param + value);
            }
        }
        // the text is searched as text: "alfa" finds Alfa Bygg AB
        assertEquals(1, api.json("/api/queries/supplier-league?year=2023&name=alfa").get("rows").size());
        // 1 MB: over the length limit (400), or refused by the server before the handler (414/431) — never run
        String big = URLEncoder.encode("\"}; DROP ALL #".repeat(75_000), StandardCharsets.UTF_8);
        int status = api.get("/api/queries/supplier-league?year=2023&name=" + big, "application/json").statusCode();
        assertTrue(status == 400 || status == 414 || status == 431, "1 MB value: " + status);
        assertEquals(400, api.get("/api/queries/supplier-league?year=2023&name=" + "x".repeat(101), "application/json").statusCode());
        assertEquals(before, digest(dsg), "the store is unchanged");
    }

    @Test
    void theCatalogueIsInTheGraph() throws Exception {
        String q = URLEncoder.encode("PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT (COUNT(?q) AS ?n) WHERE { ?q a sh:SPARQLSelectExecutable ; rdfs:label ?l ; sh:select ?text FILTER(LANG(?l) = 'sv') }",
                StandardCharsets.UTF_8);
        HttpResponse<String> r = api.get("/sparql?query=" + q, "text/csv");
        assertEquals("n\r\n" + library.all().size() + "\r\n", r.body());
        var graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(api.get("/api/queries.ttl", "text/turtle").body(), Lang.TURTLE).parse(graph);
        assertTrue(graph.isIsomorphicWith(Catalogue.rdf(library, se.openup.loader.rdf.Iris.DEFAULT_BASE)));
        assertFalse(Catalogue.publish(GoldenStore.dataset(), library, se.openup.loader.rdf.Iris.DEFAULT_BASE),
                "publishing an unchanged catalogue writes nothing");
    }

    @Test
    void rowCapAndTimeout() throws Exception {
        DatasetGraph dsg = GoldenStore.dataset();
        try (OpenUpServer capped = OpenUpServer.start(dsg, ServerConfig.defaults(0).withResultCap(2));
             OpenUpServer hurried = OpenUpServer.start(dsg, ServerConfig.defaults(0).withTimeout(Duration.ofMillis(1)))) {
            JsonNode answer = new ApiClient(capped.url()).json("/api/queries/supplier-league?year=2023");
            assertEquals(2, answer.get("rows").size());
            assertTrue(answer.get("truncated").asBoolean());
            HttpResponse<String> late = new ApiClient(hurried.url()).get("/api/queries/concentration?year=2023", "application/json");
            assertEquals(503, late.statusCode(), late.body());
            assertNotEquals(-1, late.body().indexOf("longer than the server allows"));
        }
    }

    static String digest(DatasetGraph dsg) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> quads = Txn.calculateRead(dsg, () -> {
            List<String> all = new ArrayList<>();
            dsg.find().forEachRemaining(q -> all.add(q.toString()));
            return all;
        });
        quads.sort(null);
        for (String q : quads) sha.update(q.getBytes(StandardCharsets.UTF_8));
        return quads.size() + ":" + HexFormat.of().formatHex(sha.digest());
    }
}
