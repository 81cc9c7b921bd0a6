package se.openup.loader.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.openup.loader.mapping.MappingProfile.Dialect;

/** Delimited text through Commons CSV, after {@link TextDecoding} has settled the encoding. */
final class CsvSource implements RowSource {
    private final Dialect dialect;

    CsvSource(Dialect dialect) { this.dialect = dialect; }

    @Override
    public void read(Path file, RowHandler out) {
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(oneChar(dialect.delimiter(), "delimiter"))
                .setQuote(oneChar(dialect.quoteChar(), "quoteChar"))
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        try {
            TextDecoding.Opened opened = TextDecoding.open(file, dialect.encoding());
            LineGuard guard = new LineGuard(opened.reader(), opened.charset().name());
            try (Reader reader = new java.io.BufferedReader(guard, 1 << 16)) {
                long offset = skipLines(reader, dialect.skipRows());
                parse(format, reader, offset, out);
            }
        } catch (IOException e) {
            throw new SourceException("cannot read the file: " + e.getMessage(), e);
        }
    }

    private void parse(CSVFormat format, Reader reader, long offset, RowHandler out) throws IOException {
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        long previousEnd = 0;
        boolean headerSeen = !dialect.header();
        if (headerSeen) out.header(List.of()); // no header row: columns are addressed by number
        try {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = offset + previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                String[] cells = record.values();
                if (isBlank(cells)) continue;
                if (!headerSeen) {
                    headerSeen = true;
                    out.header(List.of(cells));
                } else {
                    out.row(new RawRow(line, cells));
                }
            }
        } catch (UncheckedIOException e) {
            String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            if (why != null && why.contains("EOF reached before encapsulated token finished"))
                throw new SourceException("unterminated quoted field starting near line " + (offset + previousEnd + 1)
                        + ": a quote (" + dialect.quoteChar() + ") is opened and never closed", e);
            throw new SourceException("line " + (offset + previousEnd + 1) + ": " + why, e);
        }
        if (!headerSeen) throw new SourceException("the file is empty: no header row, only blank lines or a byte-order mark");
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) if (c != null && !c.isBlank()) return false;
        return true;
    }

    /** Skips the lines before the header (a title, notes); returns how many were skipped. */
    private static long skipLines(Reader reader, int n) throws IOException {
        if (n <= 0) return 0;
        reader.mark(2);
        int skipped = 0;
        int c;
        while (skipped < n && (c = reader.read()) >= 0) {
            if (c == '\n') skipped++;
            else if (c == '\r') {
                skipped++;
                reader.mark(1);
                if (reader.read() != '\n') reader.reset();
            }
        }
        return skipped;
    }

    private static char oneChar(String s, String what) {
        if ("\\t".equals(s) || "tab".equalsIgnoreCase(s)) return '\t';
        if (s == null || s.length() != 1)
            throw new SourceException("dialect." + what + " must be a single character, got '" + s + "'");
        return s.charAt(0);
    }
}
