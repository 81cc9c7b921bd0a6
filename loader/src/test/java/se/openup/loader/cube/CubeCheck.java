package se.openup.loader.cube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import se.openup.loader.Sparql;

/**
 * The consistency the issue asks for: the spend observations, grouped by a dimension, give exactly the sums, counts
 * and credit counts that SPARQL computes from the payments themselves. Both sides are plain SPARQL over the union
 * graph; the account class of a payment is found from the SKOS links PaymentTriples wrote, not from the cube's code.
 */
final class CubeCheck {
    private CubeCheck() {}

    /** Σ amount, number of payments and of credits in one group. */
    record Sums(BigDecimal amount, long payments, long credits) {
        static Sums of(QuerySolution s) {
            return new Sums(new BigDecimal(s.getLiteral("sum").getLexicalForm()).stripTrailingZeros(),
                    s.getLiteral("n").getLong(), s.getLiteral("credits").getLong());
        }
    }

    /** One way of grouping: the group key as computed over payments, and over observations. */
    enum Grouping {
        BUYER("?p payment:payer ?k .", "?o openup:buyer ?k ."),
        SUPPLIER("?p payment:payee ?k .", "?o openup:supplier ?k ."),
        MONTH("?p payment:date ?d . BIND(SUBSTR(STR(?d), 1, 7) AS ?k)", "?o openup:month ?m . BIND(STR(?m) AS ?k)"),
        YEAR("?p payment:date ?d . BIND(STR(YEAR(?d)) AS ?k)", "?o openup:year ?y . BIND(STR(?y) AS ?k)"),
        ACCOUNT_CLASS(CLASS_OF_PAYMENT, "?o openup:accountClass ?k ."),
        /** Every dimension at once: one observation per distinct combination, none missing, none extra. */
        CELL("?p payment:payer ?b ; payment:payee ?s ; payment:date ?d ; payment:currency ?cur . " + CLASS_OF_PAYMENT
                .replace("?k)", "?c)") + " BIND(CONCAT(STR(?b), ' ', STR(?s), ' ', SUBSTR(STR(?d), 1, 7), ' ', STR(?c), ' ', STR(?cur)) AS ?k)",
                "?o openup:buyer ?b ; openup:supplier ?s ; openup:month ?m ; openup:accountClass ?c ; openup:currency ?cur ."
                + " BIND(CONCAT(STR(?b), ' ', STR(?s), ' ', STR(?m), ' ', STR(?c), ' ', STR(?cur)) AS ?k)");

        final String payments;
        final String observations;

        Grouping(String payments, String observations) {
            this.payments = payments;
            this.observations = observations;
        }
    }

    /**
     * The Kommun-Bas class of the deepest group of the payment's account that has a skos:broadMatch (46362 → 46 →
     * kommunbas/46); the account itself if none has; openup:NoAccount without an account.
     */
    private static final String CLASS_OF_PAYMENT = """
            OPTIONAL { ?p payment:expenditureCategory ?acct }
            OPTIONAL { ?p payment:expenditureCategory ?a2 . ?a2 skos:broader* ?g . ?g skos:broadMatch ?cls .
                       FILTER NOT EXISTS { ?a2 skos:broader* ?h . ?h skos:broader ?g . ?h skos:broadMatch ?other } }
            BIND(COALESCE(?cls, ?acct, openup:NoAccount) AS ?k)""";

    static Map<String, Sums> fromPayments(DatasetGraph dsg, Grouping g) {
        return sums(dsg, "SELECT ?k (SUM(?a) AS ?sum) (COUNT(?p) AS ?n) (SUM(IF(?a < 0, 1, 0)) AS ?credits) WHERE {"
                + " ?p a payment:Payment ; payment:netAmount ?a . " + g.payments + " } GROUP BY ?k");
    }

    static final String FILE_LEVEL = "https://w3id.org/openup/id/dataset/spend";

    /** The observations of one level (dataset): the levels share their properties, so a query names its level. */
    static Map<String, Sums> fromCube(DatasetGraph dsg, String dataset, Grouping g) {
        return sums(dsg, "SELECT ?k (SUM(?a) AS ?sum) (SUM(?count) AS ?n) (SUM(?c1) AS ?credits) WHERE {"
                + " ?o <http://purl.org/linked-data/cube#dataSet> <" + dataset + "> ; openup:amount ?a ; openup:paymentCount ?count ;"
                + " openup:creditCount ?c1 . " + g.observations + " } GROUP BY ?k");
    }

    private static Map<String, Sums> sums(DatasetGraph dsg, String query) {
        Map<String, Sums> out = new TreeMap<>();
        for (QuerySolution s : Sparql.select(dsg, query)) {
            RDFNode k = s.get("k");
            Sums previous = out.put(k.isLiteral() ? k.asLiteral().getLexicalForm() : k.toString(), Sums.of(s));
            assertTrue(previous == null, "group key " + k + " twice");
        }
        return out;
    }

    /** The file level agrees by every grouping; returns the number of observations (= distinct cells of the payments). */
    static int assertConsistent(DatasetGraph dsg) {
        assertAgrees(dsg, FILE_LEVEL, Grouping.values());
        return fromPayments(dsg, Grouping.CELL).size();
    }

    /** A level's observations, grouped each way, give the payments' sums to the öre, and the counts. */
    static void assertAgrees(DatasetGraph dsg, String dataset, Grouping... groupings) {
        for (Grouping g : groupings) {
            Map<String, Sums> expected = fromPayments(dsg, g);
            Map<String, Sums> actual = fromCube(dsg, dataset, g);
            assertTrue(!expected.isEmpty(), g + ": no payments");
            assertEquals(expected.keySet(), actual.keySet(), dataset + " " + g + ": the same groups");
            for (String k : expected.keySet()) assertEquals(expected.get(k), actual.get(k), dataset + " " + g + " " + k);
        }
    }

    static long observations(DatasetGraph dsg, String dataset) {
        return Sparql.one(dsg, "SELECT (COUNT(?o) AS ?n) WHERE { ?o <http://purl.org/linked-data/cube#dataSet> <"
                + dataset + "> }").getLiteral("n").getLong();
    }
}
