package se.openup.loader.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * XLSX, streamed row by row (constant memory whatever the sheet size). Cells become text the way the file stores
 * them: numbers as their stored decimal (so 1299.1199999999999 reaches the amount parser intact and is rounded to
 * öre there), date-formatted cells as ISO dates, error cells as empty.
 */
final class XlsxSource implements RowSource {
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);
    private final String sheetRef;

    XlsxSource(String sheetRef) { this.sheetRef = sheetRef; }

    @Override
    public void read(Path file, RowHandler out) {
        checkLooksLikeZip(file);
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(file.toFile(), WITH_FORMATS);
        } catch (IOException | RuntimeException e) {
            throw new SourceException("cannot open the workbook (truncated or corrupt XLSX?): " + rootMessage(e), e);
        }
        try (workbook; Stream<Row> rows = pick(workbook).openStream()) {
            boolean[] headerSeen = {false};
            rows.forEach(row -> {
                String[] cells = cells(row);
                if (isBlank(cells)) return;
                if (!headerSeen[0]) {
                    headerSeen[0] = true;
                    out.header(List.of(cells));
                } else {
                    out.row(new RawRow(row.getRowNum(), cells));
                }
            });
            if (!headerSeen[0]) throw new SourceException("the sheet is empty");
            out.end();
        } catch (SourceException e) {
            throw e;
        } catch (IOException | UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw new SourceException("cannot read the workbook (truncated or corrupt XLSX?): " + rootMessage(e), e);
        }
    }

    private Sheet pick(ReadableWorkbook workbook) {
        if (sheetRef == null || sheetRef.isBlank()) return workbook.getFirstSheet();
        var found = sheetRef.matches("\\d+") ? workbook.getSheet(Integer.parseInt(sheetRef) - 1) : workbook.findSheet(sheetRef);
        return found.orElseThrow(() -> new SourceException("no sheet '" + sheetRef + "' in the workbook; its sheets are "
                + workbook.getSheets().map(Sheet::getName).toList()));
    }

    private static String[] cells(Row row) {
        String[] cells = new String[row.getCellCount()];
        for (int i = 0; i < cells.length; i++) {
            Cell c = row.getCell(i);
            if (c != null) cells[i] = text(c);
        }
        return cells;
    }

    private static String text(Cell c) {
        return switch (c.getType()) {
            case NUMBER -> isDate(c) ? c.asDate().toLocalDate().toString() : plain(c.getRawValue());
            case STRING -> c.getText();
            case BOOLEAN -> Boolean.toString(Boolean.TRUE.equals(c.asBoolean()));
            case FORMULA -> c.getRawValue(); // the cached result
            default -> null; // empty and error cells (#VALUE!, #N/A) carry no value
        };
    }

    private static boolean isDate(Cell c) {
        return c.getDataFormatId() != null && DateUtil.isADateFormat(c.getDataFormatId(), c.getDataFormatString());
    }

    /** "1.6541005E7" → "16541005": an invoice number typed as a number must read as the number. */
    private static String plain(String raw) {
        if (raw == null || (raw.indexOf('E') < 0 && raw.indexOf('e') < 0)) return raw;
        try {
            return new BigDecimal(raw).toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) if (c != null && !c.isBlank()) return false;
        return true;
    }

    private static void checkLooksLikeZip(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new SourceException("cannot read the file: " + e.getMessage(), e);
        }
        if (head.length == 0) throw new SourceException("the file is empty (0 bytes)");
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4)
            throw new SourceException("not an XLSX workbook: the file is not a ZIP archive"
                    + " (a CSV or an old .xls file? use a mapping for its real format)");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
