package se.openup.loader.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import se.openup.loader.mapping.LedgerHandler;
import se.openup.loader.mapping.LedgerRow;
import se.openup.loader.mapping.Rejection;

/**
 * What one file's load did, counted as the rows stream past. Invariants (checked by tests and SHACL):
 * rowsRead = rowsLoaded + rowsRejected and amountRead = amountLoaded + amountRejected; skipped rows (a sum
 * row) are not postings and are counted apart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"file", "status", "mapping", "graph", "sha256", "bytes", "rowsRead", "rowsLoaded", "rowsRejected",
        "rowsRedacted", "rowsSkipped", "creditRows", "amountOf", "amountRead", "amountLoaded", "amountRejected", "triples",
        "started", "ended", "rejected", "skipped"})
public final class LoadReport implements LedgerHandler {
    public enum Status { LOADED, UNCHANGED }

    public record Skip(long line, String reason) {}

    private final String file;
    private final String mapping;
    private final String graph;
    private final String sha256;
    private final long bytes;
    private Status status = Status.LOADED;
    private long rowsLoaded, rowsRejected, rowsRedacted, rowsSkipped, creditRows, triples;
    private BigDecimal amountLoaded = BigDecimal.ZERO.setScale(2);
    private BigDecimal amountRejected = BigDecimal.ZERO.setScale(2);
    private final List<Rejection> rejected = new ArrayList<>();
    private final List<Skip> skipped = new ArrayList<>();
    private final Map<String, String> datasets = new TreeMap<>();
    private Instant started = Instant.now(), ended;
    private LongConsumer progress = n -> { };
    private String amountOf;

    public LoadReport(SourceFile source, String mapping, String graph) {
        this(source.name(), mapping, graph, source.sha256(), source.bytes());
    }

    LoadReport(String file, String mapping, String graph, String sha256, long bytes) {
        this.file = file;
        this.mapping = mapping;
        this.graph = graph;
        this.sha256 = sha256;
        this.bytes = bytes;
    }

    /** Called with 1 000 each time another 1 000 rows have been read (drives a progress bar). */
    void onProgress(LongConsumer progress) { this.progress = progress; }

    @Override
    public void payment(LedgerRow row) {
        int year = row.date().getYear();
        dataset(row.buyerOrgnr(), year, "Leverantörsreskontra " + (row.buyerName() != null ? row.buyerName()
                : "organisation " + row.buyerOrgnr()) + " " + year);
        loaded(row.amount(), row.payee().isRedacted());
    }

    /** A loaded row of any kind, with the figure the kind sums (a payment's amount, a contract's value …). */
    public void loaded(BigDecimal amount, boolean redacted) {
        rowsLoaded++;
        amountLoaded = amountLoaded.add(amount);
        if (amount.signum() < 0) creditRows++;
        if (redacted) rowsRedacted++;
        tick();
    }

    /**
     * What the amounts add up when it is not a ledger's payments in SEK (e.g. "number of contracted tenders
     * (count, not SEK)"): shown in the summary and the JSON report.
     */
    public void amountOf(String description) { this.amountOf = description; }

    /** The publisher-year dcat:Dataset a loaded row belongs to (first title wins). */
    public void dataset(String publisherOrgnr, int year, String title) {
        datasets.putIfAbsent(publisherOrgnr + " " + year, title);
    }

    @Override
    public void rejected(Rejection r) {
        rowsRejected++;
        if (r.amount() != null) amountRejected = amountRejected.add(r.amount());
        rejected.add(r);
        tick();
    }

    @Override
    public void skipped(long line, String reason) {
        rowsSkipped++;
        skipped.add(new Skip(line, reason));
    }

    private void tick() {
        long n = rowsRead();
        if (n % 1000 == 0) progress.accept(1000);
    }

    void finish(long triples) {
        this.triples = triples;
        this.ended = Instant.now();
    }

    void markUnchanged(RecordedLoad recorded) {
        status = Status.UNCHANGED;
        rowsLoaded = recorded.rowsLoaded();
        rowsRejected = recorded.rowsRejected();
        rowsRedacted = recorded.rowsRedacted();
        rowsSkipped = recorded.rowsSkipped();
        amountLoaded = recorded.amountLoaded();
        amountRejected = recorded.amountRejected();
        started = null;
    }

    public String getFile() { return file; }
    public Status getStatus() { return status; }
    public String getMapping() { return mapping; }
    public String getGraph() { return graph; }
    public String getSha256() { return sha256; }
    public long getBytes() { return bytes; }
    public long getRowsRead() { return rowsRead(); }
    public long getRowsLoaded() { return rowsLoaded; }
    public long getRowsRejected() { return rowsRejected; }
    public long getRowsRedacted() { return rowsRedacted; }
    public long getRowsSkipped() { return rowsSkipped; }
    public long getCreditRows() { return creditRows; }
    public String getAmountOf() { return amountOf; }
    public BigDecimal getAmountRead() { return amountLoaded.add(amountRejected); }
    public BigDecimal getAmountLoaded() { return amountLoaded; }
    public BigDecimal getAmountRejected() { return amountRejected; }
    public long getTriples() { return triples; }
    public String getStarted() { return started == null ? null : started.toString(); }
    public String getEnded() { return ended == null ? null : ended.toString(); }
    public List<Rejection> getRejected() { return rejected; }
    public List<Skip> getSkipped() { return skipped; }

    public long rowsRead() { return rowsLoaded + rowsRejected; }
    Instant started() { return started; }
    Instant ended() { return ended; }
    /** "orgnr year" → title of each dataset this file belongs to. */
    Map<String, String> datasets() { return datasets; }

    /** The human summary the CLI prints. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%s — %s (mapping %s)%n", file, status == Status.UNCHANGED
                ? "unchanged since its last load (same sha256 and mapping): nothing written" : "loaded", mapping));
        s.append(String.format("  rows read %,d = loaded %,d + rejected %,d   (redacted %s %,d, credit rows %,d, skipped non-postings %,d)%n",
                rowsRead(), rowsLoaded, rowsRejected, amountOf == null ? "payees" : "parties", rowsRedacted, creditRows, rowsSkipped));
        s.append(String.format("  amount read %s = loaded %s + rejected %s %s%n",
                sek(getAmountRead()), sek(amountLoaded), sek(amountRejected), amountOf == null ? "SEK" : "— Σ " + amountOf));
        if (status == Status.LOADED) s.append(String.format("  %,d quads written; graph <%s>%n", triples, graph));
        int shown = 0;
        for (Rejection r : rejected) {
            if (shown++ == 20) {
                s.append(String.format("  … and %,d more rejected rows (all in --report)%n", rejected.size() - 20));
                break;
            }
            s.append("  rejected ").append(r).append('\n');
        }
        for (Skip k : skipped) s.append("  skipped line ").append(k.line()).append(": ").append(k.reason()).append('\n');
        return s.toString();
    }

    static String sek(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,.2f", v).replace(',', ' ');
    }
}
