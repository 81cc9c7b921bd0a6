package se.openup.endpoint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.openup.loader.cli.StoreOptions;
import se.openup.loader.rdf.Iris;

@Command(name = "bench-peer", description = {"Side by side with Virtuoso (docs/performance.md): load the store's N-Triples export",
        "into Virtuoso and Jena's TDB2 bulk loader, ask the raw questions (queries/payments/) of both, compare answers."})
public final class BenchPeerCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "TDB2 store (repeat for several sizes); opened by this process")
    List<Path> stores;

    @Option(names = "--work", required = true, description = "scratch directory: export, Virtuoso database, TDB2 bulk store")
    Path work;

    @Option(names = "--runs", defaultValue = "5", description = "timed warm runs per question and system (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--out", description = "write the Markdown tables here too (they always go to standard output)")
    Path out;

    @Option(names = "--svg", description = "the plot of query time against payments (default: next to --doc or --out, .svg)")
    Path svg;

    @Option(names = "--doc", paramLabel = "FILE", description = "replace the tables between <!-- bench-peer:begin --> and"
            + " <!-- bench-peer:end --> in FILE (docs/performance.md) and put the plot beside it as bench-peer.svg")
    Path doc;

    @Option(names = "--our-load", paramLabel = "SECONDS", description = "how long `openup load` took to build each store"
            + " (from its build log), in --store order; reported with the ratio to Jena's bulk loader")
    List<Double> ourLoad = new ArrayList<>();

    @Option(names = "--timeout", defaultValue = "300", description = "seconds per query, both systems (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--jena-loader", defaultValue = "sequential", description = "TDB2 bulk loader: sequential, parallel, phased, none (default: ${DEFAULT-VALUE})")
    String jenaLoader;

    @Option(names = "--heap", defaultValue = "4g", description = "heap of the TDB2 bulk loader's JVM (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--virtuoso-memory", defaultValue = "10", paramLabel = "GB", description = "free memory Virtuoso's buffers are sized for (default: ${DEFAULT-VALUE})")
    int virtuosoMemory;

    @Option(names = "--virtuoso-ports", defaultValue = "18210", paramLabel = "PORT", description = "SQL port; HTTP is the next one (default: ${DEFAULT-VALUE})")
    int virtuosoPort;

    @Option(names = "--virtuoso", defaultValue = "virtuoso-t", description = "server binary (default: ${DEFAULT-VALUE})")
    String virtuosoBinary;

    @Option(names = "--isql", defaultValue = "isql-vt", description = "isql binary (Debian: isql-vt; default: ${DEFAULT-VALUE})")
    String isqlBinary;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, description = "base IRI of the data (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--data", description = "the shared data directory (default: $OPENUP_DATA or ../shared/data)")
    Path data;

    @Override
    public Integer call() throws Exception {
        for (Path s : stores) {
            if (!Files.isDirectory(s)) {
                System.err.println("openup bench-peer: no store at " + s.toAbsolutePath());
                return 2;
            }
        }
        Virtuoso.Settings virtuoso = Virtuoso.Settings.forMemory(work.toAbsolutePath(), virtuosoPort, virtuosoPort + 1,
                virtuosoMemory, virtuosoBinary, isqlBinary);
        PeerBenchmark bench = new PeerBenchmark(new PeerBenchmark.Options(work.toAbsolutePath(), runs, Duration.ofSeconds(timeout),
                base, virtuoso, jenaLoader, heap, data != null ? data : new StoreOptions().data()));
        List<PeerBenchmark.Result> results = new ArrayList<>();
        for (int i = 0; i < stores.size(); i++) {
            long ours = i < ourLoad.size() ? Math.round(ourLoad.get(i) * 1000) : -1;
            results.add(bench.run(stores.get(i), ours));
        }
        String markdown = PeerReport.markdown(results, runs);
        System.out.print(markdown);
        if (out != null) Files.writeString(out, markdown);
        Path plot = svg != null ? svg : doc != null ? doc.resolveSibling("bench-peer.svg")
                : out != null ? out.resolveSibling(out.getFileName().toString().replaceFirst("\\.md$", "") + ".svg") : null;
        if (plot != null) {
            Files.writeString(plot, LatencyPlot.svg(results));
            System.err.println("plot: " + plot);
        }
        if (doc != null) {
            String image = plot.toAbsolutePath().getParent().equals(doc.toAbsolutePath().getParent())
                    ? "\n![Warm median query time against payments, both systems](" + plot.getFileName() + ")\n" : "";
            DocSection.write(doc, "bench-peer", markdown + image);
            System.err.println("tables written into " + doc);
        }
        return 0;
    }
}
