package se.openup.endpoint.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.openup.loader.rdf.Iris;

/** {@code openup bench-queries}: the saved-query benchmark of issue 5 (docs/performance.md, "Saved-query benchmark"). */
@Command(name = "bench-queries", mixinStandardHelpOptions = true, description = "Time every saved query over HTTP on each store (median, p95) against "
        + "its payment version (queries/payments/) in the same run; a Markdown table with ratios and growth.")
public final class BenchQueriesCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "a TDB2 store (repeatable: smallest first reads best)")
    List<Path> stores;

    @Option(names = "--runs", defaultValue = "20", description = "timed runs per saved query (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "untimed runs first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--raw-runs", defaultValue = "3", description = "timed runs per payment version (default: ${DEFAULT-VALUE})")
    int rawRuns;

    @Option(names = "--timeout", defaultValue = "120", description = "seconds before a query is cut off (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--budget", defaultValue = "120", description = "seconds after which a question's runs stop early, "
            + "at least one timed run made (default: ${DEFAULT-VALUE})")
    long budgetSeconds;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, description = "base IRI of the data (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the table to FILE")
    Path out;

    @Option(names = "--doc", paramLabel = "FILE", description = "replace the tables between <!-- bench-queries:begin -->"
            + " and <!-- bench-queries:end --> in FILE (docs/performance.md)")
    Path doc;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0 || rawRuns < 0 || timeoutSeconds < 1 || budgetSeconds < 1) {
            System.err.println("openup bench-queries: --runs, --timeout and --budget must be at least 1, --warmup and --raw-runs at least 0");
            return 2;
        }
        for (Path store : stores) {
            if (!Files.isDirectory(store)) {
                System.err.println("openup bench-queries: no store at " + store.toAbsolutePath());
                return 2;
            }
        }
        QueryBench.Settings settings = new QueryBench.Settings(runs, warmup, rawRuns, Duration.ofSeconds(timeoutSeconds),
                Duration.ofSeconds(budgetSeconds), base);
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String loadStart = Machine.loadAverage();
        QueryBench bench = new QueryBench(settings, System.err);
        List<QueryBench.StoreRun> results = new ArrayList<>();
        for (Path store : stores) {
            DatasetGraph dataset;
            try {
                dataset = DatabaseMgr.connectDatasetGraph(store.toString());
            } catch (DBOpEnvException e) { // TDB2 lets one process at a time open a store
                System.err.println("openup bench-queries: cannot open " + store + ": " + e.getMessage());
                return 2;
            }
            results.add(bench.run(store, dataset));
        }
        String table = Report.markdown(settings, date, loadStart, Machine.loadAverage(), results);
        System.out.print(table);
        if (out != null) Files.writeString(out, table, StandardCharsets.UTF_8);
        if (doc != null) DocSection.write(doc, "bench-queries", table);
        if (Report.anyError(results)) {
            System.err.println("openup bench-queries: some queries answered with an error (see the warning column)");
            return 1;
        }
        return 0;
    }
}
