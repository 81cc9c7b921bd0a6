package se.openup.loader.store;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import se.openup.loader.rdf.Vocab;

/** What the store says about a file's last load: enough to tell whether loading it again would change anything. */
record RecordedLoad(String sha256, String mappingChecksum, long rowsLoaded, long rowsRejected, long rowsRedacted,
                    long rowsSkipped, BigDecimal amountLoaded, BigDecimal amountRejected) {

    /** Reads it from the file's graph (inside a read transaction), or null when the graph holds no load. */
    static RecordedLoad read(DatasetGraph dsg, Node graph, Node source, Node load) {
        Node checksum = object(dsg, graph, source, Vocab.CHECKSUM);
        if (checksum == null) return null;
        return new RecordedLoad(text(dsg, graph, checksum, Vocab.CHECKSUM_VALUE),
                text(dsg, graph, source, Vocab.MAPPING_CHECKSUM),
                count(dsg, graph, load, Vocab.ROWS_LOADED), count(dsg, graph, load, Vocab.ROWS_REJECTED),
                count(dsg, graph, load, Vocab.ROWS_REDACTED), count(dsg, graph, load, Vocab.ROWS_SKIPPED),
                amount(dsg, graph, load, Vocab.AMOUNT_LOADED), amount(dsg, graph, load, Vocab.AMOUNT_REJECTED));
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static String text(DatasetGraph dsg, Node g, Node s, Node p) {
        Node o = object(dsg, g, s, p);
        return o == null ? null : o.getLiteralLexicalForm();
    }

    private static long count(DatasetGraph dsg, Node g, Node s, Node p) {
        String t = text(dsg, g, s, p);
        return t == null ? 0 : Long.parseLong(t);
    }

    private static BigDecimal amount(DatasetGraph dsg, Node g, Node s, Node p) {
        String t = text(dsg, g, s, p);
        return t == null ? BigDecimal.ZERO : new BigDecimal(t);
    }
}
