package se.openup.loader.source;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * XLSX through the streaming reader (constant memory whatever the sheet size). Cells become text the way a
 * person reads them: numbers in their shortest decimal form, date-formatted cells as ISO dates.
 */
final class XlsxSource implements RowSource {
    private final String sheetRef;

    XlsxSource(String sheetRef) { this.sheetRef = sheetRef; }

    @Override
    public void read(Path file, RowHandler out) {
        checkLooksLikeZip(file);
        Workbook workbook;
        try {
            workbook = StreamingReader.builder().rowCacheSize(256).bufferSize(1 << 16).open(file.toFile());
        } catch (RuntimeException e) {
            throw new SourceException("cannot open the workbook (truncated or corrupt XLSX?): " + rootMessage(e), e);
        }
        try (workbook) {
            Sheet sheet = pick(workbook);
            boolean headerSeen = false;
            for (Row row : sheet) {
                String[] cells = cells(row);
                if (isBlank(cells)) continue;
                if (!headerSeen) {
                    headerSeen = true;
                    out.header(List.of(cells));
                } else {
                    out.row(new RawRow(row.getRowNum() + 1L, cells));
                }
            }
            if (!headerSeen) throw new SourceException("the sheet '" + sheet.getSheetName() + "' is empty");
        } catch (SourceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SourceException("cannot read the workbook (truncated or corrupt XLSX?): " + rootMessage(e), e);
        }
    }

    private Sheet pick(Workbook workbook) {
        if (sheetRef == null || sheetRef.isBlank()) return workbook.getSheetAt(0);
        if (sheetRef.matches("\\d+")) {
            int index = Integer.parseInt(sheetRef) - 1;
            if (index >= 0 && index < workbook.getNumberOfSheets()) return workbook.getSheetAt(index);
        } else {
            Sheet s = workbook.getSheet(sheetRef);
            if (s != null) return s;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) names.add(workbook.getSheetName(i));
        throw new SourceException("no sheet '" + sheetRef + "' in the workbook; its sheets are " + names);
    }

    private static String[] cells(Row row) {
        int width = Math.max(row.getLastCellNum(), 0);
        String[] cells = new String[width];
        for (Cell cell : row) {
            int i = cell.getColumnIndex();
            if (i < width) cells[i] = text(cell, cell.getCellType());
        }
        return cells;
    }

    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> text(cell, cell.getCachedFormulaResultType());
            default -> null;
        };
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
