package se.openup.endpoint.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import se.openup.endpoint.bench.Agreement.Verdict;
import se.openup.endpoint.bench.Endpoint.Reply;
import se.openup.endpoint.bench.RawQuestions.Question;
import se.openup.endpoint.queries.QueryRunner;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.bench.LoadBenchmark;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.Exporter;

/**
 * The side-by-side benchmark against Virtuoso for one store (docs/performance.md, "Side by side with Virtuoso"):
 * export the store's union graph as N-Triples (not timed); load it into a fresh Virtuoso with its bulk loader and
 * into a fresh TDB2 with Jena's bulk loader (timed, each on the identical file); then ask the raw questions of
 * Virtuoso's /sparql and of our /sparql (OpenUpServer on the store, in this JVM), and the saved queries of our API,
 * interleaved, warm, {@code runs} times each, and check that the two systems give the same rows.
 */
public final class PeerBenchmark {
    /** Median and 95th percentile (nearest rank) of the timed runs, in milliseconds; error if it could not run. */
    public record Timing(double median, double p95, int runs, String error) {
        static Timing failed(String error) { return new Timing(Double.NaN, Double.NaN, 0, error); }

        static Timing of(List<Long> nanos) {
            double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
            return new Timing(percentile(ms, 50), percentile(ms, 95), ms.length, null);
        }

        public boolean ok() { return error == null; }
    }

    public record Asked(Question question, Timing ours, Timing virtuoso, Timing saved, Verdict verdict) {}

    /** Load figures in milliseconds and bytes; {@code ourLoadMillis} is -1 when not given. */
    public record Loads(long exportTriples, long exportBytes, long virtuosoMillis, long virtuosoTriples, long virtuosoBytes,
                        LoadBenchmark.Phase jenaBulk, long storeBytes, long ourLoadMillis) {}

    public record Result(Path store, long payments, Loads loads, List<Asked> asked, String virtuosoVersion,
                         double loadAverageBefore, double loadAverageAfter) {}

    public record Options(Path work, int runs, Duration timeout, String base,
                          Virtuoso.Settings virtuoso, String jenaLoader, String heap, Path data) {}

    static final String GRAPH = "urn:openup:bench-peer";
    static final Duration SLOW = Duration.ofMinutes(1);

    private final Options options;

    public PeerBenchmark(Options options) { this.options = options; }

    /** {@code ourLoadMillis}: how long `openup load` took to build the store (from its build log), or -1. */
    public Result run(Path store, long ourLoadMillis) throws IOException, InterruptedException {
        double before = PeerReport.loadAverage();
        Path work = options.work();
        Files.createDirectories(work);
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true); // as OpenUpServer serves it (and as it is exported)
        try {
            Path exportDir = work.resolve("export");
            Files.createDirectories(exportDir);
            Path nt = exportDir.resolve("graph.nt");
            long triples;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nt), 1 << 16)) {
                triples = Exporter.export(dataset, "nt", null, out);
            }
            System.err.printf("exported %,d triples (union graph) to %s%n", triples, nt);
            LoadBenchmark.Phase bulk = jenaBulk(nt);
            long payments = payments(dataset);
            BenchParams chosen = BenchParams.choose(dataset, new Iris(options.base()), options.timeout(), System.err);
            List<Question> questions = RawQuestions.of(dataset, options.base(), chosen);
            Virtuoso.clear(options.virtuoso().dir());
            try (Virtuoso virtuoso = Virtuoso.start(options.virtuoso(), Duration.ofMinutes(2))) {
                String version = virtuoso.version();
                long loadMillis = virtuoso.bulkLoad(exportDir, "graph.nt", GRAPH);
                System.err.printf("Virtuoso bulk load: %.1f s%n", loadMillis / 1000.0);
                Loads loads = new Loads(triples, Files.size(nt), loadMillis, virtuoso.count(GRAPH), virtuoso.databaseBytes(),
                        bulk, LoadBenchmark.size(store), ourLoadMillis);
                List<Asked> asked;
                ServerConfig config = ServerConfig.defaults(0).withTimeout(options.timeout()).withResultCap(10_000_000)
                        .withServiceAllowlist(Set.of());
                OpenUpServer ours = OpenUpServer.start(dataset, config);
                try {
                    asked = ask(questions, ours.url(), virtuoso.sparqlUrl());
                } finally {
                    ours.close();
                }
                if (!virtuoso.isAlive()) // e.g. the kernel's OOM killer on a shared machine: its answers read "I/O"
                    System.err.println("Virtuoso stopped during the questions: see " + options.virtuoso().dir().resolve("virtuoso.log")
                            + " and the kernel log");
                return new Result(store, payments, loads, asked, version, before, PeerReport.loadAverage());
            }
        } finally {
            dataset.close();
        }
    }

    private LoadBenchmark.Phase jenaBulk(Path nt) throws IOException, InterruptedException {
        if (options.jenaLoader().equals("none")) return null;
        LoadBenchmark lb = new LoadBenchmark(options.work(), "spec-v1.1", options.data(), options.heap());
        String phase = "bulk-" + options.jenaLoader();
        LoadBenchmark.Phase p = lb.phase(phase, lb.fresh("tdb2-" + options.jenaLoader()), List.of(nt.toAbsolutePath().toString()));
        System.err.printf("Jena TDB2 bulk loader %s: %.1f s%n", options.jenaLoader(), p.millis() / 1000.0);
        return p;
    }

    private List<Asked> ask(List<Question> questions, String oursUrl, String virtuosoUrl) {
        Endpoint endpoint = new Endpoint(options.timeout());
        List<Asked> asked = new ArrayList<>();
        for (Question q : questions) {
            String savedUrl = oursUrl + "/api/queries/" + q.id() + "?" + encode(q.params());
            // warm-up, and the answers compared
            Reply ours = endpoint.select(oursUrl + OpenUpServer.SPARQL_PATH, q.sparql());
            Reply theirs = endpoint.select(virtuosoUrl, q.sparql());
            Reply saved = endpoint.get(savedUrl);
            Verdict verdict = !ours.ok() || !theirs.ok() ? null : Agreement.compare(ours.table(), theirs.table());
            List<Long> o = new ArrayList<>(), v = new ArrayList<>(), s = new ArrayList<>();
            int no = runs(ours), nv = runs(theirs), ns = runs(saved);
            for (int i = 0; i < options.runs(); i++) { // interleaved, so background load falls on all three alike
                if (ours.ok() && i < no) ours = time(o, () -> endpoint.select(oursUrl + OpenUpServer.SPARQL_PATH, q.sparql()));
                if (theirs.ok() && i < nv) theirs = time(v, () -> endpoint.select(virtuosoUrl, q.sparql()));
                if (saved.ok() && i < ns) saved = time(s, () -> endpoint.get(savedUrl));
            }
            Asked a = new Asked(q, timing(ours, o), timing(theirs, v), timing(saved, s), verdict);
            System.err.printf("%s: ours %s, Virtuoso %s, saved %s; %s%n", q.label(), PeerReport.ms(a.ours(), options.runs()),
                    PeerReport.ms(a.virtuoso(), options.runs()), PeerReport.ms(a.saved(), options.runs()), verdict == null ? "not compared" : verdict.note());
            asked.add(a);
        }
        return asked;
    }

    /** A question that took over a minute when warming up is timed once more, not {@code runs} times (the table says n). */
    private int runs(Reply warmUp) {
        return warmUp.nanos() > SLOW.toNanos() ? 1 : options.runs();
    }

    private static Reply time(List<Long> nanos, Supplier<Reply> request) {
        Reply r = request.get();
        if (r.ok()) nanos.add(r.nanos());
        return r;
    }

    private static Timing timing(Reply last, List<Long> nanos) {
        return last.ok() && !nanos.isEmpty() ? Timing.of(nanos) : Timing.failed(last.error() == null ? "no runs" : last.error());
    }

    static String encode(String params) {
        if (params.isEmpty()) return ""; // a question asked with its defaults
        return String.join("&", Arrays.stream(params.split("&")).map(kv -> {
            String[] p = kv.split("=", 2);
            return p[0] + "=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8);
        }).toList());
    }

    static long payments(DatasetGraph dataset) {
        var q = QueryFactory.create("PREFIX payment: <http://reference.data.gov.uk/def/payment#> "
                + "SELECT (COUNT(?p) AS ?n) WHERE { ?p payment:payer ?b }");
        var rows = new QueryRunner(dataset, Duration.ofMinutes(10), 1).run(q).rows();
        return Long.parseLong(rows.get(0).get(0).getLiteralLexicalForm());
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
