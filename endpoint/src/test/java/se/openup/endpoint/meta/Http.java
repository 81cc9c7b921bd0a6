package se.openup.endpoint.meta;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Real HTTP against a running server: pages, and SPARQL through its /sparql endpoint. */
final class Http {
    static final String PREFIXES = """
            PREFIX payment: <http://reference.data.gov.uk/def/payment#>
            PREFIX ocds: <http://data.tbfy.eu/ontology/ocds#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String server;

    Http(String server) { this.server = server; }

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new AssertionError(path + " → " + r.statusCode() + ": " + r.body());
        return r;
    }

    /** Solutions of a query (our PREFIXes added), each variable as its lexical form or IRI. */
    List<Map<String, String>> select(String query) throws Exception { return rows(PREFIXES + query); }

    /** The first solution's value of {@code var}. */
    String value(String query, String var) throws Exception { return select(query).get(0).get(var); }

    /** Solutions of a complete query, as sent. */
    List<Map<String, String>> rows(String query) throws Exception {
        String body = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json").body();
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, String>> rows = new ArrayList<>();
        rs.forEachRemaining(s -> {
            Map<String, String> row = new HashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
            rows.add(row);
        });
        return rows;
    }

    boolean ask(String query) throws Exception {
        String body = get("/sparql?query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8),
                "application/sparql-results+json").body();
        return body.replace(" ", "").contains("\"boolean\":true");
    }
}
