package se.openup.loader.cube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Shacl;
import se.openup.loader.Sparql;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.Validation;

/**
 * The payment facts on generated ledgers: written with the year levels, valid, replaced (not added to) by a rebuild,
 * and the first and last dates land on exactly the pair-year observations YearCube wrote. (That each fact answers
 * as its saved query's payment version does is endpoint's SumsAgreeWithPaymentsTest.)
 */
class PaymentFactsTest {
    @Test
    void factsAreWrittenWithTheYearLevelsAndReplacedByARebuild(@TempDir Path tmp) throws IOException {
        try (GraphStore store = SpendCubeTest.loaded(tmp, 3, 2_000)) {
            Iris iris = Iris.defaults();
            YearCube.run(store.dataset(), iris);
            long quads = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(iris.spendYearsGraph()).size());
            YearCube.run(store.dataset(), iris);
            assertEquals(quads, (long) Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(iris.spendYearsGraph()).size()),
                    "a rebuild replaces the facts");

            // one buyer-year observation per buyer (one year of data), with every payment counted
            QuerySolution facts = Sparql.one(store.dataset(), """
                    SELECT (COUNT(?o) AS ?n) (SUM(?p) AS ?payments) WHERE {
                      ?o openup:monthCount ?m ; openup:paymentCount ?p }""");
            assertEquals(3, facts.getLiteral("n").getInt());
            assertEquals(2_000, facts.getLiteral("payments").getLong());

            // first and last dates: exactly one each on every pair-year observation, the pair's own payments' dates
            Map<String, String> fromPayments = spans(store, """
                    SELECT ?b ?s ?y (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {
                      ?p a payment:Payment ; payment:payer ?b ; payment:payee ?s ; payment:date ?d . BIND(YEAR(?d) AS ?y)
                    } GROUP BY ?b ?s ?y""");
            Map<String, String> fromPairs = spans(store, """
                    SELECT ?b ?s ?y ?first ?last WHERE {
                      ?o <http://purl.org/linked-data/cube#dataSet> id:dataset\\/spend-by-pair-year ; openup:buyer ?b ;
                         openup:supplier ?s ; openup:year ?gy ; openup:firstDate ?first ; openup:lastDate ?last .
                      BIND(xsd:integer(STR(?gy)) AS ?y)
                    }""");
            assertTrue(fromPayments.size() > 50, "pairs: " + fromPayments.size());
            assertEquals(fromPayments, fromPairs);
            Shacl.assertConforms(store.dataset());

            // and the shapes catch facts that do not add up: more days off than day-dated rows, a date on no observation
            Node years = iris.spendYearsGraph();
            Txn.executeWrite(store.dataset(), () -> {
                Quad off = store.dataset().find(years, Node.ANY, FactTerms.DAY_OFF_COUNT, Node.ANY).next();
                store.dataset().delete(off);
                store.dataset().add(years, off.getSubject(), FactTerms.DAY_OFF_COUNT, SpendCube.integer(1_000_000));
                store.dataset().add(years, iris.spendLevelObservation("spend-by-pair-year", "nowhere"), FactTerms.FIRST_DATE,
                        NodeFactory.createLiteralDT("2023-01-02", XSDDatatype.XSDdate));
            });
            List<String> violations = Validation.run(store.dataset(), null).violations();
            assertTrue(violations.stream().anyMatch(v -> v.contains("days off > day-dated")), violations.toString());
            assertTrue(violations.stream().anyMatch(v -> v.contains("nowhere") && v.contains("dataSet")), violations.toString());
        }
    }

    private static Map<String, String> spans(GraphStore store, String query) {
        Map<String, String> out = new TreeMap<>();
        for (QuerySolution s : Sparql.select(store.dataset(), query))
            out.put(s.getResource("b").getURI() + " " + s.getResource("s").getURI() + " " + s.getLiteral("y").getLexicalForm(),
                    s.getLiteral("first").getLexicalForm() + ".." + s.getLiteral("last").getLexicalForm());
        return out;
    }
}
