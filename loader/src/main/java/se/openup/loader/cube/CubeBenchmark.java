package se.openup.loader.cube;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Comparative questions asked twice of one store — over the raw payments and over the spend cube — with warm
 * median and p95 times, and a check that both give the same answer. Run on a loaded store:
 * {@code java -cp openup.jar se.openup.loader.cube.CubeBenchmark STORE YEAR [RUNS]} (docs/aggregates.md).
 */
public final class CubeBenchmark {
    private CubeBenchmark() {}

    static final String PREFIXES = """
            PREFIX payment: <http://reference.data.gov.uk/def/payment#>
            PREFIX openup: <https://w3id.org/openup/def#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    /** One question: its payment-level SPARQL and its cube SPARQL; ?year (and ?supplier) are bound as terms. */
    record Question(String name, String payments, String cube) {}

    static final List<Question> QUESTIONS = List.of(
            new Question("spend per buyer in a year", """
                    SELECT ?buyer (SUM(?a) AS ?total) WHERE {
                      ?p a payment:Payment ; payment:payer ?buyer ; payment:date ?d ; payment:netAmount ?a .
                      FILTER (YEAR(?d) = ?year)
                    } GROUP BY ?buyer""", """
                    SELECT ?buyer (SUM(?a) AS ?total) WHERE {
                      ?o openup:year ?gYear ; openup:buyer ?buyer ; openup:amount ?a .
                    } GROUP BY ?buyer"""),
            new Question("spend per buyer and account class in a year", """
                    SELECT ?buyer ?class (SUM(?a) AS ?total) WHERE {
                      ?p a payment:Payment ; payment:payer ?buyer ; payment:date ?d ; payment:netAmount ?a ;
                         payment:expenditureCategory/skos:broader/skos:broadMatch ?class .
                      FILTER (YEAR(?d) = ?year)
                    } GROUP BY ?buyer ?class""", """
                    SELECT ?buyer ?class (SUM(?a) AS ?total) WHERE {
                      ?o openup:year ?gYear ; openup:buyer ?buyer ; openup:accountClass ?class ; openup:amount ?a .
                    } GROUP BY ?buyer ?class"""),
            new Question("top-20 suppliers with distinct buyers in a year", """
                    SELECT ?supplier (SUM(?a) AS ?total) (COUNT(DISTINCT ?buyer) AS ?buyers) WHERE {
                      ?p a payment:Payment ; payment:payee ?supplier ; payment:payer ?buyer ; payment:date ?d ;
                         payment:netAmount ?a .
                      FILTER (YEAR(?d) = ?year)
                    } GROUP BY ?supplier ORDER BY DESC(?total) LIMIT 20""", """
                    SELECT ?supplier (SUM(?a) AS ?total) (COUNT(DISTINCT ?buyer) AS ?buyers) WHERE {
                      ?o openup:year ?gYear ; openup:supplier ?supplier ; openup:buyer ?buyer ; openup:amount ?a .
                    } GROUP BY ?supplier ORDER BY DESC(?total) LIMIT 20"""),
            new Question("buyer-supplier pairs over 700 000 SEK in a year", """
                    SELECT ?buyer ?supplier (SUM(?a) AS ?total) WHERE {
                      ?p a payment:Payment ; payment:payer ?buyer ; payment:payee ?supplier ; payment:date ?d ;
                         payment:netAmount ?a .
                      FILTER (YEAR(?d) = ?year)
                    } GROUP BY ?buyer ?supplier HAVING (SUM(?a) > 700000)""", """
                    SELECT ?buyer ?supplier (SUM(?a) AS ?total) WHERE {
                      ?o openup:year ?gYear ; openup:buyer ?buyer ; openup:supplier ?supplier ; openup:amount ?a .
                    } GROUP BY ?buyer ?supplier HAVING (SUM(?a) > 700000)"""),
            new Question("one supplier's footprint (buyers, spend) in a year", """
                    SELECT ?buyer (SUM(?a) AS ?total) (COUNT(?p) AS ?payments) WHERE {
                      ?p payment:payee ?supplier ; payment:payer ?buyer ; payment:date ?d ; payment:netAmount ?a .
                      FILTER (YEAR(?d) = ?year)
                    } GROUP BY ?buyer""", """
                    SELECT ?buyer (SUM(?a) AS ?total) (SUM(?n) AS ?payments) WHERE {
                      ?o openup:supplier ?supplier ; openup:year ?gYear ; openup:buyer ?buyer ; openup:amount ?a ;
                         openup:paymentCount ?n .
                    } GROUP BY ?buyer"""));

    public static void main(String[] args) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Path.of(args[0]).toString());
        int year = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Map<String, RDFNode> terms = new HashMap<>(Map.of(
                "year", ResourceFactory.createTypedLiteral(Integer.toString(year), XSDDatatype.XSDinteger),
                "gYear", ResourceFactory.createTypedLiteral(Integer.toString(year), XSDDatatype.XSDgYear)));
        // the footprint question asks about the year's biggest supplier, found from the cube
        List<List<String>> top = answer(dsg, QUESTIONS.get(2).cube(), terms);
        List<String> biggest = top.stream().max(Comparator.comparing(r -> new BigDecimal(r.get(1)))).orElseThrow();
        terms.put("supplier", ResourceFactory.createResource(biggest.get(0)));
        System.out.println("footprint of " + biggest.get(0));
        System.out.println("| question | payments: median / p95 (ms) | cube: median / p95 (ms) | × faster | rows | same answer |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        for (Question q : QUESTIONS) {
            double[] raw = time(dsg, q.payments(), terms, runs);
            double[] cube = time(dsg, q.cube(), terms, runs);
            List<List<String>> a = answer(dsg, q.payments(), terms), b = answer(dsg, q.cube(), terms);
            System.out.printf("| %s | %.0f / %.0f | %.1f / %.1f | %.0f | %d | %s |%n", q.name(), raw[0], raw[1], cube[0],
                    cube[1], raw[0] / cube[0], b.size(), a.equals(b) ? "yes" : "NO");
        }
    }

    /** Median and p95 of {@code runs} timed executions after two warm-up runs. */
    static double[] time(DatasetGraph dsg, String query, Map<String, RDFNode> terms, int runs) {
        for (int i = 0; i < 2; i++) answer(dsg, query, terms);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            answer(dsg, query, terms);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]};
    }

    /** The rows of the answer, values as strings (numbers by value), in a canonical order. */
    static List<List<String>> answer(DatasetGraph dsg, String query, Map<String, RDFNode> terms) {
        Dataset ds = DatasetFactory.wrap(dsg);
        return Txn.calculateRead(dsg, () -> {
            var builder = QueryExecution.dataset(ds).query(PREFIXES + query).set(TDB2.symUnionDefaultGraph, true);
            terms.forEach((k, v) -> builder.substitution(k, v));
            try (QueryExecution qe = builder.build()) {
                var rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                TreeSet<List<String>> rows = new TreeSet<>(Comparator.comparing(Object::toString));
                rs.forEachRemaining(s -> {
                    List<String> row = new ArrayList<>();
                    for (String v : vars) row.add(text(s.get(v)));
                    rows.add(row);
                });
                return new ArrayList<>(rows);
            }
        });
    }

    private static String text(RDFNode n) {
        if (n == null) return "";
        if (n.isURIResource()) return n.asResource().getURI();
        if (n.isLiteral() && n.asLiteral().getValue() instanceof Number x)
            return new BigDecimal(n.asLiteral().getLexicalForm()).stripTrailingZeros().toPlainString();
        return n.toString();
    }
}
