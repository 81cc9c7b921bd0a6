package se.openup.endpoint.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.export.Dumps;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.store.GraphStore;

/**
 * /api/ocds/… and /dumps/ over real HTTP on a real server: the Göteborg fixture ledger (invented rows, real loader)
 * in a TDB2 store; OCDS responses checked against the official release schema from the shared data.
 */
class ExportsApiTest {
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "not-for-download";
    @TempDir
    static Path tmp;
    static GraphStore store;
    static OpenUpServer server;
    static Dumps.Written dump;

    @BeforeAll
    static void start() throws Exception {
        store = GraphStore.open(tmp.resolve("store"));
        store.load(Path.of(System.getProperty("openup.root"),
                "loader/src/test/resources/fixtures/goteborg-csv/leverantorsfakturor-201903.csv"),
                MappingProfiles.builtIn("goteborg-csv"));
        Path dumps = Files.createDirectories(tmp.resolve("dumps"));
        dump = Dumps.write(store.dataset(), "nt.gz", null, dumps.resolve("openup-all.nt.gz"));
        Files.writeString(tmp.resolve("secret.nt.gz"), SECRET);   // beside the dumps directory
        Files.writeString(dumps.resolve("notes.txt"), SECRET);     // inside it, but not a dump
        server = OpenUpServer.start(store.dataset(), ServerConfig.defaults(0).withDumps(dumps));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonSchema releaseSchema() throws Exception {
        JsonNode schema = JSON.readTree(Path.of(System.getProperty("openup.data"), "schemas/ocds-1.1-release-schema.json").toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    /** Every release valid; the package wrapper complete. Returns the number of transactions. */
    static long validPackage(HttpResponse<byte[]> r) throws Exception {
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode pkg = JSON.readTree(r.body());
        for (String f : List.of("uri", "publishedDate", "publisher", "version", "releases"))
            assertFalse(pkg.path(f).isMissingNode(), f);
        assertTrue(pkg.path("uri").asText().startsWith(server.url() + "/api/ocds/"), "uri: where the package came from");
        JsonSchema schema = releaseSchema();
        long transactions = 0;
        assertTrue(pkg.path("releases").size() > 0);
        for (JsonNode release : pkg.path("releases")) {
            Set<ValidationMessage> errors = schema.validate(release);
            assertTrue(errors.isEmpty(), () -> release.path("ocid") + ": " + errors);
            for (JsonNode c : release.path("contracts")) transactions += c.path("implementation").path("transactions").size();
        }
        return transactions;
    }

    @Test
    void buyerPackageValidatesAndHoldsEveryPayment() throws Exception {
        // the fixture's expected.yaml: 18 rows, 2 rejected → 16 payments, all paid by Göteborgs stad
        HttpResponse<byte[]> r = get("/api/ocds/buyer/212000-1355", "application/json");
        assertEquals(16, validPackage(r));
        assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("19121212"), "no personnummer");
    }

    @Test
    void supplierPackageValidates() throws Exception {
        assertEquals(1, validPackage(get("/api/ocds/supplier/5592114879", "application/json")));
    }

    @Test
    void unknownOrganisationIs404AndBadNumbersAre400() throws Exception {
        assertEquals(404, get("/api/ocds/buyer/5560145889", "application/json").statusCode(), "valid, not in the store");
        assertEquals(404, get("/api/ocds/supplier/2120001355", "application/json").statusCode(), "a buyer, never paid");
        for (String bad : List.of("12345", "abcdefghij", "5560145888", "19121212-1212", "121212-1212")) {
            HttpResponse<byte[]> r = get("/api/ocds/buyer/" + bad, "application/json");
            assertEquals(400, r.statusCode(), bad);
            assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains(bad), "the input is not echoed");
        }
    }

    @Test
    void dumpsAreListedAndServedWithTheirChecksum() throws Exception {
        HttpResponse<byte[]> page = get("/dumps/", "text/html");
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("openup-all.nt.gz") && html.contains(dump.sha256()), html);
        assertFalse(html.contains("notes.txt"));

        JsonNode list = JSON.readTree(get("/dumps", "application/json").body());
        assertEquals(1, list.size());
        assertEquals(dump.sha256(), list.get(0).path("sha256").asText());
        assertEquals("application/n-triples", list.get(0).path("mediaType").asText());

        HttpResponse<byte[]> file = get("/dumps/openup-all.nt.gz", "*/*");
        assertEquals(200, file.statusCode());
        assertEquals("application/gzip", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Encoding").isEmpty(), "the gzip is the file, not a transfer encoding");
        assertEquals(dump.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())));
        HttpResponse<byte[]> side = get("/dumps/openup-all.nt.gz.sha256", "*/*");
        assertEquals(dump.sha256() + "  openup-all.nt.gz\n", new String(side.body(), StandardCharsets.US_ASCII));
    }

    @Test
    void voidListsTheDumps() throws Exception {
        HttpResponse<byte[]> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        String turtle = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(turtle.contains("dataDump") && turtle.contains("<" + server.url() + "/dumps/openup-all.nt.gz>"), turtle);
    }

    @Test
    void theCatalogueOffersTheDumpsAsDistributionsOfTheWholeGraph() throws Exception {
        HttpResponse<byte[]> r = get("/catalog", "text/turtle");
        assertEquals(200, r.statusCode());
        org.apache.jena.rdf.model.Model catalogue = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(new String(r.body(), StandardCharsets.UTF_8), org.apache.jena.riot.Lang.TURTLE)
                .parse(catalogue);
        String dcat = "http://www.w3.org/ns/dcat#";
        String spdx = "http://spdx.org/rdf/terms#";
        var download = catalogue.createResource(server.url() + "/dumps/openup-all.nt.gz");
        var distribution = catalogue.listSubjectsWithProperty(catalogue.createProperty(dcat + "downloadURL"), download).toList();
        assertEquals(1, distribution.size(), "one distribution per dump");
        var d = distribution.get(0);
        assertEquals(dump.bytes(), d.getProperty(catalogue.createProperty(dcat + "byteSize")).getLong());
        assertEquals("https://www.iana.org/assignments/media-types/application/n-triples",
                d.getPropertyResourceValue(catalogue.createProperty(dcat + "mediaType")).getURI());
        assertEquals(dump.sha256(), d.getPropertyResourceValue(catalogue.createProperty(spdx + "checksum"))
                .getProperty(catalogue.createProperty(spdx + "checksumValue")).getString());
        assertTrue(catalogue.contains(null, catalogue.createProperty(dcat + "distribution"), d), "a dataset offers it");
        var shapes = org.apache.jena.shacl.Shapes.parse(org.apache.jena.riot.RDFDataMgr.loadGraph("../ontology/dcat-ap-se-shapes.ttl"));
        var report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, catalogue.getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void nothingOutsideTheDumpsIsServed() throws Exception {
        for (String path : List.of("/dumps/notes.txt", "/dumps/..%2Fsecret.nt.gz", "/dumps/%2e%2e%2fsecret.nt.gz",
                "/dumps/%2E%2E/secret.nt.gz", "/dumps/..%5Csecret.nt.gz", "/dumps/missing.nt.gz", "/dumps/.nt.gz")) {
            HttpResponse<byte[]> r = get(path, "*/*");
            assertNotEquals(200, r.statusCode(), path);
            assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains(SECRET), path);
        }
    }
}
