package se.openup.loader.source;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import se.openup.loader.mapping.MappingProfile.Dialect;

/** Delimited text through FastCSV, after {@link TextDecoding} has settled the encoding. */
final class CsvSource implements RowSource {
    private final Dialect dialect;

    CsvSource(Dialect dialect) { this.dialect = dialect; }

    @Override
    public void read(Path file, RowHandler out) {
        char quote = oneChar(dialect.quoteChar(), "quoteChar");
        try {
            TextDecoding.Opened opened = TextDecoding.open(file, dialect.encoding());
            LineGuard guard = new LineGuard(opened.reader(), opened.charset().name(), quote);
            try (Reader reader = new java.io.BufferedReader(guard, 1 << 16)) {
                long offset = skipLines(reader, dialect.skipRows());
                parse(reader, offset, quote, out);
            }
            guard.checkQuotesClosed();
            out.end();
        } catch (IOException e) {
            throw new SourceException("cannot read the file: " + e.getMessage(), e);
        }
    }

    private void parse(Reader reader, long offset, char quote, RowHandler out) {
        boolean headerSeen = !dialect.header();
        if (headerSeen) out.header(List.of()); // no header row: columns are addressed by number
        long line = offset + 1;
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(oneChar(dialect.delimiter(), "delimiter"))
                .quoteCharacter(quote)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader)) {
            for (CsvRecord record : csv) {
                line = offset + record.getStartingLineNumber();
                String[] cells = record.getFields().toArray(new String[0]);
                if (isBlank(cells)) continue;
                if (!headerSeen) {
                    headerSeen = true;
                    out.header(List.of(cells));
                } else {
                    out.row(new RawRow(line, cells));
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            if (e.getCause() instanceof SourceException se) throw se;
            throw new SourceException("near line " + line + ": " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        } catch (IOException e) {
            throw new SourceException("cannot read the file: " + e.getMessage(), e);
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
