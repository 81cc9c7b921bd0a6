package se.openup.endpoint.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.rdf.Vocab;

/** Every IRI we mint resolves, over real HTTP, in every format; RDF4J Rio (not Jena) parses what we send. */
class LinkedDataTest {
    static OpenUpServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ValueFactory rdf = SimpleValueFactory.getInstance();
    static final String SUPPLIER_PATH = "/id/org/5560000001";

    @BeforeAll
    static void start() { server = OpenUpServer.start(Fixture.dataset(), ServerConfig.defaults(0)); }

    @AfterAll
    static void stop() { server.close(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (accept != null) request.header("Accept", accept);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Model parse(HttpResponse<String> response, RDFFormat format) throws Exception {
        return Rio.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), "", format);
    }

    static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void aSupplierInEveryRdfFormatParsesToTheSameTriples() throws Exception {
        Model turtle = null;
        Object[][] formats = {
            {"text/turtle", RDFFormat.TURTLE}, {"application/ld+json", RDFFormat.JSONLD},
            {"application/n-triples", RDFFormat.NTRIPLES}, {"application/rdf+xml", RDFFormat.RDFXML}};
        IRI supplier = rdf.createIRI(Fixture.SUPPLIER.getURI());
        for (Object[] f : formats) {
            HttpResponse<String> response = get(SUPPLIER_PATH, (String) f[0]);
            assertEquals(200, response.statusCode(), (String) f[0]);
            assertTrue(contentType(response).startsWith((String) f[0]), contentType(response));
            assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
            Model model = parse(response, (RDFFormat) f[1]);
            assertTrue(model.contains(supplier, rdf.createIRI(Vocab.SCHEMA + "name"), rdf.createLiteral(Fixture.SCRIPT_NAME)),
                    f[0] + " keeps the name as data, unescaped");
            assertTrue(model.contains(supplier, rdf.createIRI(Vocab.SCHEMA + "name"), rdf.createLiteral("EVIL AB")),
                    "names from both files (the union of all graphs)");
            // the identifier's notation: a label of a linked resource, there for display
            assertTrue(model.contains(rdf.createIRI(Fixture.IRIS.identifier("SE-ON", "5560000001").getURI()),
                    rdf.createIRI(Vocab.SKOS + "notation"), rdf.createLiteral("5560000001")));
            if (turtle == null) turtle = model;
            else assertTrue(Models.isomorphic(turtle, model), f[0] + " says what Turtle says");
        }
        // own triples: 2 types, 2 names, nameAsPublished, identifier (the same in both files, once); +1 label of it
        assertEquals(7, turtle.size(), turtle.toString());
    }

    @Test
    void extensionsAndFormatParameterAreShareableLinks() throws Exception {
        HttpResponse<String> ttl = get(SUPPLIER_PATH + ".ttl", "text/html");
        assertEquals(200, ttl.statusCode());
        assertTrue(contentType(ttl).startsWith("text/turtle"), contentType(ttl));
        HttpResponse<String> nt = get(SUPPLIER_PATH + ".nt", null);
        assertEquals(7, parse(nt, RDFFormat.NTRIPLES).size());
        HttpResponse<String> jsonld = get(SUPPLIER_PATH + "?format=jsonld", "text/html");
        assertTrue(contentType(jsonld).startsWith("application/ld+json"), contentType(jsonld));
        assertEquals(7, parse(jsonld, RDFFormat.JSONLD).size());
        assertTrue(contentType(get(SUPPLIER_PATH + ".html", "text/turtle")).startsWith("text/html"));
        assertEquals(400, get(SUPPLIER_PATH + "?format=pdf", null).statusCode());
    }

    @Test
    void acceptHeadersWithQualities() throws Exception {
        assertTrue(contentType(get(SUPPLIER_PATH, "text/turtle;q=0.5, application/ld+json;q=0.9"))
                .startsWith("application/ld+json"));
        assertTrue(contentType(get(SUPPLIER_PATH, "text/html;q=0, */*;q=0.1")).startsWith("text/turtle"),
                "q=0 refuses HTML; the next of ours in order is Turtle");
        assertTrue(contentType(get(SUPPLIER_PATH, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .startsWith("text/html"), "a browser gets HTML");
        assertTrue(contentType(get(SUPPLIER_PATH, null)).startsWith("text/html"));
        HttpResponse<String> none = get(SUPPLIER_PATH, "application/pdf, image/*;q=0.5");
        assertEquals(406, none.statusCode());
        assertEquals("Accept", none.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void anIriWeNeverMintedIsNotFound() throws Exception {
        HttpResponse<String> page = get("/id/org/0000000000", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html"));
        HttpResponse<String> text = get("/id/org/0000000000", "text/turtle");
        assertEquals(404, text.statusCode());
        assertTrue(contentType(text).startsWith("text/plain"));
        HttpResponse<String> script = get("/id/%3Cscript%3Ealert(1)%3C/script%3E", "text/html");
        assertEquals(404, script.statusCode());
        assertFalse(script.body().contains("<script>alert"), "the echoed IRI is escaped");
        assertEquals(404, get("/id/org/vat", "text/turtle").statusCode(), "a prefix of minted IRIs is not one");
    }

    @Test
    void theSupplierPageEscapesItsNameAndShowsWhatItWasPaid() throws Exception {
        HttpResponse<String> page = get(SUPPLIER_PATH, "text/html");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertFalse(html.contains("<script>alert"), "a name is text, never markup");
        assertTrue(html.contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; AB"), "the name is shown, escaped");
        assertTrue(html.contains(Fixture.SUPPLIER.getURI()), "the canonical IRI is shown");
        assertTrue(html.contains("<strong>5560000001</strong>"), "its identifier");
        assertTrue(html.contains("href=\"/id/org/2120001967\""), "the buyer links to its local page");
        // 1 234 567,50 + 100,25 in 2016, −50 in 2017: per buyer and per year, Swedish style
        assertTrue(html.contains("1\u00a0234\u00a0667,75\u00a0kr"), "total for 2016");
        assertTrue(html.contains("-50,00\u00a0kr"), "total for 2017");
        assertTrue(html.contains("1\u00a0234\u00a0617,75\u00a0kr"), "total for the one buyer");
        assertTrue(html.contains("Lokalvård &lt;i&gt;i&lt;/i&gt; regionen"), "the contract naming its linked name");
        assertTrue(html.contains("href=\"/id/supplier/2021006610/evil-ab\""), "the linked name-only organisation");
        assertTrue(html.contains("href=\"http://schema.org/name\""), "an external IRI links out as it is");
        assertTrue(html.contains("href=\"" + SUPPLIER_PATH + ".ttl\""), "links to the other formats");
    }

    @Test
    void anOrganisationThatPaysAndIsPaidShowsBothSections() throws Exception {
        String html = get("/id/org/2321000164", "text/html").body();
        assertTrue(html.contains("Leverantör / Supplier"), html);
        assertTrue(html.contains("Köpare / Buyer"), html);
        assertTrue(html.contains("9\u00a0632,00\u00a0kr"), "paid by Örebro");
        assertTrue(html.contains("Lokalvård &lt;i&gt;i&lt;/i&gt; regionen"), "its procurement");
        assertFalse(html.contains("Totalt / Total (0)"), "no empty payment tables for a buyer that paid nothing here");
    }

    @Test
    void theBuyerPageShowsTotalsSuppliersAndUnits() throws Exception {
        String html = get("/id/org/2120001967", "text/html").body();
        assertTrue(html.contains("<h1>Örebro</h1>"), "the Swedish label is the title");
        assertTrue(html.contains("1\u00a0249\u00a0299,75\u00a0kr"), "2016: four payments");
        assertTrue(html.contains("BGR Grundskolenämnd"), "its unit");
        assertTrue(html.contains("Maskerad betalningsmottagare"), "the redacted payee, by its label");
        assertTrue(html.contains(">EVIL AB</a>"), "the top supplier, by one of its names (the same one every time)");
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void thePaymentPageShowsItsRowAndSourceLine() throws Exception {
        String html = get("/id/payment/orebro-2016/orebro-2016-03-xlsx/2", "text/html").body();
        assertTrue(html.contains("1\u00a0234\u00a0567,50\u00a0kr"), "the amount, Swedish style");
        assertTrue(html.contains(">Orebro.2016-03.xlsx</a>"), "the source file, linked");
        assertTrue(html.contains("href=\"/id/source/orebro-2016/orebro-2016-03-xlsx\""));
        assertTrue(html.contains("line 2"), html);
        HttpResponse<String> turtle = get("/id/payment/orebro-2016/orebro-2016-03-xlsx/2", "text/turtle");
        assertTrue(parse(turtle, RDFFormat.TURTLE).contains(rdf.createIRI(Fixture.PAYMENT.getURI()),
                rdf.createIRI(Vocab.PAYMENT + "netAmount"), rdf.createLiteral(new java.math.BigDecimal("1234567.5"))),
                "machine formats keep the canonical literal");
    }

    @Test
    void aRedactedPayeeShowsAsRedacted() throws Exception {
        String html = get("/id/redacted/2120001967", "text/html").body();
        assertTrue(html.contains("Maskerad / Redacted"));
        assertTrue(html.contains("5\u00a0000,00\u00a0kr"), "the amount is kept");
        assertFalse(html.contains("Identifierare / Identifier"), "no identifier section");
    }
}
