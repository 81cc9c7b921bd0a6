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

        Sums plus(Sums o) {
            return new Sums(amount.add(o.amount).stripTrailingZeros(), payments + o.payments, credits + o.credits);
        }
    }

    /** One way of grouping: the group key as computed over payments, and over observations. */
    enum Grouping {
        BUYER("?p payment:payer ?k .", "?o openup:buyer ?k ."),
        SUPPLIER("?p payment:payee ?k .", "?o openup:supplier ?k ."),
        MONTH("?p payment:date ?d . BIND(SUBSTR(STR(?d), 1, 7) AS ?k)", "?o openup:month ?m . BIND(STR(?m) AS ?k)"),
        YEAR("?p payment:date ?d . BIND(STR(YEAR(?d)) AS ?k)", "?o openup:year ?y . BIND(STR(?y) AS ?k)"),
        ACCOUNT_CLASS(ACCOUNT_OF_PAYMENT.replace("?acct)", "?k)"), "?o openup:accountClass ?k ."),
        /** Every dimension at once: one observation per distinct combination, none missing, none extra. */
        CELL("?p payment:payer ?b ; payment:payee ?s ; payment:date ?d ; payment:currency ?cur . " + ACCOUNT_OF_PAYMENT
                .replace("?acct)", "?c)") + " BIND(CONCAT(STR(?b), ' ', STR(?s), ' ', SUBSTR(STR(?d), 1, 7), ' ', STR(?c), ' ', STR(?cur)) AS ?k)",
                "?o openup:buyer ?b ; openup:supplier ?s ; openup:month ?m ; openup:accountClass ?c ; openup:currency ?cur ."
                + " BIND(CONCAT(STR(?b), ' ', STR(?s), ' ', STR(?m), ' ', STR(?c), ' ', STR(?cur)) AS ?k)");

        final String payments;
        final String observations;

        Grouping(String payments, String observations) {
            this.payments = payments;
            this.observations = observations;
        }
    }

    /** The payment's account; openup:NoAccount without one (replaced by its class in {@link #fromPayments}). */
    private static final String ACCOUNT_OF_PAYMENT = """
            OPTIONAL { ?p payment:expenditureCategory ?account }
            BIND(COALESCE(?account, openup:NoAccount) AS ?acct)""";

    /**
     * Each account's class: the Kommun-Bas concept of its deepest group that has a skos:broadMatch (46362 → 46 →
     * kommunbas/46). An account without one is its own class. Asked once per account, not once per payment.
     */
    private static final String CLASS_OF_ACCOUNT = """
            SELECT ?acct ?cls WHERE {
              ?p a payment:Payment ; payment:expenditureCategory ?acct .
              ?acct skos:broader* ?g . ?g skos:broadMatch ?cls .
              FILTER NOT EXISTS { ?acct skos:broader* ?h . ?h skos:broader ?g . ?h skos:broadMatch ?other }
            } GROUP BY ?acct ?cls""";

    static Map<String, Sums> fromPayments(DatasetGraph dsg, Grouping g) {
        Map<String, Sums> byKey = sums(dsg, "SELECT ?k (SUM(?a) AS ?sum) (COUNT(?p) AS ?n) (SUM(IF(?a < 0, 1, 0)) AS ?credits)"
                + " WHERE { ?p a payment:Payment ; payment:netAmount ?a . " + g.payments + " } GROUP BY ?k");
        if (g != Grouping.ACCOUNT_CLASS && g != Grouping.CELL) return byKey;
        Map<String, String> classOf = new java.util.HashMap<>();
        for (QuerySolution s : Sparql.select(dsg, CLASS_OF_ACCOUNT))
            assertTrue(classOf.put(s.getResource("acct").getURI(), s.getResource("cls").getURI()) == null, "one class per account");
        Map<String, Sums> byClass = new TreeMap<>();
        byKey.forEach((k, sums) -> {
            String[] parts = k.split(" "); // CELL: buyer supplier month account currency (no spaces in IRIs)
            int i = g == Grouping.CELL ? 3 : 0;
            parts[i] = classOf.getOrDefault(parts[i], parts[i]);
            byClass.merge(String.join(" ", parts), sums, Sums::plus);
        });
        return byClass;
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
        return assertAgrees(dsg, FILE_LEVEL, Grouping.values()); // CELL is the last grouping
    }

    /** A level's observations, grouped each way, give the payments' sums to the öre, and the counts. */
    static int assertAgrees(DatasetGraph dsg, String dataset, Grouping... groupings) {
        int groups = 0;
        for (Grouping g : groupings) {
            Map<String, Sums> expected = fromPayments(dsg, g);
            Map<String, Sums> actual = fromCube(dsg, dataset, g);
            assertTrue(!expected.isEmpty(), g + ": no payments");
            assertEquals(expected.keySet(), actual.keySet(), dataset + " " + g + ": the same groups");
            for (String k : expected.keySet()) assertEquals(expected.get(k), actual.get(k), dataset + " " + g + " " + k);
            groups = expected.size();
        }
        return groups; // of the last grouping
    }

    static long observations(DatasetGraph dsg, String dataset) {
        return Sparql.one(dsg, "SELECT (COUNT(?o) AS ?n) WHERE { ?o <http://purl.org/linked-data/cube#dataSet> <"
                + dataset + "> }").getLiteral("n").getLong();
    }
}
