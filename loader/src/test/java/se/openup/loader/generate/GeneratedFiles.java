package se.openup.loader.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.openup.loader.TestData;

/**
 * Reads a generated folder back the simple way (split on ';'), independently of the generator's code, so the
 * tests check the bytes that were written rather than the generator's own bookkeeping.
 */
final class GeneratedFiles {
    static final String HEADER = "kopare_id;kopare;verifikationsnummer;leverantor;leverantor_id;konto_nr;konto_text;"
            + "belopp;datum;forvaltning;fakturanummer;grund;avtal;kommun_id";

    /** One data row: the file it came from and its 14 cells by header position. */
    record Row(Path file, String[] cells) {
        String buyerId() { return cells[0]; }
        String buyerName() { return cells[1]; }
        String voucher() { return cells[2]; }
        String supplierName() { return cells[3]; }
        String supplierId() { return cells[4]; }
        String accountCode() { return cells[5]; }
        BigDecimal amount() { return new BigDecimal(cells[7]); }
        String date() { return cells[8]; }
        String invoice() { return cells[10]; }
        String basis() { return cells[11]; }
        String contract() { return cells[12]; }
        String kommunkod() { return cells[13]; }
        /** The id without its dash: the generator writes both forms, depending on the buyer. */
        String supplierDigits() { return cells[4].replace("-", ""); }
    }

    private GeneratedFiles() {}

    static LedgerGenerator.Result generate(Path out, int buyers, long rows, long seed) throws IOException {
        return LedgerGenerator.generate(new LedgerGenerator.Options(buyers, rows, seed, 2023, out, TestData.sharedDir()));
    }

    static List<Path> csvFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows of one file; the header is checked to be the first line. */
    static List<Row> rows(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] lines = text.split("\r\n", -1);
            if (!lines[0].equals(HEADER)) throw new AssertionError(file + ": header is '" + lines[0] + "'");
            if (!lines[lines.length - 1].isEmpty()) throw new AssertionError(file + ": last line not ended by CRLF");
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < lines.length - 1; i++) rows.add(new Row(file, lines[i].split(";", -1)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> allRows(Path dir) {
        List<Row> all = new ArrayList<>();
        for (Path f : csvFiles(dir)) all.addAll(rows(f));
        return all;
    }

    /** A personnummer YYMMDD-NNNN (dash optional): real month and day, correct Luhn digit. */
    static boolean isPersonnummer(String id) {
        String d = id.replace("-", "");
        if (!d.matches("\\d{10}") || !se.openup.loader.normalise.OrgNumber.luhnValid(d)) return false;
        int yy = Integer.parseInt(d.substring(0, 2)), mm = Integer.parseInt(d.substring(2, 4));
        int dd = Integer.parseInt(d.substring(4, 6));
        if (mm < 1 || mm > 12 || dd < 1) return false;
        return dd <= java.time.YearMonth.of(1900 + yy, mm).lengthOfMonth();
    }
}
