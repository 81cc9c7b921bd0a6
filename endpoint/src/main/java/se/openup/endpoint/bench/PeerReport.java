package se.openup.endpoint.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.Jena;
import se.openup.endpoint.bench.PeerBenchmark.Asked;
import se.openup.endpoint.bench.PeerBenchmark.Loads;
import se.openup.endpoint.bench.PeerBenchmark.Result;
import se.openup.endpoint.bench.PeerBenchmark.Timing;

/** The benchmark's figures as Markdown: the machine and versions, then load and query tables, with the ratios. */
public final class PeerReport {
    private PeerReport() {}

    public static String markdown(List<Result> results, int runs) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Run of %s — %s; Java %s; Jena %s; Virtuoso %s; %d warm runs per question "
                        + "(median and p95 in ms, interleaved); load average %s.%n%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")), machine(),
                System.getProperty("java.version"), Jena.VERSION,
                results.isEmpty() ? "?" : results.get(0).virtuosoVersion(), runs, loadAverages(results)));
        s.append("Load: the store's union graph exported as N-Triples (not timed), loaded by Virtuoso's bulk loader "
                + "(`ld_dir` + `rdf_loader_run` + `checkpoint`) and by Jena's TDB2 bulk loader, each into a new store.\n\n");
        s.append("| payments | triples | Virtuoso load (s) | Virtuoso db (MB) | TDB2 bulk load (s) | TDB2 bulk store (MB) "
                + "| our store (MB) | `openup load` (s) | Virtuoso / TDB2 bulk | ours / TDB2 bulk |\n");
        s.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            Loads l = r.loads();
            Double bulk = l.jenaBulk() == null ? null : (double) l.jenaBulk().millis();
            s.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %.0f | %s | %s | %.0f | %s | %s | %s |%n", r.payments(),
                    l.exportTriples(), l.virtuosoMillis() / 1000.0, l.virtuosoBytes() / 1e6,
                    bulk == null ? "–" : String.format(Locale.ROOT, "%.1f", bulk / 1000),
                    bulk == null ? "–" : String.format(Locale.ROOT, "%.0f", l.jenaBulk().storeBytes() / 1e6),
                    l.storeBytes() / 1e6,
                    l.ourLoadMillis() < 0 ? "–" : String.format(Locale.ROOT, "%.1f", l.ourLoadMillis() / 1000.0),
                    bulk == null ? "–" : String.format(Locale.ROOT, "%.2f×", l.virtuosoMillis() / bulk),
                    bulk == null || l.ourLoadMillis() < 0 ? "–" : String.format(Locale.ROOT, "%.2f×", l.ourLoadMillis() / bulk)));
        }
        for (Result r : results) {
            s.append(String.format(Locale.ROOT, "%nQueries at %,d payments (`%s`; Virtuoso holds %,d triples):%n%n",
                    r.payments(), r.store().getFileName(), r.loads().virtuosoTriples()));
            s.append("| question | ours, raw (median / p95) | Virtuoso, raw | saved query, our API | Virtuoso raw / ours raw "
                    + "| Virtuoso raw / saved | same answer |\n");
            s.append("|---|---:|---:|---:|---:|---:|---|\n");
            for (Asked a : r.asked())
                s.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %s | %s | %s |%n", a.question().label(),
                        ms(a.ours(), runs), ms(a.virtuoso(), runs), ms(a.saved(), runs), ratio(a.virtuoso(), a.ours()),
                        ratio(a.virtuoso(), a.saved()), a.verdict() == null ? "not compared"
                                : (a.verdict().same() ? "yes, " : "**no**: ") + a.verdict().note().replace("|", "\\|")));
        }
        if (!results.isEmpty()) s.append(goals(results));
        return s.toString();
    }

    /**
     * Issue 6's query goals, read off the figures above: at the largest store each saved query against Virtuoso's
     * raw answer (≥ 10× faster), and each system's growth from the smallest store to the largest (saved: ≤ 2×).
     */
    static String goals(List<Result> results) {
        List<Result> rs = results.stream().sorted(Comparator.comparingLong(Result::payments)).toList();
        Result small = rs.get(0), large = rs.get(rs.size() - 1);
        boolean growth = rs.size() > 1;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%nGoals at %,d payments%s:%n%n", large.payments(),
                growth ? String.format(Locale.ROOT, ", growth from %,d", small.payments()) : ""));
        s.append("| question | saved query (ms) | Virtuoso, raw (ms) | Virtuoso raw ÷ saved (≥ 10×) |"
                + (growth ? " saved growth (≤ 2×) | Virtuoso raw growth | ours raw growth |" : "") + "\n");
        s.append("|---|---:|---:|---:|" + (growth ? "---:|---:|---:|" : "") + "\n");
        int fast = 0, flat = 0;
        for (Asked a : large.asked()) {
            Asked before = small.asked().stream().filter(b -> b.question().id().equals(a.question().id())).findFirst().orElse(null);
            boolean tenfold = a.saved().ok() && a.virtuoso().ok() && a.virtuoso().median() >= 10 * a.saved().median();
            if (tenfold) fast++;
            s.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s%s |", a.question().id(), median(a.saved()), median(a.virtuoso()),
                    ratio(a.virtuoso(), a.saved()), tenfold ? " met" : a.saved().ok() && a.virtuoso().ok() ? " **not met**" : ""));
            if (growth) {
                boolean ok = before != null && before.saved().ok() && a.saved().ok() && a.saved().median() <= 2 * before.saved().median();
                if (ok) flat++;
                s.append(String.format(Locale.ROOT, " %s%s | %s | %s |", before == null ? "–" : ratio(a.saved(), before.saved()),
                        ok ? " met" : before != null && before.saved().ok() && a.saved().ok() ? " **not met**" : "",
                        before == null ? "–" : ratio(a.virtuoso(), before.virtuoso()), before == null ? "–" : ratio(a.ours(), before.ours())));
            }
            s.append('\n');
        }
        int n = large.asked().size();
        s.append(String.format(Locale.ROOT, "%nSaved query ≥ 10× faster than Virtuoso's raw answer: %d of %d questions", fast, n));
        if (growth) s.append(String.format(Locale.ROOT, "; saved-query growth ≤ 2×: %d of %d", flat, n));
        s.append(" (a dash: one side did not answer — see the tables above). Load against Jena's bulk loader on identical "
                + "quads is `openup bench`'s table (load benchmark, above).\n");
        return s.toString();
    }

    private static String median(Timing t) {
        return t.ok() ? round(t.median()) : "✗";
    }

    /** "12.3 / 15.0" ms, or the error that kept the question from running. */
    static String ms(Timing t, int runs) {
        if (!t.ok()) return "✗ " + t.error().replace("|", "\\|");
        return String.format(Locale.ROOT, "%s / %s%s", round(t.median()), round(t.p95()), t.runs() < runs ? " (n=" + t.runs() + ")" : "");
    }

    private static String round(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String ratio(Timing a, Timing b) {
        return a.ok() && b.ok() ? String.format(Locale.ROOT, "%.1f×", a.median() / b.median()) : "–";
    }

    private static String loadAverages(List<Result> results) {
        return String.join("; ", results.stream().map(r -> String.format(Locale.ROOT, "%.1f → %.1f",
                r.loadAverageBefore(), r.loadAverageAfter())).toList()) + " (1-minute, before → after each store)";
    }

    static String machine() {
        long ram = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo")))
                if (line.startsWith("MemTotal:")) ram = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        } catch (IOException | RuntimeException e) {
            // not Linux: RAM left out
        }
        return String.format(Locale.ROOT, "%s %s, %d cores%s", System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), ram == 0 ? "" : String.format(Locale.ROOT, ", %.0f GiB RAM", ram / 1073741824.0));
    }

    /** The 1-minute load average (other work on the machine inflates every figure: reports say how much there was). */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
