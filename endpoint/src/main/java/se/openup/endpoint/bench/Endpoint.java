package se.openup.endpoint.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** One HTTP endpoint asked over the SPARQL protocol (or a plain GET), timed from request to the last byte read. */
public final class Endpoint {
    /** A SELECT answer: its columns and rows of terms (null = unbound). */
    public record Table(List<String> columns, List<List<Node>> rows) {}

    /** One request: the answer (null for plain GETs) or what went wrong, and its wall time. */
    public record Reply(Table table, String error, long nanos) {
        public boolean ok() { return error == null; }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Duration timeout;

    public Endpoint(Duration timeout) { this.timeout = timeout; }

    /** POSTs the query as an HTML form (SPARQL 1.1 protocol) asking for SPARQL JSON results, and reads them. */
    public Reply select(String sparqlUrl, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sparqlUrl)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return send(request, true);
    }

    /** A GET whose body is only checked for its status (the saved-query API). */
    public Reply get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json").GET().build(), false);
    }

    private Reply send(HttpRequest request, boolean parse) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            if (response.statusCode() != 200)
                return new Reply(null, "HTTP " + response.statusCode() + ": " + firstLine(new String(response.body(), StandardCharsets.UTF_8)), nanos);
            // an answer Virtuoso cut short (anytime query) says so in a header; the ini disables it, this checks
            if (response.headers().firstValue("X-SQL-State").isPresent())
                return new Reply(null, "partial answer: " + response.headers().firstValue("X-SQL-Message").orElse("?"), nanos);
            return new Reply(parse ? table(response.body()) : null, null, nanos);
        } catch (HttpTimeoutException e) {
            return new Reply(null, "timed out after " + timeout.toSeconds() + " s", System.nanoTime() - start);
        } catch (IOException e) {
            return new Reply(null, "I/O: " + e, System.nanoTime() - start); // a dropped connection has no message
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(null, "interrupted", System.nanoTime() - start);
        }
    }

    static Table table(byte[] json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        List<String> columns = List.copyOf(rs.getResultVars());
        List<List<Node>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Node[] row = new Node[columns.size()];
            for (int i = 0; i < row.length; i++) {
                var n = s.get(columns.get(i));
                row[i] = n == null ? null : n.asNode();
            }
            rows.add(Arrays.asList(row));
        }
        return new Table(columns, rows);
    }

    /** Virtuoso puts its error text in the body; one line of it is enough for a report. */
    static String firstLine(String body) {
        String line = body.strip().split("\n", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
