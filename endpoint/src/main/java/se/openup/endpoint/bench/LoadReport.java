package se.openup.endpoint.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown tables bench-load prints (and docs/performance.md quotes). */
public final class LoadReport {
    /** Where and on what the run happened. {@code loadBefore}/{@code loadAfter}: /proc/loadavg's three averages. */
    public record Setting(String date, String store, long payments, int cores, String memory, String java, String jena,
                         String wrk, String loadBefore, String loadAfter, int clients, int seconds, long timeoutSeconds) { }

    /** One request of the mix asked alone (warm): its status, time and answer size. */
    public record Solo(LoadMix.Target target, int status, double millis, long bytes) { }

    private LoadReport() { }

    public static String markdown(Setting s, LoadMix.Choice choice, List<Solo> mix, Wrk.Result load,
                                  MemorySampler.Peaks memory, HealthProbe.Result probe) {
        StringBuilder md = new StringBuilder();
        md.append("### bench-load: ").append(s.store()).append(" (").append(count(s.payments())).append(" payments), ")
                .append(s.date()).append("\n\n");
        md.append("Machine: ").append(s.cores()).append(" cores, ").append(s.memory()).append(", Java ").append(s.java())
                .append(", Jena ").append(s.jena()).append(", ").append(s.wrk()).append(". Load average (1/5/15 min) before ")
                .append(s.loadBefore()).append(", after ").append(s.loadAfter()).append(".\n");
        md.append("Server in the same JVM: query timeout ").append(s.timeoutSeconds()).append(" s, heap max ")
                .append(mib(memory.heapMax())).append(" MiB. Parameters chosen from the data: year ").append(choice.year())
                .append(", municipality ").append(choice.municipality()).append(", supplier ").append(choice.supplier())
                .append(", account class <").append(choice.accountClass()).append(">.\n\n");

        md.append("**Load: ").append(s.clients()).append(" clients (wrk connections), ").append(s.seconds())
                .append(" s, the ").append(mix.size()).append(" requests below in rotation**\n\n");
        md.append("| requests | requests/s | p50 (ms) | p75 (ms) | p90 (ms) | p99 (ms) | max (ms) | socket errors | non-2xx | read (MiB) | MiB/s |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(row(count(load.requests()), fixed(load.requestsPerSecond(), 1), ms(load.p50()), ms(load.p75()),
                ms(load.p90()), ms(load.p99()), ms(load.maxMillis()), socketErrors(load), non2xx(load),
                fixed(load.bytesRead() / 1048576.0, 1), fixed(load.bytesPerSecond() / 1048576.0, 2)));

        md.append("\n**Memory of the server's JVM** (sampled every second during the load, ").append(memory.samples())
                .append(" samples)\n\n");
        md.append("| heap used, peak (MiB) | heap committed, peak (MiB) | heap max (MiB) | RSS, peak (MiB) |\n");
        md.append("|---:|---:|---:|---:|\n");
        md.append(row(mib(memory.heapUsed()), mib(memory.heapCommitted()), mib(memory.heapMax()),
                memory.rss() < 0 ? "n/a" : mib(memory.rss())));

        md.append("\n**The mix**, each request asked alone before the load (its first call, timed)\n\n");
        md.append("| # | kind | request | status | alone (ms) | answer (bytes) |\n|---:|---|---|---:|---:|---:|\n");
        for (int i = 0; i < mix.size(); i++) {
            Solo solo = mix.get(i);
            md.append(row(Integer.toString(i + 1), solo.target().kind(), solo.target().name(),
                    solo.status() == 0 ? "no answer" : Integer.toString(solo.status()), ms(solo.millis()), count(solo.bytes())));
        }

        md.append("\n**/health during a deliberately expensive query** (").append("a cross join of all payments, "
                + "COUNT(*); /health polled every 100 ms until it answered)\n\n");
        md.append("| expensive query | answered after (s) | /health polls | not 200 | p50 (ms) | p99 (ms) | max (ms) "
                + "| /health after (ms) | cheap query after (ms) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(row(probe.heavyStatus() + " " + probe.heavyBody().replace("|", "\\|"), fixed(probe.heavySeconds(), 2),
                Integer.toString(probe.healthMillis().size()), Integer.toString(probe.healthFailed()),
                ms(probe.healthPercentile(50)), ms(probe.healthPercentile(99)), ms(probe.healthMax()),
                probe.healthAfterStatus() + ": " + ms(probe.healthAfterMillis()),
                probe.cheapStatus() + ": " + ms(probe.cheapMillis()) + " (" + probe.cheapBody() + ")"));
        md.append("\n").append(verdict(mix, load, probe, s.timeoutSeconds())).append("\n");
        return md.toString();
    }

    /** One line per target the issue sets: errors 0, /health responsive, the timeout frees the server. */
    static String verdict(List<Solo> mix, Wrk.Result load, HealthProbe.Result probe, long timeoutSeconds) {
        boolean stoppedByTimeout = probe.heavyStatus() == 503 && probe.heavySeconds() < timeoutSeconds * 1.5;
        List<String> failing = mix.stream().filter(s -> s.status() / 100 != 2)
                .map(s -> s.target().name() + " " + s.status()).toList();
        return "- errors under load (socket errors + non-2xx): **" + load.errors() + "** (target 0)\n"
                + (failing.isEmpty() ? "" : "- failing even alone: " + String.join("; ", failing) + "\n")
                + "- /health while the expensive query ran: " + probe.healthFailed() + " failed of "
                + probe.healthMillis().size() + ", max " + ms(probe.healthMax()) + " ms\n"
                + "- the expensive query was " + (stoppedByTimeout ? "stopped by the " + timeoutSeconds + " s timeout after "
                + fixed(probe.heavySeconds(), 1) + " s" : "NOT stopped by the timeout (status " + probe.heavyStatus()
                + " after " + fixed(probe.heavySeconds(), 1) + " s)") + "; afterwards /health answered "
                + probe.healthAfterStatus() + " and a cheap query " + probe.cheapStatus();
    }

    private static String socketErrors(Wrk.Result r) {
        if (r.socketErrors() == 0) return "0";
        return r.socketErrors() + " (connect " + r.connectErrors() + ", read " + r.readErrors() + ", write "
                + r.writeErrors() + ", timeout " + r.timeouts() + ")";
    }

    private static String non2xx(Wrk.Result r) {
        if (r.non2xx() == 0) return "0";
        return r.non2xx() + " (" + statuses(r.statuses()) + ")";
    }

    private static String row(String... cells) { return "| " + String.join(" | ", cells) + " |\n"; }

    static String ms(double millis) {
        if (Double.isNaN(millis)) return "–";
        return millis < 10 ? fixed(millis, 2) : millis < 100 ? fixed(millis, 1) : count(Math.round(millis));
    }

    private static String fixed(double v, int decimals) { return String.format(Locale.ROOT, "%." + decimals + "f", v); }

    private static String count(long n) { return String.format(Locale.ROOT, "%,d", n); }

    private static String mib(long bytes) { return count(Math.round(bytes / 1048576.0)); }

    /** status → count as "503: 2, 504: 1". */
    static String statuses(Map<Integer, Long> byStatus) {
        return byStatus.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }
}
