package se.openup.loader.cube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DirectAwardThresholdsTest {
    /** The payment version of the threshold query carries the same table as VALUES: the two must agree. */
    @Test
    void sameTableAsTheQueries() throws Exception {
        String query = Files.readString(Path.of("../queries/payments/above-threshold-pairs.rq"));
        Matcher m = Pattern.compile("\\((\\d{4}) (\\d+)\\)").matcher(query);
        int years = 0;
        while (m.find()) {
            assertEquals(new BigDecimal(m.group(2)), DirectAwardThresholds.forYear(Integer.parseInt(m.group(1))).orElseThrow(), m.group());
            years++;
        }
        assertEquals(13, years);
        assertTrue(DirectAwardThresholds.forYear(2013).isEmpty());
        assertEquals(new BigDecimal(505_800), DirectAwardThresholds.lowest());
    }
}
