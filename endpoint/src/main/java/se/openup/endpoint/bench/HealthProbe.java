package se.openup.endpoint.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Is the server still responsive while a deliberately expensive SPARQL query runs? Sends a cross join of all
 * payments (far beyond any timeout), polls /health every 100 ms until that query answers, then checks that /health
 * and a cheap query answer normally.
 */
public final class HealthProbe {
    /** Every payment paired with every payment: at 100 k payments 10¹⁰ rows to count. */
    public static final String CROSS_JOIN = """
            PREFIX payment: <http://reference.data.gov.uk/def/payment#>
            SELECT (COUNT(*) AS ?pairs) { ?a a payment:Payment . ?b a payment:Payment }""";
    /** Answers from the reference data in milliseconds. */
    public static final String CHEAP = """
            PREFIX openup: <https://w3id.org/openup/def#>
            SELECT (COUNT(*) AS ?municipalities) { ?m a openup:Municipality }""";
    static final Duration POLL = Duration.ofMillis(100);

    /**
     * @param healthMillis  each /health poll's latency while the expensive query ran, in order
     * @param healthFailed  polls that did not answer 200 (or not within 10 s)
     * @param heavyStatus   the expensive query's HTTP status (503 when the timeout stopped it)
     * @param heavySeconds  from sending the expensive query to its answer
     * @param heavyBody     the start of its answer (the error message)
     */
    public record Result(List<Double> healthMillis, int healthFailed, int heavyStatus, double heavySeconds,
                         String heavyBody, int healthAfterStatus, double healthAfterMillis, int cheapStatus,
                         double cheapMillis, String cheapBody) {
        public double healthMax() { return healthMillis.stream().mapToDouble(d -> d).max().orElse(Double.NaN); }

        public double healthPercentile(double p) { return percentile(healthMillis, p); }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final Duration serverTimeout;

    public HealthProbe(String baseUrl, Duration serverTimeout) {
        this.baseUrl = baseUrl;
        this.serverTimeout = serverTimeout;
    }

    public Result run() throws IOException, InterruptedException {
        get("/health", "application/json", Duration.ofSeconds(30)); // the first call initialises Javalin's JSON mapper
        long sent = System.nanoTime();
        CompletableFuture<HttpResponse<String>> heavy = http.sendAsync(
                request("/sparql?query=" + LoadMix.encode(CROSS_JOIN), LoadMix.SPARQL_JSON,
                        serverTimeout.plusSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        CompletableFuture<Long> answeredAt = heavy.thenApply(r -> System.nanoTime());
        List<Double> polls = new ArrayList<>();
        int failed = 0;
        long next = sent + POLL.toNanos();
        while (!heavy.isDone()) {
            long wait = next - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            next += POLL.toNanos();
            if (heavy.isDone()) break;
            long t = System.nanoTime();
            try {
                int status = get("/health", "application/json", Duration.ofSeconds(10)).statusCode();
                if (status != 200) failed++;
            } catch (IOException e) {
                failed++;
            }
            polls.add((System.nanoTime() - t) / 1e6);
        }
        HttpResponse<String> stopped;
        try {
            stopped = heavy.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the expensive query got no answer", e);
        }
        double heavySeconds = (answeredAt.join() - sent) / 1e9;
        long t = System.nanoTime();
        int healthAfter = get("/health", "application/json", Duration.ofSeconds(10)).statusCode();
        double healthAfterMillis = (System.nanoTime() - t) / 1e6;
        t = System.nanoTime();
        HttpResponse<String> cheap = get("/sparql?query=" + LoadMix.encode(CHEAP), "text/csv", Duration.ofSeconds(10));
        double cheapMillis = (System.nanoTime() - t) / 1e6;
        return new Result(polls, failed, stopped.statusCode(), heavySeconds, firstLine(stopped.body()), healthAfter,
                healthAfterMillis, cheap.statusCode(), cheapMillis, cheap.body().strip().replace("\r\n", " "));
    }

    private HttpResponse<String> get(String path, String accept, Duration timeout) throws IOException, InterruptedException {
        return http.send(request(path, accept, timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String accept, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).timeout(timeout).GET();
    }

    private static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    /** Nearest-rank percentile of {@code values} (0 < p ≤ 100); NaN when empty. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
