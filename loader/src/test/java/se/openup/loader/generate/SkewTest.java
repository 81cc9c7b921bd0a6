package se.openup.loader.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.generate.GeneratedFiles.Row;

/** Real ledgers are concentrated: few suppliers take most of the money, big ones sell everywhere, small ones locally. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SkewTest {
    Path out;
    List<Row> companyRows;

    @BeforeAll
    void generate(@TempDir Path dir) throws IOException {
        out = dir;
        GeneratedFiles.generate(out, 30, 30_000, 11);
        companyRows = GeneratedFiles.allRows(out).stream()
                .filter(r -> !GeneratedFiles.isPersonnummer(r.supplierId())).toList();
    }

    @Test
    void theTopTenthOfSuppliersTakesMostOfTheMoney() {
        Map<String, BigDecimal> bySupplier = companyRows.stream().collect(Collectors.groupingBy(Row::supplierDigits,
                Collectors.reducing(BigDecimal.ZERO, Row::amount, BigDecimal::add)));
        List<BigDecimal> sorted = bySupplier.values().stream().sorted(Comparator.reverseOrder()).toList();
        BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top = sorted.subList(0, sorted.size() / 10).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        double share = top.doubleValue() / total.doubleValue();
        assertTrue(sorted.size() > 300, "suppliers seen: " + sorted.size());
        assertTrue(share > 0.5, "top 10 % of suppliers take " + share + " of the amount");
        // Zipf, not just different invoice sizes: the same top tenth also sends most of the rows
        List<Long> rowCounts = companyRows.stream().collect(Collectors.groupingBy(Row::supplierDigits,
                Collectors.counting())).values().stream().sorted(Comparator.reverseOrder()).toList();
        long topRows = rowCounts.subList(0, rowCounts.size() / 10).stream().mapToLong(Long::longValue).sum();
        assertTrue(topRows > companyRows.size() * 0.4, "top 10 % of suppliers send " + topRows + " rows");
        // …and the long tail is there: the smaller half of the suppliers shares a few per cent
        BigDecimal bottomHalf = sorted.subList(sorted.size() / 2, sorted.size()).stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        double tail = bottomHalf.doubleValue() / total.doubleValue();
        assertTrue(tail < 0.1, "the smaller half of the suppliers takes " + tail);
    }

    @Test
    void bigSuppliersSellEverywhereSmallOnesInOneCounty() {
        Map<String, Set<String>> buyersBySupplier = companyRows.stream().collect(Collectors.groupingBy(
                Row::supplierDigits, Collectors.mapping(Row::kommunkod, Collectors.toSet())));
        Set<String> allBuyers = companyRows.stream().map(Row::kommunkod).collect(Collectors.toSet());
        assertEquals(30, allBuyers.size());
        String biggest = companyRows.stream().collect(Collectors.groupingBy(Row::supplierDigits, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(allBuyers, buyersBySupplier.get(biggest), "the biggest supplier sells to every buyer");
        Map<String, String> countyOf = Buyers.read(se.openup.loader.TestData.sharedDir()).stream()
                .collect(Collectors.toMap(Buyers.Buyer::kommunkod, Buyers.Buyer::lanKod));
        long local = buyersBySupplier.values().stream()
                .filter(b -> b.stream().map(countyOf::get).distinct().count() == 1).count();
        assertTrue(local > buyersBySupplier.size() / 2, "single-county suppliers: " + local + " of " + buyersBySupplier.size());
    }
}
