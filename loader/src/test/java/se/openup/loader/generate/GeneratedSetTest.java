package se.openup.loader.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.TestData;
import se.openup.loader.generate.GeneratedFiles.Row;
import se.openup.loader.normalise.OrgNumber;
import se.openup.loader.normalise.SupplierId;
import se.openup.loader.normalise.SupplierIdParser;

/** One small generated set (5 buyers, 2 000 rows), read back and checked cell by cell. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedSetTest {
    private static final Pattern FILE_NAME = Pattern.compile("synthetic-(\\d{4})-2023-(\\d{2})\\.csv");
    private static final Pattern AMOUNT = Pattern.compile("-?(0|[1-9]\\d*)\\.\\d{2}");

    Path out;
    LedgerGenerator.Result result;
    List<Row> rows;

    @BeforeAll
    void generate(@TempDir Path dir) throws IOException {
        out = dir;
        result = GeneratedFiles.generate(out, 5, 2_000, 42);
        rows = GeneratedFiles.allRows(out);
    }

    @Test
    void writesExactlyTheRequestedRows() {
        assertEquals(2_000, rows.size());
        assertEquals(2_000, result.rows());
        assertEquals(GeneratedFiles.csvFiles(out).size(), result.files());
    }

    @Test
    void filesFollowTheSpecLayout() throws IOException {
        int monthOnlyRows = 0;
        for (Path f : GeneratedFiles.csvFiles(out)) {
            byte[] bytes = Files.readAllBytes(f);
            assertEquals('k', bytes[0], f + " must start with the header, no BOM");
            Matcher m = FILE_NAME.matcher(f.getFileName().toString());
            assertTrue(m.matches(), "file name " + f.getFileName());
            List<Row> fileRows = GeneratedFiles.rows(f);
            assertFalse(fileRows.isEmpty(), f + " has no rows");
            String previousDate = "";
            int monthOnly = 0;
            for (Row r : fileRows) {
                assertEquals(14, r.cells().length, () -> f + ": " + String.join(";", r.cells()));
                assertEquals(m.group(1), r.kommunkod(), "kommun_id matches the file name");
                assertTrue(AMOUNT.matcher(r.cells()[7]).matches(), "amount " + r.cells()[7]);
                assertNotEquals(0, r.amount().signum(), "no zero amounts");
                if (r.date().equals("2023-" + m.group(2))) {
                    monthOnly++; // a month-only posting (YYYY-MM)
                } else {
                    assertTrue(r.date().matches("2023-" + m.group(2) + "-\\d{2}"), "date " + r.date() + " in " + f);
                    assertTrue(r.date().compareTo(previousDate) >= 0, "rows are in booking order");
                    previousDate = r.date();
                }
                assertTrue(Set.of("direktupphandling", "upphandling", "ramavtal", "-").contains(r.basis()), r.basis());
                assertTrue(r.accountCode().matches("\\d{4,5}"), r.accountCode());
            }
            monthOnlyRows += monthOnly;
        }
        assertTrue(monthOnlyRows > 0, "some postings carry only their month");
    }

    @Test
    void buyersAreRealMunicipalitiesWithTheirOrgnr() throws IOException {
        Map<String, String[]> real = new HashMap<>();
        try (Reader in = Files.newBufferedReader(TestData.shared("reference/municipalities.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in))
                real.put(r.get("kommunkod"), new String[] {r.get("orgnr"), r.get("kommun")});
        }
        Set<String> buyers = new HashSet<>();
        for (Row r : rows) {
            String[] m = real.get(r.kommunkod());
            assertTrue(m != null, "unknown kommunkod " + r.kommunkod());
            assertEquals(m[0], r.buyerId(), "orgnr of " + r.kommunkod());
            assertEquals(m[1], r.buyerName(), "name of " + r.kommunkod());
            buyers.add(r.kommunkod());
        }
        assertEquals(5, buyers.size());
    }

    @Test
    void everySupplierIdIsALegalPersonOrAPersonnummer() {
        long personal = 0;
        for (Row r : rows) {
            String id = r.supplierId();
            if (GeneratedFiles.isPersonnummer(id)) {
                personal++;
                assertEquals(SupplierId.Kind.PERSONAL, SupplierIdParser.classify(id).kind(), id);
            } else {
                assertTrue(OrgNumber.isValid(r.supplierDigits()), "not a legal-person orgnr: " + id);
                assertFalse(r.supplierDigits().startsWith("212000"), "a municipality's series: " + id);
            }
        }
        assertEquals(result.soleTraderRows(), personal);
        assertTrue(personal > 0, "some sole traders");
        assertTrue(personal < rows.size() * 0.04, "sole traders are a small minority: " + personal);
    }

    @Test
    void namesAndIdsCorrespondOneToOne() {
        Map<String, Set<String>> namesById = rows.stream().collect(Collectors.groupingBy(Row::supplierDigits,
                Collectors.mapping(Row::supplierName, Collectors.toSet())));
        Map<String, Set<String>> idsByName = rows.stream().collect(Collectors.groupingBy(Row::supplierName,
                Collectors.mapping(Row::supplierDigits, Collectors.toSet())));
        namesById.forEach((id, names) -> assertEquals(1, names.size(), id + " has names " + names));
        idsByName.forEach((name, ids) -> assertEquals(1, ids.size(), name + " has ids " + ids));
    }

    @Test
    void invoicesSpanOneToThreeAccountsAndCreditNotesExist() {
        Map<String, List<Row>> invoices = rows.stream()
                .collect(Collectors.groupingBy(r -> r.buyerId() + " " + r.voucher() + " " + r.invoice()));
        int multi = 0;
        for (List<Row> inv : invoices.values()) {
            assertTrue(inv.size() <= 3, "at most three postings per invoice");
            assertEquals(1, inv.stream().map(Row::supplierId).distinct().count(), "one supplier per invoice");
            assertEquals(1, inv.stream().map(Row::date).distinct().count(), "one date per invoice");
            assertEquals(inv.size(), inv.stream().map(Row::accountCode).distinct().count(), "distinct accounts");
            assertEquals(1, inv.stream().map(r -> r.amount().signum()).distinct().count(), "credit note all negative");
            if (inv.size() > 1) multi++;
        }
        assertTrue(multi > invoices.size() / 10, "multi-account invoices: " + multi + " of " + invoices.size());
        long credits = rows.stream().filter(r -> r.amount().signum() < 0).count();
        assertEquals(result.creditRows(), credits);
        assertTrue(credits > rows.size() * 0.02 && credits < rows.size() * 0.07, "credit rows " + credits);
        BigDecimal sum = rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(result.amount(), sum);
    }

    @Test
    void theFolderSaysItIsSynthetic() throws IOException {
        String md = Files.readString(out.resolve("SYNTHETIC.md"), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# SYNTHETIC DATA"), md);
        assertTrue(md.contains("`openup generate --buyers 5 --rows 2000 --seed 42 --year 2023 --out <this folder>`"), md);
        assertTrue(md.contains("| posting rows | 2000 |"), md);
        assertTrue(md.contains("| sole-trader rows (the loader must redact them) | " + result.soleTraderRows() + " |"), md);
    }
}
