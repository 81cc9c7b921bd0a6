package se.openup.loader.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The load benchmark (docs/performance.md): on one input, in one run, each phase in its own JVM — mapping to a
 * null sink, our full load, then Jena's TDB2 bulk loaders on the identical quads exported from our store — and
 * every figure printed as a ratio against the fastest Jena loader measured in the same run.
 */
public final class LoadBenchmark {
    public record Phase(String name, long millis, long count, long rows, long storeBytes) {
        public double perSecond() { return millis == 0 ? 0 : count * 1000.0 / millis; }
    }

    private final Path work;
    private final String mapping;
    private final Path data;
    private final String heap;

    public LoadBenchmark(Path work, String mapping, Path data, String heap) {
        this.work = work;
        this.mapping = mapping;
        this.data = data;
        this.heap = heap;
    }

    public Map<String, Phase> run(List<Path> files, List<String> jenaLoaders) throws IOException, InterruptedException {
        Map<String, Phase> results = new LinkedHashMap<>();
        List<String> paths = files.stream().map(p -> p.toAbsolutePath().toString()).toList();
        results.put("map", phase("map", work.resolve("unused"), paths));
        Path ours = fresh("store-openup");
        results.put("load", phase("load", ours, paths));
        Path nq = work.resolve("identical.nq");
        phase("export", ours, List.of(nq.toString()));
        for (String loader : jenaLoaders)
            results.put("bulk-" + loader, phase("bulk-" + loader, fresh("store-" + loader), List.of(nq.toString())));
        return results;
    }

    /** One phase in its own JVM (see {@link BenchPhase}); the peer benchmark reuses it for Jena's bulk loaders. */
    public Phase phase(String name, Path store, List<String> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                BenchPhase.class.getName(), name, store.toString(), mapping, data.toString()));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) result = line;
                else output.append(line).append('\n');
            }
        }
        if (p.waitFor() != 0 || result == null)
            throw new IllegalStateException("phase " + name + " failed:\n" + output);
        String[] f = result.split(" ");
        return new Phase(name, Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Files.exists(store) ? size(store) : 0);
    }

    /** {@code work/name}, emptied. */
    public Path fresh(String name) throws IOException {
        Path p = work.resolve(name);
        if (Files.exists(p)) try (Stream<Path> s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
        return p;
    }

    public static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The figures as a Markdown table, ratios against the fastest Jena bulk loader of the same run. */
    public static String table(Map<String, Phase> r, long rows) {
        Phase baseline = r.values().stream().filter(p -> p.name().startsWith("bulk-"))
                .min(java.util.Comparator.comparingLong(Phase::millis)).orElseThrow();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "| phase | time (s) | statements | statements/s | rows/s | store (MB) | × %s |%n", baseline.name()));
        s.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Phase p : r.values())
            s.append(String.format(Locale.ROOT, "| %s | %.1f | %,d | %,.0f | %,.0f | %s | %.2f |%n", describe(p.name()),
                    p.millis() / 1000.0, p.count(), p.perSecond(), rows * 1000.0 / Math.max(1, p.millis()),
                    p.storeBytes() == 0 ? "–" : String.format(Locale.ROOT, "%.0f", p.storeBytes() / 1e6),
                    (double) p.millis() / baseline.millis()));
        return s.toString();
    }

    private static String describe(String name) {
        return switch (name) {
            case "map" -> "mapping only (read + normalise + mint, null sink)";
            case "load" -> "`openup load` (full: read, map, TDB2 write txn)";
            default -> "Jena TDB2 bulk loader `" + name.substring(5) + "` on the same quads (N-Quads)";
        };
    }
}
