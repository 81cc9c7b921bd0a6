package se.openup.endpoint.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.openup.endpoint.bench.QueryBench.Outcome;
import se.openup.endpoint.bench.QueryBench.Side;
import se.openup.endpoint.bench.QueryBench.StoreRun;

/** The benchmark's Markdown: the machine, then one table per store, then the growth from the smallest to the largest. */
final class Report {
    /** Issue 5: every saved query answers with a median ≤ 100 ms (at 1 M payments). */
    static final double TARGET_MS = 100;
    /** Issue 6: saved-query cost grows ≤ 2× from the smallest store to the largest (100 k → 1 M payments). */
    static final double GROWTH_TARGET = 2;

    private Report() { }

    static String markdown(QueryBench.Settings s, String date, String loadStart, String loadEnd, List<StoreRun> runs) {
        StringBuilder md = new StringBuilder("# Saved-query benchmark\n\n");
        md.append("- date: ").append(date).append('\n');
        md.append("- machine: ").append(Machine.describe()).append('\n');
        md.append("- load average (1, 5, 15 min) at start: ").append(loadStart).append("; at end: ").append(loadEnd).append('\n');
        md.append(String.format(Locale.ROOT, "- saved queries: %d warm-up + %d timed runs each over GET /api/queries/{id}; "
                + "payment versions: %d timed runs over POST /sparql; each query cut off at %d s, a question's runs "
                + "stopped after %d s (column runs: saved / payment version); client wall time, ms%n",
                s.warmup(), s.runs(), s.rawRuns(), s.timeout().toSeconds(), s.budget().toSeconds()));
        md.append("- target: median ≤ ").append(fmt(TARGET_MS)).append(" ms (issue 5, at 1 M payments); growth ≤ ")
                .append(fmt(GROWTH_TARGET)).append("× from the smallest store to the largest (issue 6)\n");
        for (StoreRun run : runs) store(md, run, s);
        if (runs.size() >= 2) growth(md, runs);
        return md.toString();
    }

    private static void store(StringBuilder md, StoreRun run, QueryBench.Settings s) {
        md.append(String.format(Locale.ROOT, "%n## `%s` — %,d payments%n%n", run.store(), run.params().payments()));
        run.params().describe().forEach((k, v) -> { if (!k.equals("payments")) md.append("- ").append(k).append(": ").append(v).append('\n'); });
        md.append("- values chosen in ").append(run.choosing().toSeconds()).append(" s; load average at start: ")
                .append(run.loadStart()).append("; at end: ").append(run.loadEnd()).append("; this store took ")
                .append(run.took().toSeconds()).append(" s\n\n");
        md.append("| query | params | rows | median | p95 | payment version: median | rows | saved ÷ raw | speed-up | runs | ≤ 100 ms | warning |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Outcome o : run.outcomes()) {
            Side sv = o.saved(), raw = o.raw();
            md.append("| ").append(o.question().id()).append(" | `").append(o.question().params()).append("` | ")
                    .append(rows(sv)).append(" | ").append(time(sv, s, Side::median)).append(" | ").append(time(sv, s, Side::p95))
                    .append(" | ").append(raw == null ? "–" : time(raw, s, Side::median))
                    .append(" | ").append(raw == null ? "–" : rows(raw))
                    .append(" | ").append(ratio(sv, raw, s, false)).append(" | ").append(ratio(sv, raw, s, true))
                    .append(" | ").append(sv.nanos().size()).append(raw == null ? "" : " / " + raw.nanos().size())
                    .append(" | ").append(sv.measured() && sv.median() <= TARGET_MS ? "met" : "not met")
                    .append(" | ").append(warning(o)).append(" |\n");
        }
    }

    private static void growth(StringBuilder md, List<StoreRun> runs) {
        StoreRun small = runs.stream().min(Comparator.comparingLong(r -> r.params().payments())).orElseThrow();
        StoreRun large = runs.stream().max(Comparator.comparingLong(r -> r.params().payments())).orElseThrow();
        Map<String, Outcome> before = small.outcomes().stream().collect(Collectors.toMap(Report::key, Function.identity()));
        md.append(String.format(Locale.ROOT, "%n## Growth: median at %,d ÷ median at %,d payments%n%n",
                large.params().payments(), small.params().payments()));
        md.append("| query | params (largest store) | median, smallest | median, largest | growth | ≤ 2× |\n|---|---|---:|---:|---:|---|\n");
        for (Outcome after : large.outcomes()) {
            Outcome was = before.get(key(after));
            boolean both = was != null && was.saved().measured() && after.saved().measured();
            double g = both ? after.saved().median() / was.saved().median() : Double.NaN;
            md.append("| ").append(after.question().id()).append(" | `").append(after.question().params()).append("` | ")
                    .append(was == null || !was.saved().measured() ? "–" : fmt(was.saved().median())).append(" | ")
                    .append(after.saved().measured() ? fmt(after.saved().median()) : "–").append(" | ")
                    .append(both ? fmt(g) + "×" : "–").append(" | ").append(both && g <= GROWTH_TARGET ? "met" : "not met")
                    .append(" |\n");
        }
    }

    /** One line of progress while the run goes on. */
    static String summary(Side saved, Side raw) {
        String s = saved.measured() ? "median " + fmt(saved.median()) + " ms, " + saved.rows() + " rows"
                : saved.error() != null ? "ERROR " + saved.error() : "timed out";
        if (raw == null) return s;
        return s + "; payment version " + (raw.measured() ? "median " + fmt(raw.median()) + " ms, " + raw.rows() + " rows"
                : raw.error() != null ? "ERROR " + raw.error() : "timed out");
    }

    private static String key(Outcome o) { return o.question().id() + "\u0000" + o.question().variant(); }

    private static String rows(Side side) { return side.rows() < 0 ? "–" : Integer.toString(side.rows()); }

    private static String time(Side side, QueryBench.Settings s, Function<Side, Double> stat) {
        if (side.error() != null) return "error";
        if (side.nanos().isEmpty()) return "> " + s.timeout().toSeconds() + " s";
        String t = fmt(stat.apply(side));
        return side.timedOut() ? t + " (" + side.nanos().size() + " runs, then > " + s.timeout().toSeconds() + " s)" : t;
    }

    /** saved ÷ raw, or its inverse (the speed-up); a bound when the payment version was cut off. */
    private static String ratio(Side saved, Side raw, QueryBench.Settings s, boolean speedUp) {
        if (raw == null || !saved.measured() || raw.error() != null) return "–";
        boolean cut = raw.nanos().isEmpty();
        double rawMs = cut ? s.timeout().toMillis() : raw.median();
        double r = speedUp ? rawMs / saved.median() : saved.median() / rawMs;
        return (cut ? (speedUp ? "> " : "< ") : "") + fmt(r) + (speedUp ? "×" : "");
    }

    private static String warning(Outcome o) {
        if (o.saved().error() != null) return "saved query: " + o.saved().error().replace("|", "\\|");
        if (o.raw() != null && o.raw().error() != null) return "payment version: " + o.raw().error().replace("|", "\\|");
        if (o.rowsDiffer()) return "rows differ";
        return "";
    }

    /** Three significant figures at most, no exponent: 0.00123, 12.3, 1234. */
    static String fmt(double v) {
        if (Double.isNaN(v)) return "–";
        if (v >= 100) return String.format(Locale.ROOT, "%.0f", v);
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    static boolean anyError(List<StoreRun> runs) {
        return runs.stream().flatMap(r -> r.outcomes().stream())
                .anyMatch(o -> o.saved().error() != null || (o.raw() != null && o.raw().error() != null));
    }
}
