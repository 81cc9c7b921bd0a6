package se.openup.loader.generate;

/** Splits a whole number of rows over shares so that the parts add up exactly (largest-remainder method). */
final class Allocation {
    private Allocation() {}

    /**
     * Parts proportional to integer weights, summing to exactly total. Integer arithmetic throughout, so no
     * rounding error can make the parts over- or undershoot; ties in the remainders go to the lower index.
     */
    static long[] largestRemainder(long total, long[] weights) {
        if (total < 0) throw new IllegalArgumentException("negative total " + total);
        long sum = 0;
        for (long w : weights) {
            if (w < 0) throw new IllegalArgumentException("negative weight " + w);
            sum = Math.addExact(sum, w);
        }
        if (sum == 0) throw new IllegalArgumentException("weights sum to zero");
        long[] parts = new long[weights.length];
        long[] rest = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            long scaled = Math.multiplyExact(total, weights[i]);
            parts[i] = scaled / sum;
            rest[i] = scaled % sum;
            given += parts[i];
        }
        // fewer than weights.length rows are left over: one each to the biggest remainders
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) if (rest[i] > rest[best]) best = i;
            parts[best]++;
            rest[best] = -1;
        }
        return parts;
    }
}
