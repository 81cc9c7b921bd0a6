package se.openup.endpoint.meta;

import io.javalin.http.Context;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import se.openup.endpoint.meta.Holdings.SourceFile;
import se.openup.endpoint.meta.MetadataCache.Snapshot;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.Pages;
import se.openup.loader.export.Dumps;
import se.openup.loader.rdf.Iris;

/**
 * The dataset-description routes: home page, SPARQL editor, DCAT-AP-SE catalogue and VoID. Figures come from the
 * {@link MetadataCache}; the catalogue reads the few dataset and file descriptions from the store per request.
 */
public final class MetadataPages {
    /**
     * The whole-store dumps offered at /dumps/ (listed as void:dataDump and as DCAT distributions); the exports
     * routes supply one when a dumps directory is configured, otherwise there are none.
     */
    public interface DumpSource {
        List<Dumps.Dump> dumps();

        DumpSource NONE = List::of;
    }

    private final DatasetGraph dataset;
    private final String base;
    private final MetadataCache cache;
    private final SourceAccess access = new SourceAccess();
    private final List<ExampleQueries.Example> examples = ExampleQueries.all();
    private volatile DumpSource dumps = DumpSource.NONE;

    public MetadataPages(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = new Iris(base).base(); // with its trailing slash, as the loader minted the IRIs
        this.cache = new MetadataCache(dataset, this.base);
    }

    /** Starts computing the figures now, so that the first visitor need not wait for them; returns the thread. */
    public Thread warm() {
        return cache.warmInBackground();
    }

    public MetadataPages withDumps(DumpSource source) {
        this.dumps = source;
        return this;
    }

    public void home(Context ctx) {
        Snapshot s = cache.get();
        Holdings h = s.holdings();
        Map<String, Object> model = new HashMap<>();
        model.put("buyers", h.buyers());
        model.put("periods", h.periods());
        model.put("payments", Figures.count(h.payments()));
        model.put("paid", Figures.sek(h.paid()));
        model.put("rejected", Figures.count(h.rejected()));
        model.put("redacted", Figures.count(h.redacted()));
        model.put("processes", Figures.count(h.processes()));
        model.put("contracted", Figures.sek(h.contracted()));
        model.put("files", h.files().stream().map(MetadataPages::fileLine).toList());
        model.put("triples", Figures.count(s.statistics().triples()));
        model.put("computedAt", s.computedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        model.put("computeSeconds", String.format("%.1f", s.computeTime().toMillis() / 1000.0));
        Pages.html(ctx, "home", model);
    }

    private static Map<String, Object> fileLine(SourceFile f) {
        Map<String, Object> line = new HashMap<>();
        line.put("title", f.title());
        line.put("publisher", f.publisher() == null ? "" : f.publisher());
        line.put("period", f.period() == null ? "" : f.period());
        line.put("kind", f.kind() == null ? "ledger" : f.kind());
        line.put("rows", Figures.count(f.rowsLoaded()));
        line.put("rejected", Figures.count(f.rowsRejected()));
        line.put("redacted", Figures.count(f.rowsRedacted()));
        // only ledger amounts are SEK paid; other kinds sum other things (inhabitants, tenders), see source-files query
        line.put("sum", f.isLedger() ? Figures.sek(f.amount()) : "");
        line.put("graph", f.graph());
        return line;
    }

    public void editor(Context ctx) {
        Pages.html(ctx, "editor", Map.of("sparql", OpenUpServer.SPARQL_PATH, "examples", examples));
    }

    public void catalog(Context ctx) {
        String server = serverUrl(ctx);
        List<Dumps.Dump> offered = dumps.dumps();
        RdfResponses.send(ctx, Txn.calculateRead(dataset, () -> DcatCatalogue.build(dataset, server, base, access, offered)));
    }

    public void voidDescription(Context ctx) {
        String server = serverUrl(ctx);
        List<String> urls = dumps.dumps().stream().map(d -> DumpDistributions.url(server, d)).toList();
        RdfResponses.send(ctx, VoidDescription.build(cache.get(), server, base, urls));
    }

    /** This server as the client reached it (scheme and Host header): the absolute URLs VoID and DCAT need. */
    static String serverUrl(Context ctx) { return ctx.scheme() + "://" + ctx.host(); }
}
