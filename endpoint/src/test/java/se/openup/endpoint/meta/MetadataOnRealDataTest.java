package se.openup.endpoint.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCTerms;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.link.SupplierLinks;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/**
 * The real Örebro ledger and the real municipalities, plus the loader's invented procurement fixture, served by a
 * real server: the home page, VoID and the DCAT-AP-SE catalogue say what the store holds, the catalogue passes the
 * DCAT-AP-SE shapes (and a catalogue missing a mandatory property does not), every editor example answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetadataOnRealDataTest {
    static final String ID = Iris.DEFAULT_BASE;
    static final String OREBRO_GRAPH = ID + "graph/orebro-2016/orebro-2016-03-xlsx";
    static final ValueFactory VF = SimpleValueFactory.getInstance();
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";

    GraphStore store;
    OpenUpServer server;
    Http http;

    @BeforeAll
    void load(@TempDir Path dir) {
        Path data = Path.of(System.getProperty("openup.data"));
        Path fixtures = Path.of("../loader/src/test/resources/procurement");
        store = GraphStore.open(dir.resolve("store"));
        store.load(data.resolve("reference/municipalities.csv"), MappingProfiles.builtIn("reference-municipalities"));
        store.load(data.resolve("ledgers/orebro-2016-03/Orebro.2016-03.xlsx"), MappingProfiles.builtIn("orebro-2016"));
        store.load(fixtures.resolve("value-fixture.tsv"),
                MappingProfiles.resolve(fixtures.resolve("value-fixture.yaml").toString()));
        SupplierLinks.run(store.dataset(), Iris.defaults());
        server = OpenUpServer.start(store.dataset(), ServerConfig.defaults(0));
        http = new Http(server.url());
    }

    @AfterAll
    void close() {
        server.close();
        store.close();
    }

    @Test
    void homePageShowsTheLoadersFiguresOfOrebro() throws Exception {
        String page = http.get("/", "text/html").body();
        Matcher row = Pattern.compile("<tr><td>[^<]*</td><td title=\"" + Pattern.quote(OREBRO_GRAPH) + "\">.*?</tr>",
                Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), page);
        // the loader's report for the file: 68 021 rows, Σ 450 187 283,39 SEK, 0 rejected, 266 redacted
        assertEquals(List.of("Örebro kommun", "Orebro.2016-03.xlsx", "2016-03", "ledger", "68\u00a0021", "0", "266",
                "450\u00a0187\u00a0283,39"), cells(row.group()));
        // and the payments themselves agree with those figures
        Map<String, String> counted = http.select("""
                SELECT (COUNT(?p) AS ?n) (SUM(?a) AS ?sum) (SUM(IF(EXISTS { ?p payment:payee/a payment:Redaction }, 1, 0)) AS ?redacted)
                WHERE { GRAPH <%s> { ?p a payment:Payment ; payment:netAmount ?a } }""".formatted(OREBRO_GRAPH)).get(0);
        assertEquals("68021", counted.get("n"));
        assertEquals(0, new BigDecimal("450187283.39").compareTo(new BigDecimal(counted.get("sum"))));
        assertEquals("266", counted.get("redacted"));
        // the totals (only one ledger is loaded, so they are Örebro's) and the procurement fixture's processes
        assertTrue(page.contains("id=\"payments\">68\u00a0021<"), page);
        assertTrue(page.contains("id=\"paid\">450\u00a0187\u00a0283,39 kr<"), page);
        assertTrue(page.contains("id=\"redacted\">266<"), page);
        // rejected: Örebro's 0 plus the procurement fixture's invented bad rows, each one on record in the graph
        String rejected = http.value("SELECT (COUNT(?r) AS ?n) { ?r a <https://w3id.org/openup/def#RejectedRow> }", "n");
        assertTrue(page.contains("id=\"rejected\">" + rejected + "<") && !rejected.equals("0"), page);
        String processes = http.value("SELECT (COUNT(?p) AS ?n) { ?p a ocds:ContractingProcess }", "n");
        assertTrue(page.contains("id=\"processes\">" + processes + "<"), page);
        for (String link : List.of("/queries", "/editor", "/catalog", "/.well-known/void", "/def"))
            assertTrue(page.contains("href=\"" + link + "\""), link);
    }

    @Test
    void voidDescribesTheWholeStore() throws Exception {
        org.eclipse.rdf4j.model.Model v = Rio.parse(new ByteArrayInputStream(
                http.get("/.well-known/void", "text/turtle").body().getBytes(StandardCharsets.UTF_8)), "", RDFFormat.TURTLE);
        IRI all = VF.createIRI(ID + "dataset/all");
        assertEquals(VF.createIRI(server.url() + "/sparql"), Models.object(v.filter(all, vo("sparqlEndpoint"), null)).orElseThrow());
        assertEquals(ID, Models.objectString(v.filter(all, vo("uriSpace"), null)).orElseThrow());
        assertEquals(Long.parseLong(http.value("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "n")), longOf(v, all, "triples"));
        assertEquals(org.eclipse.rdf4j.model.vocabulary.XSD.INTEGER,
                Models.objectLiteral(v.filter(all, vo("triples"), null)).orElseThrow().getDatatype());
        assertEquals(Long.parseLong(http.value("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }", "n")), longOf(v, all, "classes"));
        // the class partition of payments counts Örebro's 68 021 rows
        var paymentPartition = Models.subject(v.filter(null, vo("class"),
                VF.createIRI("http://reference.data.gov.uk/def/payment#Payment"))).orElseThrow();
        assertEquals(68_021L, Models.objectLiteral(v.filter(paymentPartition, vo("entities"), null)).orElseThrow().longValue());
        // one subset per named graph, with that graph's triples
        Set<String> graphs = new HashSet<>();
        http.select("SELECT DISTINCT ?g { GRAPH ?g { } }").forEach(r -> graphs.add(r.get("g")));
        Set<String> subsets = new HashSet<>();
        v.filter(all, vo("subset"), null).objects().forEach(o -> { if (o instanceof IRI i) subsets.add(i.stringValue()); });
        assertEquals(graphs, subsets);
        assertEquals(Long.parseLong(http.value("SELECT (COUNT(*) AS ?n) { GRAPH <" + OREBRO_GRAPH + "> { ?s ?p ?o } }", "n")),
                longOf(v, VF.createIRI(OREBRO_GRAPH), "triples"));
        // example resources are real: a payment, its supplier and its buyer
        List<String> examples = v.filter(all, vo("exampleResource"), null).objects().stream().map(Object::toString).toList();
        assertEquals(3, examples.size());
        String payment = examples.stream().filter(e -> e.startsWith(ID + "payment/")).findFirst().orElseThrow();
        String others = examples.stream().filter(e -> !e.equals(payment)).map(e -> "<" + e + ">").reduce((x, y) -> x + ", " + y).orElseThrow();
        assertTrue(http.ask("ASK { <%s> payment:payee ?s ; payment:payer ?b FILTER (?s IN (%s) && ?b IN (%s) && ?s != ?b) }"
                .formatted(payment, others, others)), examples.toString());
        // the supplier-name links are a linkset, counted
        var closeMatch = Models.subject(v.filter(null, vo("linkPredicate"),
                VF.createIRI("http://www.w3.org/2004/02/skos/core#closeMatch"))).orElseThrow();
        assertEquals(Long.parseLong(http.value("SELECT (COUNT(*) AS ?n) { ?a skos:closeMatch ?b }", "n")),
                longOf(v, (org.eclipse.rdf4j.model.Resource) closeMatch, "triples"));
        // the same description in RDF/XML
        org.eclipse.rdf4j.model.Model xml = Rio.parse(new ByteArrayInputStream(http.get("/.well-known/void", "application/rdf+xml")
                .body().getBytes(StandardCharsets.UTF_8)), "", RDFFormat.RDFXML);
        assertTrue(Models.isomorphic(v, xml));
    }

    @Test
    void catalogueParsesInTurtleAndRdfXmlAndConformsToDcatApSe() throws Exception {
        String turtle = http.get("/catalog", "text/turtle").body();
        org.eclipse.rdf4j.model.Model ttl = Rio.parse(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), "", RDFFormat.TURTLE);
        org.eclipse.rdf4j.model.Model xml = Rio.parse(new ByteArrayInputStream(http.get("/catalog", "application/rdf+xml")
                .body().getBytes(StandardCharsets.UTF_8)), "", RDFFormat.RDFXML);
        assertTrue(Models.isomorphic(ttl, xml), "Turtle and RDF/XML say the same");

        Model catalogue = jena(turtle);
        ValidationReport report = validate(catalogue);
        assertTrue(report.conforms(), () -> report.getEntries().toString());

        Resource orebro = catalogue.getResource(ID + "source/orebro-2016/orebro-2016-03-xlsx");
        String origin = "https://raw.githubusercontent.com/Sambruk/Open-Accounts-Payable/291e79a8c8cabc2eac48efb692a92d1051e3c9f0/examples/Orebro.2016-03.xlsx";
        assertEquals(origin, orebro.getPropertyResourceValue(catalogue.createProperty(DCAT + "accessURL")).getURI());
        assertEquals(origin, orebro.getPropertyResourceValue(catalogue.createProperty(DCAT + "downloadURL")).getURI());
        assertEquals(DcatCatalogue.CC0, orebro.getPropertyResourceValue(DCTerms.license).getURI());
        assertEquals("http://publications.europa.eu/resource/authority/file-type/XLSX",
                orebro.getPropertyResourceValue(DCTerms.format).getURI());
        Resource dataset = catalogue.getResource(ID + "dataset/2120001967/2016");
        Resource temporal = dataset.getPropertyResourceValue(DCTerms.temporal);
        assertEquals("2016-03-01", temporal.getProperty(catalogue.createProperty(DCAT + "startDate")).getString());
        assertEquals("2016-03-31", temporal.getProperty(catalogue.createProperty(DCAT + "endDate")).getString());
        assertEquals("Örebro kommun", dataset.getPropertyResourceValue(DCTerms.publisher)
                .getProperty(catalogue.createProperty(DcatCatalogue.FOAF + "name")).getString());
        // a file whose origin is not on record is reached through the SPARQL endpoint, with no licence guessed
        Resource fixture = catalogue.getResource(ID + "source/procurement-fixture/value-fixture-tsv");
        assertEquals(server.url() + "/sparql", fixture.getPropertyResourceValue(catalogue.createProperty(DCAT + "accessURL")).getURI());
        assertFalse(fixture.hasProperty(DCTerms.license));
    }

    @Test
    void shapesRejectACatalogueMissingAMandatoryProperty() throws Exception {
        Model complete = jena(http.get("/catalog", "text/turtle").body());
        List<String> mandatory = List.of(DCTerms.description.getURI(), DCAT + "accessURL", DcatCatalogue.FOAF + "name",
                DCTerms.license.getURI(), DCAT + "endpointURL");
        for (String property : mandatory) {
            Model broken = ModelFactory.createDefaultModel().add(complete);
            broken.removeAll(null, broken.createProperty(property), null);
            ValidationReport report = validate(broken);
            assertFalse(report.conforms(), "without " + property);
            assertTrue(report.getEntries().stream().allMatch(e -> e.resultPath().toString().contains(property)),
                    () -> report.getEntries().toString());
        }
    }

    @Test
    void everyEditorExampleParsesAndAnswers() throws Exception {
        List<ExampleQueries.Example> examples = ExampleQueries.all();
        assertTrue(examples.size() >= 4, "4–6 examples");
        String editor = http.get("/editor", "text/html").body();
        for (ExampleQueries.Example e : examples) {
            QueryFactory.create(e.query()); // parses (throws otherwise)
            assertFalse(http.rows(e.query()).isEmpty(), e.file() + " returned no row");
            assertTrue(editor.contains("data-title=\"" + e.title().replace("/", "&#x2F;") + "\"")
                    || editor.contains("data-title=\"" + e.title() + "\""), e.title());
        }
        // query text is escaped into the page, never parsed as HTML
        assertTrue(editor.contains("&lt;https://w3id.org/openup/id/org/2120001967&gt;"), editor);
        assertTrue(editor.contains("/assets/vendor/yasgui/yasgui.min.js"));
    }

    static IRI vo(String local) { return VF.createIRI(VOID + local); }

    static long longOf(org.eclipse.rdf4j.model.Model m, org.eclipse.rdf4j.model.Resource s, String voidProperty) {
        return Models.objectLiteral(m.filter(s, vo(voidProperty), null)).orElseThrow().longValue();
    }

    static List<String> cells(String row) {
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row);
        List<String> cells = new java.util.ArrayList<>();
        while (cell.find()) cells.add(cell.group(1).trim());
        return cells;
    }

    static Model jena(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        return m;
    }

    static ValidationReport validate(Model catalogue) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("../ontology/dcat-ap-se-shapes.ttl"));
        return ShaclValidator.get().validate(shapes, catalogue.getGraph());
    }
}
