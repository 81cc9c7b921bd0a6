package se.openup.loader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.openup.loader.bench.LoadBenchmark;

@Command(name = "bench", description = "Load benchmark: mapping throughput, full load and Jena's bulk loaders on the same input, as ratios.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = {"-m", "--mapping"}, defaultValue = "spec-v1.1", description = "mapping of the input files (default: ${DEFAULT-VALUE})")
    String mapping;

    @Option(names = "--work", defaultValue = "target/bench", description = "scratch directory for stores (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--loaders", split = ",", defaultValue = "sequential,parallel",
            description = "Jena bulk loaders to compare with (default: ${DEFAULT-VALUE})")
    List<String> loaders;

    @Option(names = "--heap", defaultValue = "4g", description = "heap of each phase's JVM (default: ${DEFAULT-VALUE})")
    String heap;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "input ledger files (e.g. from `openup generate`)")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(work);
        Map<String, LoadBenchmark.Phase> r = new LoadBenchmark(work, mapping, storeOptions.data(), heap).run(files, loaders);
        long rows = r.get("map").rows();
        System.out.printf("%d files, %,d rows, Java %s, %d cores%n", files.size(), rows,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.print(LoadBenchmark.table(r, rows));
        LoadBenchmark.Phase load = r.get("load");
        LoadBenchmark.Phase map = r.get("map");
        System.out.printf("mapping: %,.0f triples/s (target ≥ 1 000 000)%n", map.perSecond());
        r.values().stream().filter(p -> p.name().startsWith("bulk-")).forEach(b ->
                System.out.printf("load / %s = %.2f× (target ≤ 1.10×)%n", b.name(), (double) load.millis() / b.millis()));
        return 0;
    }
}
