package se.openup.endpoint.linkeddata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Runs the pages' fixed queries against the store: the resource is bound as the RDF term {@code ?this} (never
 * spliced into query text), each query in its own read transaction with the server's timeout, and every value is
 * copied out before the transaction ends (TDB2 nodes are resolved lazily).
 */
final class StoreReader {
    static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX adms: <http://www.w3.org/ns/adms#>
            PREFIX payment: <http://reference.data.gov.uk/def/payment#>
            PREFIX ocds: <http://data.tbfy.eu/ontology/ocds#>
            PREFIX openup: <https://w3id.org/openup/def#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            """;

    private final DatasetGraph dataset;
    private final long timeoutMillis;

    StoreReader(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** Parses a query written without its PREFIX lines (they are the ones above). */
    static Query query(String body) { return QueryFactory.create(PREFIXES + body); }

    List<Row> select(Query query, Node self) {
        return Txn.calculateRead(dataset, () -> {
            List<Row> rows = new ArrayList<>();
            try (QueryExec exec = exec(query, self)) {
                RowSet results = exec.select();
                while (results.hasNext()) {
                    var binding = results.next();
                    Map<String, Node> values = new HashMap<>();
                    binding.forEach((v, n) -> values.put(v.getVarName(), n));
                    rows.add(new Row(values));
                }
            }
            return rows;
        });
    }

    /** A CONSTRUCT's triples, copied into a memory graph. */
    Graph construct(Query query, Node self) {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            try (QueryExec exec = exec(query, self)) {
                exec.constructTriples().forEachRemaining(copy::add);
            }
            return copy;
        });
    }

    /** The display labels (Display.LABELS) of some resources, from all graphs. */
    Graph labelsOf(Collection<Node> resources) {
        return Txn.calculateRead(dataset, () -> {
            Graph labels = GraphFactory.createDefaultGraph();
            Graph union = dataset.getUnionGraph();
            for (Node resource : resources) {
                for (Node property : Display.LABELS) union.find(resource, property, Node.ANY).forEachRemaining(labels::add);
            }
            return labels;
        });
    }

    boolean ask(Query query, Node self) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = exec(query, self)) {
                return exec.ask();
            }
        });
    }

    private QueryExec exec(Query query, Node self) {
        return QueryExec.dataset(dataset).query(query).substitution("this", self)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build();
    }

    /** One result row, its values already out of the store. */
    record Row(Map<String, Node> values) {
        Node node(String var) { return values.get(var); }

        String text(String var) {
            Node n = values.get(var);
            return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }

        BigDecimal number(String var) {
            Node n = values.get(var);
            return n == null || !n.isLiteral() ? BigDecimal.ZERO : new BigDecimal(n.getLiteralLexicalForm());
        }

        long count(String var) { return number(var).longValueExact(); }
    }
}
