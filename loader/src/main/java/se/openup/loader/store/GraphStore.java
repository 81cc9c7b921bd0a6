package se.openup.loader.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Outcome o = loadAll(List.of(file), profile, options).get(0);
        if (o.failure() != null) throw o.failure();
        return o.report();
    }

    /** What became of one file of a batch: its report, or why it could not be loaded. */
    public record Outcome(Path file, LoadReport report, LoadException failure) {}

    /**
     * Loads files in one write transaction — each file its own graph, replaced whole — because a TDB2 transaction
     * has a fixed cost in time and disk that thousands of monthly files must not pay one by one. A file that
     * cannot be read is reported and the batch is written again without it, so the store never holds part of a
     * file. Unchanged files (same sha256 and mapping) are reported as such and not written.
     */
    public List<Outcome> loadAll(List<Path> files, MappingProfile profile, Options options) {
        Map<Path, Outcome> outcomes = new LinkedHashMap<>();
        List<Pending> pending = new ArrayList<>();
        for (Path file : files) {
            try {
                Pending p = Pending.of(file, profile, options);
                RecordedLoad recorded = Txn.calculateRead(dsg, () -> RecordedLoad.read(dsg, p.graph(),
                        options.iris().source(p.key()), options.iris().load(p.key())));
                if (!options.force() && recorded != null && p.source().sha256().equals(recorded.sha256())
                        && profile.checksum().equals(recorded.mappingChecksum())) {
                    LoadReport r = p.newReport(profile, options);
                    r.markUnchanged(recorded);
                    outcomes.put(file, new Outcome(file, r, null));
                } else if (pending.stream().noneMatch(x -> x.key().equals(p.key()))) {
                    pending.add(p);
                    outcomes.put(file, null);
                }
            } catch (LoadException e) {
                outcomes.put(file, new Outcome(file, null, e));
            }
        }
        while (!pending.isEmpty()) {
            try {
                for (Outcome o : write(pending, profile, options)) outcomes.put(o.file(), o);
                break;
            } catch (BatchFailure f) {
                outcomes.put(f.file.source().path(), new Outcome(f.file.source().path(), null, f.failure));
                pending.remove(f.file);
            }
        }
        return List.copyOf(outcomes.values());
    }

    /** A file about to be written, with the names it will have in the store. */
    private record Pending(SourceFile source, String key, Node graph) {
        static Pending of(Path file, MappingProfile profile, Options options) {
            SourceFile source;
            try {
                source = SourceFile.of(file);
            } catch (SourceException e) {
                throw new LoadException(file.toString(), e.getMessage(), e);
            }
            String key = Iris.sourceKey(profile.id(), source.name());
            return new Pending(source, key, options.iris().graph(key));
        }

        LoadReport newReport(MappingProfile profile, Options options) {
            LoadReport r = new LoadReport(source, profile.id(), graph.getURI());
            r.onProgress(options.progress());
            RowKinds.describe(r, profile);
            return r;
        }
    }

    private static final class BatchFailure extends RuntimeException {
        final Pending file;
        final LoadException failure;

        BatchFailure(Pending file, LoadException failure) {
            super(failure.getMessage(), null, false, false);
            this.file = file;
            this.failure = failure;
        }
    }

    /** One write transaction over the batch: this thread writes while a second thread reads each file. */
    private List<Outcome> write(List<Pending> batch, MappingProfile profile, Options options) {
        boolean ontologyCurrent = Txn.calculateRead(dsg, () -> Ontology.isStoredIn(dsg));
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, QUIET);
        loader.startBulk();
        StreamRDF target = loader.stream();
        List<Outcome> done = new ArrayList<>();
        Pending current = null;
        try {
            if (!ontologyCurrent) {
                if (dsg.containsGraph(Ontology.GRAPH)) dsg.deleteAny(Ontology.GRAPH, Node.ANY, Node.ANY, Node.ANY);
                Ontology.graph().find().forEachRemaining(t -> target.quad(Quad.create(Ontology.GRAPH, t)));
            }
            for (Pending p : batch) {
                current = p;
                if (dsg.containsGraph(p.graph())) dsg.deleteAny(p.graph(), Node.ANY, Node.ANY, Node.ANY);
                LoadReport report = p.newReport(profile, options);
                QuadPipe pipe = new QuadPipe();
                pipe.start(() -> produce(p.source().path(), profile, options, p.source(), p.key(), pipe.producer(p.graph()), report));
                long[] quads = {0};
                pipe.drainInto(q -> {
                    target.quad(q);
                    quads[0]++;
                });
                report.finish(quads[0]);
                done.add(new Outcome(p.source().path(), report, null));
            }
            current = null;
            loader.finishBulk();
            return done;
        } catch (RuntimeException e) {
            abort(loader, e);
            if (current == null) throw new LoadException("store", e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            String message = e instanceof SourceException || e instanceof se.openup.loader.mapping.MappingException
                    ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new BatchFailure(current, new LoadException(current.source().name(), message, e));
        }
    }

    /** The reading side: rows → mapped → triples, then the file's own description. */
    private static void produce(Path file, MappingProfile profile, Options options, SourceFile source, String key,
                                StreamRDF out, LoadReport report) {
        out.start();
        RowSource.forProfile(profile).read(file, RowKinds.mapper(profile, file, options, key, out, report));
        if (report.rowsRead() == 0)
            throw new SourceException("no data rows" + (report.getRowsSkipped() > 0
                    ? " (only " + report.getRowsSkipped() + " skipped non-posting rows)" : " after the header"));
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
