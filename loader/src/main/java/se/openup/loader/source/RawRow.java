package se.openup.loader.source;

/**
 * One row as the file has it: its line (CSV: the physical line the record starts on; XLSX: the sheet's row
 * number; JSON: the record's 1-based position) and its cells as text, untouched.
 */
public record RawRow(long line, String[] cells) {
    public String cell(int index) { return index >= 0 && index < cells.length ? cells[index] : null; }
}
