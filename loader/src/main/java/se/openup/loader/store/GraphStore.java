package se.openup.loader.store;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.base.file.Location;
import se.openup.loader.mapping.FilePeriod;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.rdf.Iris;
import se.openup.loader.source.RowSource;
import se.openup.loader.source.SourceException;

/**
 * The TDB2 store: one named graph per source file. A load replaces the file's graph in one write transaction —
 * delete the old graph, stream the new rows through Jena's sequential bulk loader, describe the load — so a
 * failure anywhere leaves the store exactly as it was, and reloading an unchanged file writes nothing.
 */
public final class GraphStore implements AutoCloseable {
    private static final MonitorOutput QUIET = (fmt, args) -> { };
    private final Location location;
    private DatasetGraph dsg;

    private GraphStore(Location location) {
        this.location = location;
        this.dsg = DatabaseMgr.connectDatasetGraph(location);
    }

    public static GraphStore open(Path dir) { return new GraphStore(Location.create(dir)); }

    public DatasetGraph dataset() { return dsg; }

    /**
     * What a load needs besides the file and mapping. {@code municipalityByName} gives a municipality's orgnr by its
     * name (procurement files that misspell a buyer's orgnr); it may return null.
     */
    public record Options(Iris iris, UnaryOperator<String> kommunkodToOrgnr, LongConsumer progress, boolean force,
                          UnaryOperator<String> municipalityByName) {
        public Options(Iris iris, UnaryOperator<String> kommunkodToOrgnr, LongConsumer progress, boolean force) {
            this(iris, kommunkodToOrgnr, progress, force, n -> null);
        }

        public static Options defaults() { return new Options(Iris.defaults(), k -> null, n -> { }, false); }

        public Options withProgress(LongConsumer p) { return new Options(iris, kommunkodToOrgnr, p, force, municipalityByName); }

        public Options withKommunkods(UnaryOperator<String> lookup) {
            return new Options(iris, lookup, progress, force, municipalityByName);
        }

        public Options withMunicipalityNames(UnaryOperator<String> lookup) {
            return new Options(iris, kommunkodToOrgnr, progress, force, lookup);
        }

        public Options forced() { return new Options(iris, kommunkodToOrgnr, progress, true, municipalityByName); }
    }

    public LoadReport load(Path file, MappingProfile profile) { return load(file, profile, Options.defaults()); }

    /** Loads one file into its graph; throws {@link LoadException} (store unchanged) if the file cannot be read. */
    public LoadReport load(Path file, MappingProfile profile, Options options) {
        SourceFile source;
        try {
            source = SourceFile.of(file);
        } catch (SourceException e) {
            throw new LoadException(file.toString(), e.getMessage(), e);
        }
        Iris iris = options.iris();
        String key = Iris.sourceKey(profile.id(), source.name());
        Node graph = iris.graph(key);
        LoadReport report = new LoadReport(source, profile.id(), graph.getURI());
        report.onProgress(options.progress());
        RowKinds.describe(report, profile);

        RecordedLoad recorded = Txn.calculateRead(dsg, () -> RecordedLoad.read(dsg, graph, iris.source(key), iris.load(key)));
        if (!options.force() && recorded != null && source.sha256().equals(recorded.sha256())
                && profile.checksum().equals(recorded.mappingChecksum())) {
            report.markUnchanged(recorded);
            return report;
        }

        // this thread owns the write transaction; a second thread reads and maps the file meanwhile
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, QUIET);
        loader.startBulk();
        try {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            dsg.deleteAny(Ontology.GRAPH, Node.ANY, Node.ANY, Node.ANY);
            QuadPipe pipe = new QuadPipe();
            pipe.start(() -> produce(file, profile, options, source, key, pipe.producer(graph), report));
            StreamRDF target = loader.stream();
            long[] quads = {0};
            pipe.drainInto(q -> {
                target.quad(q);
                quads[0]++;
            });
            loader.finishBulk();
            report.finish(quads[0]);
            return report;
        } catch (RuntimeException e) {
            abort(loader, e);
            String message = e instanceof SourceException || e instanceof se.openup.loader.mapping.MappingException
                    ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new LoadException(source.name(), message, e);
        }
    }

    /** The reading side: rows → mapped → triples, then the ontology and the file's own description. */
    private static void produce(Path file, MappingProfile profile, Options options, SourceFile source, String key,
                                StreamRDF out, LoadReport report) {
        out.start();
        RowSource.forProfile(profile).read(file, RowKinds.mapper(profile, file, options, key, out, report));
        if (report.rowsRead() == 0)
            throw new SourceException("no data rows" + (report.getRowsSkipped() > 0
                    ? " (only " + report.getRowsSkipped() + " skipped non-posting rows)" : " after the header"));
        Ontology.graph().find().forEachRemaining(t -> out.quad(Quad.create(Ontology.GRAPH, t)));
        new ProvenanceTriples(out).write(options.iris(), key, source, profile, FilePeriod.of(profile, file), report);
        out.finish();
    }

    /**
     * Rolls the write transaction back. The bulk loader detaches secondary indexes in memory while loading
     * into an empty store, so the in-memory dataset is dropped and reconnected from the (unchanged) disk.
     */
    private void abort(DataLoader loader, RuntimeException cause) {
        try {
            loader.finishException(cause);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        TDBInternal.expel(dsg, true);
        dsg = DatabaseMgr.connectDatasetGraph(location);
    }

    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }
}
