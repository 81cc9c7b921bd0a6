package se.openup.endpoint.bench;

import java.util.List;

/** Median and p95 of timings in nanoseconds, as milliseconds. */
final class Stats {
    private Stats() { }

    /** The middle value (the mean of the two middle ones for an even count); NaN for none. */
    static double median(List<Long> nanos) {
        if (nanos.isEmpty()) return Double.NaN;
        long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int m = s.length / 2;
        return (s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0) / 1e6;
    }

    /** Nearest rank: the smallest value at least 95 % of the runs do not exceed (with 20 runs, the 19th). */
    static double p95(List<Long> nanos) {
        if (nanos.isEmpty()) return Double.NaN;
        long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return s[(int) Math.ceil(0.95 * s.length) - 1] / 1e6;
    }
}
