package se.openup.loader.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import se.openup.loader.cube.SpendCube;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.mapping.RowMapper;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.PaymentTriples;
import se.openup.loader.reference.Municipalities;
import se.openup.loader.source.RowSource;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.Exporter;

/**
 * One measured phase of the load benchmark, run in a fresh JVM so that no phase inherits another's JIT warm-up or
 * page cache state. Prints {@code RESULT millis count} on its last line.
 */
public final class BenchPhase {
    private BenchPhase() {}

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        Path store = Path.of(args[1]);
        String mapping = args[2];
        Path data = Path.of(args[3]);
        List<Path> files = new ArrayList<>();
        for (int i = 4; i < args.length; i++) files.add(Path.of(args[i]));
        long start = System.nanoTime();
        rows = 0;
        long count = switch (phase) {
            case "map" -> mapToNullSink(MappingProfiles.resolve(mapping), files, Municipalities.read(data));
            case "load" -> load(store, MappingProfiles.resolve(mapping), files, Municipalities.read(data));
            case "export" -> export(store, files.get(0));
            default -> bulk(phase.substring("bulk-".length()), store, files);
        };
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("RESULT " + millis + " " + count + " " + rows);
    }

    private static long rows;

    /** Read + normalise + mint triples, into a sink that only counts: the cost of the mapping itself. */
    static long mapToNullSink(MappingProfile profile, List<Path> files, Municipalities m) {
        long[] n = {0};
        StreamRDFBase sink = new StreamRDFBase() {
            @Override public void triple(Triple t) { n[0]++; }
        };
        for (Path f : files) {
            String key = Iris.sourceKey(profile.id(), f.getFileName().toString());
            PaymentTriples triples = new PaymentTriples(Iris.defaults(), key, sink);
            SpendCube cube = new SpendCube(Iris.defaults(), key, sink);
            RowSource.forProfile(profile).read(f, new RowMapper(profile, f, m::orgnr, new se.openup.loader.mapping.LedgerHandler() {
                @Override public void payment(se.openup.loader.mapping.LedgerRow row) { rows++; triples.payment(row); cube.payment(row); }
                @Override public void rejected(se.openup.loader.mapping.Rejection r) { rows++; }
                @Override public void skipped(long line, String reason) { }
                @Override public void end() { cube.end(); }
            }));
        }
        return n[0];
    }

    static long load(Path store, MappingProfile profile, List<Path> files, Municipalities m) {
        long quads = 0;
        try (GraphStore s = GraphStore.open(store)) {
            GraphStore.Options options = GraphStore.Options.defaults().withKommunkods(m::orgnr);
            for (GraphStore.Outcome o : s.loadAll(files, profile, options)) {
                if (o.failure() != null) throw o.failure();
                quads += o.report().getTriples();
                rows += o.report().rowsRead();
            }
        }
        return quads;
    }

    static long export(Path store, Path out) throws Exception {
        try (GraphStore s = GraphStore.open(store);
             var o = new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            return Exporter.export(s.dataset(), "nq", null, o);
        }
    }

    /** Jena's own TDB2 bulk loader (as `tdb2.tdbloader --loader=NAME`) on the exported N-Quads. */
    static long bulk(String name, Path store, List<Path> nquads) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        MonitorOutput quiet = (fmt, a) -> { };
        DataLoader loader = switch (name) {
            case "parallel" -> LoaderFactory.parallelLoader(dsg, quiet);
            case "phased" -> LoaderFactory.phasedLoader(dsg, quiet);
            default -> LoaderFactory.sequentialLoader(dsg, quiet);
        };
        loader.startBulk();
        loader.load(nquads.stream().map(Path::toString).toList());
        loader.finishBulk();
        return loader.countQuads() + loader.countTriples();
    }
}
