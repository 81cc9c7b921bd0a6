package se.openup.loader.mapping;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A parsed mapping file (mappings/*.yaml): how to read one publisher layout. See docs/mappings.md. */
public record MappingProfile(
        String id,
        String title,
        String kind,
        Buyer buyer,
        Publisher publisher,
        Source source,
        Dialect dialect,
        Map<String, ColumnSpec> columns,
        @JsonProperty("null") List<String> nullValues,
        List<String> redacted,
        String redactedPattern,
        List<SkipRule> skip,
        List<SkipRule> redactIf,
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String checksum) {

    /** Constants for the buyer; {@code orgnrFromKommunkod} looks the orgnr up in the municipality reference. */
    public record Buyer(String orgnr, String name, String kommunkod, Boolean orgnrFromKommunkod) {}

    /**
     * Who published the file when that is not the buyer of every row (procurement statistics): the publisher of
     * the dcat:Dataset, and the scope of the names of suppliers it gives without an organisation number.
     */
    public record Publisher(String orgnr, String name) {}

    /** format: csv | xlsx | json; sheet: xlsx sheet (1-based number or name); records: json array member. */
    public record Source(String format, String sheet, String records, String fileName) {}

    /** The CSVW dialect subset we use. */
    public record Dialect(String encoding, String delimiter, String quoteChar, Boolean header, Integer skipRows) {}

    /**
     * A field and a regex. Under {@code skip}: rows that are not postings (a sum row), reported as skipped. Under
     * {@code redactIf} (procurement): rows whose supplier must not be named (a natural person).
     */
    public record SkipRule(String field, String pattern) {}

    public MappingProfile withChecksum(String sha256) {
        return new MappingProfile(id, title, kind, buyer, publisher, source, dialect, columns, nullValues, redacted,
                redactedPattern, skip, redactIf, sha256);
    }

    public String kindOrDefault() { return kind == null ? "ledger" : kind; }

    public String format() { return source == null || source.format() == null ? "csv" : source.format(); }

    public Dialect dialectOrDefault() {
        Dialect d = dialect == null ? new Dialect(null, null, null, null, null) : dialect;
        return new Dialect(d.encoding() == null ? "auto" : d.encoding(),
                d.delimiter() == null ? ";" : d.delimiter(),
                d.quoteChar() == null ? "\"" : d.quoteChar(),
                d.header() == null ? Boolean.TRUE : d.header(),
                d.skipRows() == null ? 0 : d.skipRows());
    }

    public List<String> nullValuesOrDefault() { return nullValues == null ? List.of("") : nullValues; }
}
