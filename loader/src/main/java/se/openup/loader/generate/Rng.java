package se.openup.loader.generate;

/**
 * SplitMix64, written out here rather than borrowed from the JDK so that a seed gives the same bytes on every
 * JDK version (java.util.Random's gaussian and SplittableRandom are implementation details). Transcendental
 * functions go through StrictMath for the same reason: Math.log may differ in the last ulp between platforms,
 * which could move an amount by one öre.
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;
    private double spareGaussian = Double.NaN;

    Rng(long seed) { this.state = seed; }

    /** An independent stream for one part of the output (a buyer, the supplier pool), so parts can run in any order. */
    static Rng derive(long seed, long salt) { return new Rng(mix(seed ^ mix(salt + GOLDEN))); }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() { return (nextLong() >>> 11) * 0x1.0p-53; }

    /** Uniform in [0, bound); bound > 0. Multiply-shift: the bias is below 2^-32 for the bounds used here. */
    int nextInt(int bound) { return (int) (((nextLong() >>> 32) * bound) >>> 32); }

    /** Uniform in [lo, hi]. */
    int between(int lo, int hi) { return lo + nextInt(hi - lo + 1); }

    boolean chance(double p) { return nextDouble() < p; }

    <T> T pick(T[] items) { return items[nextInt(items.length)]; }

    /** Standard normal by the Marsaglia polar method (the second value of each pair is kept for the next call). */
    double nextGaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double g = spareGaussian;
            spareGaussian = Double.NaN;
            return g;
        }
        double u, v, s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * f;
        return u * f;
    }

    /** Fisher–Yates on an index permutation. */
    void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
