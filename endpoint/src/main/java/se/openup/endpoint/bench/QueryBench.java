package se.openup.endpoint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.jena.sparql.core.DatasetGraph;
import se.openup.endpoint.queries.Answer;
import se.openup.endpoint.queries.Binder;
import se.openup.endpoint.queries.QueryLibrary;
import se.openup.endpoint.queries.QueryRunner;
import se.openup.endpoint.queries.SavedQuery;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.rdf.Iris;

/**
 * One store's run: the real server on a free port, every saved query asked over HTTP as a client would
 * ({@code GET /api/queries/{id}}), then its payment version ({@code queries/payments/}) bound with the same values
 * and POSTed to the same server's {@code /sparql}. Times are client wall time, request sent to body read.
 */
final class QueryBench {
    static final String PAYMENTS_FOLDER = "payments";

    /**
     * What to run: timed runs after warm-up runs; the payment versions get fewer, each cut off at the timeout. A
     * question's runs stop early once they have taken {@code budget} in all (at least one timed run), so that the
     * slow questions of a large store cannot hold the run for hours; the table says how many runs were made.
     */
    record Settings(int runs, int warmup, int rawRuns, Duration timeout, Duration budget, String base) { }

    /** One question asked: a saved query, with the values it is asked with ({@code variant} says why). */
    record Case(String id, String variant, Map<String, String> request) {
        String params() {
            StringJoiner j = new StringJoiner("&");
            request.forEach((k, v) -> j.add(k + "=" + v));
            return j.length() == 0 ? "(defaults)" : j.toString();
        }
    }

    /** Timed runs of one question on one side; {@code error} set if it failed, {@code timedOut} if cut off. */
    record Side(List<Long> nanos, int rows, boolean timedOut, String error) {
        double median() { return Stats.median(nanos); }

        double p95() { return Stats.p95(nanos); }

        boolean measured() { return error == null && !timedOut && !nanos.isEmpty(); }
    }

    /** A case's saved-query side and, when the query has a payment version, its baseline side (else null). */
    record Outcome(Case question, Side saved, Side raw) {
        boolean rowsDiffer() { return raw != null && raw.measured() && saved.measured() && raw.rows() != saved.rows(); }
    }

    /** {@code choosing}: how long choosing the parameter values took (not part of any timing). */
    record StoreRun(Path store, BenchParams params, Duration choosing, String loadStart, String loadEnd, Duration took,
                    List<Outcome> outcomes) { }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Settings settings;
    private final PrintStream progress;

    QueryBench(Settings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Serves {@code dataset} (the store at {@code store}) for the run's length and asks every case. */
    StoreRun run(Path store, DatasetGraph dataset) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String loadStart = Machine.loadAverage();
        String base = settings.base();
        QueryLibrary saved = QueryLibrary.load(base);
        Map<String, String> paymentFiles = QueryLibrary.shippedFiles(PAYMENTS_FOLDER);
        Map<String, String> merged = new HashMap<>(QueryLibrary.shippedFiles(""));
        merged.putAll(paymentFiles);
        QueryLibrary raw = QueryLibrary.of(merged, base);
        Set<String> withRaw = new java.util.TreeSet<>();
        paymentFiles.keySet().forEach(f -> withRaw.add(f.replaceFirst("\\.rq$", "")));

        ServerConfig config = new ServerConfig(0, base, settings.timeout(), ServerConfig.DEFAULT_RESULT_CAP, Set.of());
        try (OpenUpServer server = OpenUpServer.start(dataset, config)) {
            progress.println(store + ": choosing parameters from the data…");
            long c0 = System.nanoTime();
            BenchParams params = BenchParams.choose(dataset, new Iris(base), settings.timeout().multipliedBy(5), progress);
            Duration choosing = Duration.ofNanos(System.nanoTime() - c0);
            params.describe().forEach((k, v) -> progress.println("  " + k + ": " + v));
            progress.println("  (chosen in " + choosing.toSeconds() + " s)");
            QueryRunner runner = new QueryRunner(dataset, settings.timeout(), ServerConfig.DEFAULT_RESULT_CAP);
            Binder binder = new Binder(base, id -> runner.run(raw.get(id).query()).records());
            List<Outcome> outcomes = new ArrayList<>();
            for (Case c : cases(saved, params)) {
                Side s = savedSide(server.url(), c);
                // --raw-runs 0: the payment versions are not asked at all (no column of figures that were never taken)
                Side r = settings.rawRuns() > 0 && withRaw.contains(c.id()) ? rawSide(server.url(), raw.get(c.id()), c, binder) : null;
                progress.printf("  %-34s %-40s %s%n", c.id(), c.params(), Report.summary(s, r));
                outcomes.add(new Outcome(c, s, r));
            }
            return new StoreRun(store, params, choosing, loadStart, Machine.loadAverage(),
                    Duration.ofNanos(System.nanoTime() - t0), outcomes);
        }
    }

    /** Every saved query once with its required values; those with an optional municipality a second time with one. */
    static List<Case> cases(QueryLibrary library, BenchParams params) {
        List<Case> cases = new ArrayList<>();
        for (SavedQuery q : library.all()) {
            cases.add(new Case(q.id(), "", params.request(q, false)));
            if (BenchParams.hasOptionalMunicipality(q)) cases.add(new Case(q.id(), "municipality", params.request(q, true)));
        }
        return cases;
    }

    private Side savedSide(String url, Case c) throws IOException, InterruptedException {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        c.request().forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/queries/" + encode(c.id()) + query))
                .header("Accept", "application/json").timeout(settings.timeout().plusSeconds(30)).GET().build();
        return timed(request, settings.warmup(), settings.runs(), body -> {
            JsonNode answer = Answer.JSON.readTree(body);
            if (answer.path("truncated").asBoolean()) throw new IOException("the answer was cut at the result cap");
            return answer.get("rowCount").asInt();
        });
    }

    private Side rawSide(String url, SavedQuery paymentVersion, Case c, Binder binder) throws IOException, InterruptedException {
        Map<String, List<String>> request = new LinkedHashMap<>();
        c.request().forEach((k, v) -> request.put(k, List.of(v)));
        String sparql = binder.bind(paymentVersion, request).apply(paymentVersion.query()).serialize();
        HttpRequest post = HttpRequest.newBuilder(URI.create(url + OpenUpServer.SPARQL_PATH))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .timeout(settings.timeout().plusSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
        return timed(post, 0, settings.rawRuns(), body -> Answer.JSON.readTree(body).path("results").path("bindings").size());
    }

    private interface RowCounter {
        int rows(String body) throws IOException;
    }

    /** {@code warmup} untimed then {@code runs} timed requests; stops at the first error or timeout, or over budget. */
    private Side timed(HttpRequest request, int warmup, int runs, RowCounter counter) throws IOException, InterruptedException {
        List<Long> nanos = new ArrayList<>();
        int rows = -1;
        long start = System.nanoTime();
        for (int i = 0; i < warmup + runs; i++) {
            if (!nanos.isEmpty() && System.nanoTime() - start >= settings.budget().toNanos()) break;
            long t0 = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpTimeoutException e) {
                return new Side(nanos, rows, true, null);
            }
            long took = System.nanoTime() - t0;
            if (response.statusCode() == 503 || took >= settings.timeout().toNanos()) return new Side(nanos, rows, true, null);
            if (response.statusCode() != 200) return new Side(nanos, rows, false, "HTTP " + response.statusCode() + ": " + brief(response.body()));
            try {
                rows = counter.rows(response.body());
            } catch (IOException | RuntimeException e) {
                return new Side(nanos, rows, false, "unreadable answer: " + e.getMessage());
            }
            if (i >= warmup) nanos.add(took);
        }
        return new Side(nanos, rows, false, null);
    }

    private static String brief(String body) {
        String b = body.replaceAll("\\s+", " ").strip();
        return b.length() > 160 ? b.substring(0, 160) + "…" : b;
    }

    private static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
