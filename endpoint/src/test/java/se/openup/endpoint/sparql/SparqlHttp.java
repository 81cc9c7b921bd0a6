package se.openup.endpoint.sparql;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/** Real HTTP against a real server: the few request shapes the SPARQL tests need. */
final class SparqlHttp {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SparqlHttp() { }

    /** An in-memory TDB2 dataset holding the given SSE quads, e.g. {@code (<urn:g> <urn:s> <urn:p> 'o')}. */
    static DatasetGraph dataset(String... quads) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (String quad : quads) dsg.add(SSE.parseQuad(quad));
        });
        return dsg;
    }

    static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String url) { return HttpRequest.newBuilder(URI.create(url)); }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(request(url).header("Accept", accept));
    }

    static HttpResponse<String> getQuery(String endpoint, String query, String accept)
            throws IOException, InterruptedException {
        return get(endpoint + "?query=" + encode(query), accept);
    }

    static HttpResponse<String> postForm(String endpoint, String form, String accept)
            throws IOException, InterruptedException {
        return send(request(endpoint).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static HttpResponse<String> postBody(String endpoint, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        return send(request(endpoint).header("Accept", accept).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
