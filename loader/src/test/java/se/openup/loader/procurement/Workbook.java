package se.openup.loader.procurement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A procurement workbook read for the tests with fastexcel directly, not through the loader, so that expected
 * figures are computed independently of the code under test.
 */
final class Workbook {
    /** The columns both workbooks share (År … Publiceringsdatum). */
    static final int SHARED = 32;
    static final int BUYER_NAME = 1, BUYER_ID = 2, SUBSECTOR = 4, PROCUREMENT_ID = 29;

    final List<String> header;
    /** Every data row, cells as text: strings as written, numbers raw, BOOLEAN cells "1"/"0", empty as "". */
    final List<String[]> rows;

    private Workbook(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    static Workbook read(Path file) {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile()); Stream<Row> stream = wb.getFirstSheet().openStream()) {
            List<String[]> all = new ArrayList<>();
            stream.forEach(r -> {
                String[] cells = new String[r.getCellCount()];
                for (int i = 0; i < cells.length; i++) cells[i] = text(r.getCell(i));
                all.add(cells);
            });
            return new Workbook(List.of(all.get(0)), all.subList(1, all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) return "";
        return c.getType() == CellType.STRING ? c.getText() : c.getRawValue();
    }

    int column(String title) {
        int i = header.indexOf(title);
        if (i < 0) throw new AssertionError("no column '" + title + "' in " + header);
        return i;
    }

    static String cell(String[] row, int i) { return i < row.length && row[i] != null ? row[i] : ""; }

    /**
     * One procurement = one distinct combination of the 32 shared columns, compared the way a reader would: yes/no
     * as a value whether written True/False or 1/0, text without case or punctuation. (Raw, the two files disagree on
     * ";" versus "," and on capitals in a few hundred cells, and 855 procurements would count twice.)
     */
    static String procurement(String[] row) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < SHARED; i++) key.append(comparable(cell(row, i))).append('\u0001');
        return key.toString();
    }

    static String comparable(String v) {
        String s = v.strip();
        if (s.equalsIgnoreCase("true") || s.equals("1")) return "yes";
        if (s.equalsIgnoreCase("false") || s.equals("0")) return "no";
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The first row of each procurement, by its key. */
    Map<String, String[]> procurements() {
        return rows.stream().collect(Collectors.toMap(Workbook::procurement, r -> r, (a, b) -> a));
    }
}
