package se.openup.loader;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Small SPARQL helper for tests: the store is queried the way users will query it. */
public final class Sparql {
    public static final String PREFIXES = """
            PREFIX payment: <http://reference.data.gov.uk/def/payment#>
            PREFIX openup: <https://w3id.org/openup/def#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <http://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/openup/id/>
            """;

    private Sparql() {}

    public static List<QuerySolution> select(DatasetGraph dsg, String query) {
        Dataset ds = DatasetFactory.wrap(dsg);
        return Txn.calculateRead(dsg, () -> {
            // the union of all file graphs as the default graph, as the public endpoint serves it
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query)
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> rows = new ArrayList<>();
                // copy every value inside the transaction: TDB2 resolves bindings lazily
                rs.forEachRemaining(row -> {
                    org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    public static QuerySolution one(DatasetGraph dsg, String query) {
        List<QuerySolution> rows = select(dsg, query);
        if (rows.size() != 1) throw new AssertionError("expected one row, got " + rows.size() + " for " + query);
        return rows.get(0);
    }

    public static long count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }
}
