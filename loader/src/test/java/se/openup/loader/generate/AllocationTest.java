package se.openup.loader.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AllocationTest {
    @Test
    void partsAreProportionalAndAddUpExactly() {
        assertArrayEquals(new long[] {50, 30, 20}, Allocation.largestRemainder(100, new long[] {5, 3, 2}));
        // 10 / 3 = 3.33 each: the one left over goes to the first of the equal remainders
        assertArrayEquals(new long[] {4, 3, 3}, Allocation.largestRemainder(10, new long[] {1, 1, 1}));
        // 7 × (0.6, 0.3, 0.1) = 4.2, 2.1, 0.7: the biggest remainder (0.7) gets the spare row
        assertArrayEquals(new long[] {4, 2, 1}, Allocation.largestRemainder(7, new long[] {6, 3, 1}));
    }

    @Test
    void sumIsExactForPopulationLikeWeights() {
        long[] weights = {987_661, 2_464, 35, 1, 0, 151_000};
        for (long total : new long[] {0, 1, 13, 1_000_000, 123_456_789}) {
            long[] parts = Allocation.largestRemainder(total, weights);
            assertEquals(total, Arrays.stream(parts).sum(), "total " + total);
            assertEquals(0, parts[4], "a zero weight gets nothing");
        }
    }

    @Test
    void rejectsWeightsThatCannotBeSplit() {
        assertThrows(IllegalArgumentException.class, () -> Allocation.largestRemainder(5, new long[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Allocation.largestRemainder(5, new long[] {1, -1}));
    }
}
