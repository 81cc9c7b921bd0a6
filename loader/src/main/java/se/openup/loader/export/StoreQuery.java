package se.openup.loader.export;

import java.util.Iterator;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;
import se.openup.loader.rdf.Vocab;

/**
 * SELECT queries the exporters run over the union of all graphs, with parameters bound as RDF terms (never
 * spliced into the text). Sorting spills to disk past a threshold, so an ORDER BY over a whole store stays
 * within a bounded heap. Call inside a read transaction and close the rows.
 */
final class StoreQuery {
    /** Rows an ORDER BY keeps in memory before it spills to temporary files. */
    static final long SPILL_THRESHOLD = 200_000;

    static final String PREFIXES = """
            PREFIX payment: <%s>
            PREFIX ocds: <%s>
            PREFIX openup: <%s>
            PREFIX skos: <%s>
            PREFIX dcterms: <%s>
            PREFIX prov: <%s>
            PREFIX schema: <%s>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """.formatted(Vocab.PAYMENT, Vocab.OCDS, Vocab.OPENUP, Vocab.SKOS, Vocab.DCT, Vocab.PROV, Vocab.SCHEMA);

    private StoreQuery() { }

    static Query parse(String body) { return QueryFactory.create(PREFIXES + body); }

    /**
     * The lowest lexical value of {@code s p ?o} in {@code g}, or null: one stable choice where a resource has several
     * names or labels (several files, or one file, spelt it differently).
     */
    static String lowest(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            String best = null;
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && (best == null || o.getLiteralLexicalForm().compareTo(best) < 0))
                    best = o.getLiteralLexicalForm();
            }
            return best;
        } finally {
            Iter.close(it);
        }
    }

    /** The rows of {@code query} with {@code bindings} substituted; the caller closes them. */
    static Rows select(DatasetGraph dsg, Query query, Map<String, Node> bindings) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(query)
                .set(TDB2.symUnionDefaultGraph, true)
                .set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        bindings.forEach((var, value) -> { if (value != null) b.substitution(var, value); });
        return new Rows(b.build());
    }

    /** An ordered row stream one can look ahead in: the exporters merge two such streams on a shared key. */
    static final class Rows implements AutoCloseable {
        private final QueryExec exec;
        private final RowSet rows;
        private Binding next;

        private Rows(QueryExec exec) {
            this.exec = exec;
            this.rows = exec.select();
            advance();
        }

        Binding peek() { return next; }

        Binding take() {
            Binding b = next;
            advance();
            return b;
        }

        private void advance() { next = rows.hasNext() ? rows.next() : null; }

        @Override
        public void close() { exec.close(); }
    }
}
