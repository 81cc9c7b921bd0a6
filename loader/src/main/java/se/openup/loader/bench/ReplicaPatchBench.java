package se.openup.loader.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import se.openup.loader.store.GraphStore;

/**
 * What keeping a read replica in step costs (docs/scaling.md): the named graphs of one partition (every graph whose
 * IRI contains a given text, e.g. one publisher's files of a year) are written as an RDF Patch — the change format
 * RDF Delta's patch log carries between Fuseki servers — and applied to an empty TDB2 replica. Baseline, same run:
 * the same quads as N-Quads into another empty store with Jena's sequential bulk loader, as a fresh load would do.
 * <pre>java -cp target/openup.jar se.openup.loader.bench.ReplicaPatchBench STORE WORK [GRAPH-TEXT]</pre>
 */
public final class ReplicaPatchBench {
    private ReplicaPatchBench() {}

    public static void main(String[] args) throws IOException {
        Path work = Files.createDirectories(Path.of(args[1]));
        String partition = args.length > 2 ? args[2] : "";
        Path patch = work.resolve("partition.rdfp.gz");
        Path nquads = work.resolve("partition.nq.gz");
        long quads;
        List<Node> graphs;
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            graphs = graphs(store.dataset(), partition);
            quads = writePatch(store.dataset(), graphs, patch);
            writeNQuads(store.dataset(), graphs, nquads);
        }
        long write = System.nanoTime() - start;
        long apply = timed(() -> apply(patch, work.resolve("replica")));
        long bulk = timed(() -> BenchPhase.bulk("sequential", work.resolve("bulk"), List.of(nquads)));
        long replicaQuads = count(work.resolve("replica"));
        System.out.printf("""
                | partition | graphs | quads | patch (gz) | bytes/quad | write patch | apply to replica | quads/s | bulk load same quads | apply ÷ bulk |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | %s | %d | %,d | %.1f MB | %.1f | %.1f s | %.1f s | %,.0f | %.1f s | %.2f |
                """, partition.isEmpty() ? "(all graphs)" : "`" + partition + "`", graphs.size(), quads,
                Files.size(patch) / 1e6, (double) Files.size(patch) / quads, write / 1e9, apply / 1e9,
                quads / (apply / 1e9), bulk / 1e9, (double) apply / bulk);
        if (replicaQuads != quads) throw new IllegalStateException("replica holds " + replicaQuads + " quads, patch had " + quads);
    }

    static List<Node> graphs(DatasetGraph dsg, String partition) {
        return Txn.calculateRead(dsg, () -> {
            List<Node> found = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> { if (g.getURI().contains(partition)) found.add(g); });
            return found;
        });
    }

    /** One transaction of additions (TX … A … TC), the form a load's change takes in the patch log. */
    static long writePatch(DatasetGraph dsg, List<Node> graphs, Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            RDFChangesWriterText changes = RDFPatchOps.textWriter(out);
            changes.start();
            changes.txnBegin();
            long n = Txn.calculateRead(dsg, () -> {
                long c = 0;
                for (Node g : graphs) {
                    for (var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); c++) {
                        Quad q = it.next();
                        changes.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                    }
                }
                return c;
            });
            changes.txnCommit();
            changes.finish();
            return n;
        }
    }

    static void writeNQuads(DatasetGraph dsg, List<Node> graphs, Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            StreamRDF w = StreamRDFLib.writer(out);
            w.start();
            Txn.executeRead(dsg, () -> graphs.forEach(g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(w::quad)));
            w.finish();
        }
    }

    /** Applies the patch as a replica would: streamed, its TX/TC bracket one write transaction. */
    static void apply(Path patch, Path replica) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(replica.toString());
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(patch), 1 << 16))) {
            RDFPatchOps.applyChange(dsg, in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long count(Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    private static long timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }
}
