package se.openup.loader.store;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** Streams the store (or one graph) out as N-Triples, Turtle, TriG or N-Quads, in one read transaction. */
public final class Exporter {
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "nt", RDFFormat.NTRIPLES, "ttl", RDFFormat.TURTLE_BLOCKS,
            "trig", RDFFormat.TRIG_BLOCKS, "nq", RDFFormat.NQUADS);

    private Exporter() {}

    public static boolean isQuadFormat(String format) { return format.equals("trig") || format.equals("nq"); }

    public static RDFFormat format(String name) {
        RDFFormat f = FORMATS.get(name.toLowerCase(Locale.ROOT));
        if (f == null) throw new IllegalArgumentException("unknown format '" + name + "' (nt, ttl, trig, nq)");
        return f;
    }

    /**
     * Triple formats get the union of all graphs (each triple once); quad formats keep every graph.
     * @return the number of statements written
     */
    public static long export(DatasetGraph dsg, String format, String graphIri, OutputStream out) {
        RDFFormat rdfFormat = format(format);
        return Txn.calculateRead(dsg, () -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, rdfFormat);
            w.start();
            Prefixes.declare(w);
            long n = 0;
            Node g = graphIri == null ? null : NodeFactory.createURI(graphIri);
            if (isQuadFormat(format)) {
                Iterator<Quad> it = dsg.find(g == null ? Node.ANY : g, Node.ANY, Node.ANY, Node.ANY);
                try {
                    while (it.hasNext()) { w.quad(it.next()); n++; }
                } finally { Iter.close(it); }
            } else {
                Iterator<Triple> it = (g == null ? dsg.getUnionGraph() : dsg.getGraph(g)).find();
                try {
                    while (it.hasNext()) { w.triple(it.next()); n++; }
                } finally { Iter.close(it); }
            }
            w.finish();
            return n;
        });
    }
}
