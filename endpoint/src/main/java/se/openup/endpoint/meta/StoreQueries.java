package se.openup.endpoint.meta;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/** SELECT over the union of the file graphs, whatever the dataset's own default-graph setting. */
final class StoreQueries {
    static final String PREFIXES = """
            PREFIX openup: <https://w3id.org/openup/def#>
            PREFIX payment: <http://reference.data.gov.uk/def/payment#>
            PREFIX ocds: <http://data.tbfy.eu/ontology/ocds#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <http://schema.org/>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            """;

    private StoreQueries() { }

    /** The solutions, materialised: call inside a read transaction; the list stays usable after it. */
    static List<QuerySolution> select(DatasetGraph dsg, String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(PREFIXES + query)
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    static long count(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? 0 : n.asLiteral().getLong();
    }

    static BigDecimal decimal(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? BigDecimal.ZERO : new BigDecimal(n.asLiteral().getLexicalForm());
    }

    static String string(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) return null;
        return n.isLiteral() ? ((Literal) n).getLexicalForm() : n.asResource().getURI();
    }
}
