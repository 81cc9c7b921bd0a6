package se.openup.endpoint.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.openup.endpoint.queries.QueryLibrary;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.rdf.Iris;

/**
 * {@code openup bench-load}: serves a store in this JVM as {@code serve} does and measures it under load with wrk
 * (throughput, latency percentiles, errors, memory), then checks /health stays responsive while an expensive query
 * runs into the timeout (docs/performance.md, "Throughput under load"). Reads the store only: unlike {@code serve}
 * it does not publish the saved-query catalogue into it.
 */
@Command(name = "bench-load", description = "Throughput under load: wrk with N clients against the saved-query API and"
        + " /sparql, memory peaks, and /health during an expensive query (needs wrk: apt-get install wrk).")
public final class BenchLoadCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "TDB2 store to serve (read only)")
    Path store;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent connections (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "length of the load (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--timeout", defaultValue = "30", description = "the server's query timeout in seconds (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--threads", description = "wrk threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, description = "base IRI of the data (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--out", description = "also write the Markdown report to this file")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(store)) {
            System.err.println("openup bench-load: no store at " + store.toAbsolutePath());
            return 2;
        }
        if (clients < 1 || seconds < 1 || timeoutSeconds < 1) {
            System.err.println("openup bench-load: --clients, --seconds and --timeout must be at least 1");
            return 2;
        }
        String wrk;
        try {
            wrk = Wrk.version();
        } catch (IllegalStateException e) {
            System.err.println("openup bench-load: " + e.getMessage());
            return 2;
        }
        String loadBefore = loadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        ServerConfig config = new ServerConfig(0, base, timeout, ServerConfig.DEFAULT_RESULT_CAP, Set.of());
        try (OpenUpServer server = OpenUpServer.start(dataset, config)) {
            LoadMix.Choice choice = LoadMix.choose(dataset, base);
            List<LoadReport.Solo> mix = alone(server.url(), LoadMix.targets(QueryLibrary.load(base), choice, base), timeout);
            for (LoadReport.Solo s : mix)
                if (s.status() / 100 != 2) // measured all the same: the report shows which request fails even alone
                    System.err.println("openup bench-load: " + s.target().name() + " answers " + s.status() + " even alone");
            System.err.println("openup bench-load: " + mix.size() + " requests, " + clients + " clients, " + seconds + " s …");
            MemorySampler memory = MemorySampler.start();
            // a request may wait its turn for up to the timeout and then run for up to the timeout (ServerLimits):
            // wrk waits longer than that, so whatever the server does shows as an answer, not a client timeout
            Wrk.Result load = Wrk.run(server.url(), mix.stream().map(LoadReport.Solo::target).toList(), clients,
                    threads != null ? threads : cores, Duration.ofSeconds(seconds), timeout.multipliedBy(2).plusSeconds(10));
            MemorySampler.Peaks peaks = memory.peaks();
            System.err.println("openup bench-load: /health during an expensive query (up to " + timeoutSeconds + " s) …");
            HealthProbe.Result probe = new HealthProbe(server.url(), timeout).run();
            LoadReport.Setting setting = new LoadReport.Setting(
                    ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                    store.toString(), payments(dataset), cores, memTotal(), System.getProperty("java.version"),
                    jenaVersion(), wrk, loadBefore, loadAverage(), clients, seconds, timeoutSeconds);
            String report = LoadReport.markdown(setting, choice, mix, load, peaks, probe);
            System.out.print(report);
            if (out != null) Files.writeString(out, report);
            boolean responsive = probe.healthFailed() == 0 && probe.healthAfterStatus() == 200 && probe.cheapStatus() == 200;
            return load.errors() == 0 && responsive ? 0 : 1;
        } finally {
            dataset.close();
        }
    }

    /** Each request once, timed: its first call (at 1 M payments a warm-up call of each would add minutes). */
    static List<LoadReport.Solo> alone(String baseUrl, List<LoadMix.Target> targets, Duration timeout)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<LoadReport.Solo> solos = new ArrayList<>();
        for (LoadMix.Target t : targets) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + t.path())).header("Accept", t.accept())
                    .timeout(timeout.plusSeconds(10)).GET().build();
            long started = System.nanoTime();
            LoadReport.Solo solo;
            try {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                solo = new LoadReport.Solo(t, r.statusCode(), (System.nanoTime() - started) / 1e6, r.body().length);
            } catch (HttpTimeoutException e) { // status 0: no answer within the query timeout + 10 s
                solo = new LoadReport.Solo(t, 0, (System.nanoTime() - started) / 1e6, 0);
            }
            System.err.printf(java.util.Locale.ROOT, "  %-60s %d %8.1f ms%n", t.name(), solo.status(), solo.millis());
            solos.add(solo);
        }
        return solos;
    }

    private static long payments(DatasetGraph dataset) {
        String q = "SELECT (COUNT(*) AS ?n) { ?p a <http://reference.data.gov.uk/def/payment#Payment> }";
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(q).build()) {
                return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    /** Jena's version from its jar's Maven metadata (Jena.VERSION reads "<development>" inside the shaded jar). */
    static String jenaVersion() {
        try (var in = BenchLoadCommand.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.apache.jena/jena-arq/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** The 1, 5 and 15 minute load averages (Linux), as "0.52 / 0.61 / 0.70". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo")))
                if (line.startsWith("MemTotal:"))
                    return String.format(java.util.Locale.ROOT, "%.1f GiB", MemorySampler.parseKilobytes(line) / 1048576.0);
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "memory n/a";
    }
}
