package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.openup.loader.rdf.Iris;

/** The query pages as HTML over real HTTP on the golden store (what the browser test does not need a browser for). */
class QueryPagesTest {
    static ApiClient http;
    static QueryLibrary library;

    @BeforeAll
    static void start() throws Exception {
        http = new ApiClient(GoldenStore.server().url());
        library = QueryLibrary.load(Iris.DEFAULT_BASE);
    }

    @Test
    void theListLinksEveryQueryByItsTitleInEitherLanguage() throws Exception {
        String sv = page("/queries", 200);
        String en = page("/queries?lang=en", 200);
        for (SavedQuery q : library.all()) {
            assertTrue(sv.contains("<a href=\"/queries/" + q.id() + "\">" + escape(q.title().get("sv")) + "</a>"), q.id());
            assertTrue(en.contains("<a href=\"/queries/" + q.id() + "?lang=en\">" + escape(q.title().get("en")) + "</a>"), q.id());
        }
        assertTrue(sv.contains("<h2>Granskning</h2>") && en.contains("<h2>Scrutiny</h2>"));
        assertTrue(sv.contains("<html lang=\"sv\">") && en.contains("<html lang=\"en\">"));
    }

    @Test
    void aQueryPageHasItsFormCaveatDownloadsAndBoundSparql() throws Exception {
        String html = page("/queries/duplicate-invoices?year=2023&municipality=2120000019", 200);
        assertTrue(html.contains("<option value=\"0114\" selected>Upplands Väsby (0114)</option>"), "the orgnr selects its kommunkod");
        assertTrue(html.contains("<option value=\"\">(alla)</option>"), "an optional municipality can be left empty");
        assertTrue(html.contains("name=\"year\" type=\"number\" value=\"2023\" min=\"2000\" max=\"2100\" required"));
        assertTrue(html.contains(escape(library.get("duplicate-invoices").caveat().get("sv"))));
        assertTrue(html.contains("href=\"/api/queries/duplicate-invoices.csv?year=2023&amp;municipality=2120000019\""));
        assertTrue(html.contains("href=\"/api/queries/duplicate-invoices.json?year=2023&amp;municipality=2120000019\""));
        assertTrue(html.contains("&lt;https://w3id.org/openup/id/org/2120000019&gt;"), "the shown SPARQL has the values bound");
        assertTrue(html.contains("href=\"/editor#query=PREFIX"));
        assertEquals(404, http.get("/queries/no-such-query", "text/html").statusCode());
    }

    @Test
    void theBoundSparqlParsesAndBadValuesAreRefused() throws Exception {
        HttpResponse<String> ok = http.get("/queries/supplier-league/sparql?year=2023&name=%22%7D%3B%20DROP%20ALL%20%23", "text/plain");
        assertEquals(200, ok.statusCode());
        Query q = QueryFactory.create(ok.body());
        assertTrue(q.isSelectType());
        assertTrue(ok.body().contains("\"\\\"}; DROP ALL #\""), "the value is one escaped literal: " + ok.body());
        HttpResponse<String> bad = http.get("/queries/supplier-league/sparql?year=abc", "text/plain");
        assertEquals(400, bad.statusCode());
        assertEquals("parameter 'year' must be a whole number", bad.body());
    }

    @Test
    void sentValuesAreEscapedInThePage() throws Exception {
        String html = page("/queries/supplier-league?year=2023&name=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200);
        assertFalse(html.contains("<script>alert(1)"));
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }

    private static String page(String path, int status) throws Exception {
        HttpResponse<String> r = http.get(path, "text/html");
        assertEquals(status, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return r.body();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
