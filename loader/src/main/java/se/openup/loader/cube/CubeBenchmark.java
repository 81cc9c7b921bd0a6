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
import se.openup.loader.rdf.Iris;

/**
 * Comparative questions asked three times of one store — over the raw payments, the file-level cube and the year
 * levels — with warm median and p95 times, and a check that all three give the same answer. Run on a loaded store:
 * {@code java -cp openup.jar se.openup.loader.cube.CubeBenchmark STORE YEAR [RUNS [QUESTIONS]]}, QUESTIONS as
 * {@code 1,3} (docs/aggregates.md).
 */
public final class CubeBenchmark {
    private CubeBenchmark() {}

    static final String PREFIXES = """
            PREFIX payment: <http://reference.data.gov.uk/def/payment#>
            PREFIX openup: <https://w3id.org/openup/def#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            """;

    /**
     * One question three ways: over the payments, over the file-level cube, over the year levels. ?year, ?gYear,
     * ?fileLevel, ?byBuyer, ?byPair, ?bySupplier (and ?theSupplier) are bound as terms.
     */
    record Question(String name, String payments, String cube, String years) {}

    static final List<Question> QUESTIONS = List.of(
            new Question("spend per buyer in a year", """
                    SELECT ?buyer (SUM(?a) AS ?total) WHERE {
                      ?p a payment:Payment ; payment:payer ?buyer ; payment:date ?d ; payment:netAmount ?a .
                      FILTER (YEAR(?d) = ?year)
                    } GROUP BY ?buyer""", """
                    SELECT ?buyer (SUM(?a) AS ?total) WHERE {
                      ?o qb:dataSet ?fileLevel ; openup:year ?gYear ; openup:buyer ?buyer ; openup:amount ?a .
                    } GROUP BY ?buyer""", """
                    SELECT ?buyer (SUM(?a) AS ?total) WHERE {
                      ?o qb:dataSet ?byBuyer ; openup:year ?gYear ; openup:buyer ?buyer ; openup:amount ?a .
                    } GROUP BY ?buyer"""),
            new Question("spend per buyer and account class in a year", """
                    SELECT ?buyer ?class (SUM(?a) AS ?total) WHERE {
                      ?p a payment:Payment ; payment:payer ?buyer ; payment:date ?d ; payment:netAmount ?a ;
                         payment:expenditureCategory/skos:broader/skos:broadMatch ?class .
                      FILTER (YEAR(?d) = ?year)
                    } GROUP BY ?buyer ?class""", """
                    SELECT ?buyer ?class (SUM(?a) AS ?total) WHERE {
                      ?o qb:dataSet ?fileLevel ; openup:year ?gYear ; openup:buyer ?buyer ; openup:accountClass ?class ;
                         openup:amount ?a .
                    } GROUP BY ?buyer ?class""", """
                    SELECT ?buyer ?class ?total WHERE {
                      ?o qb:dataSet ?byBuyer ; openup:year ?gYear ; openup:buyer ?buyer ; openup:accountClass ?class ;
                         openup:amount ?total .
                    }"""),
            new Question("top-20 suppliers with distinct buyers in a year", """
                    SELECT ?supplier (SUM(?a) AS ?total) (COUNT(DISTINCT ?buyer) AS ?buyers) WHERE {
                      ?p a payment:Payment ; payment:payee ?supplier ; payment:payer ?buyer ; payment:date ?d ;
                         payment:netAmount ?a .
                      FILTER (YEAR(?d) = ?year)
                    } GROUP BY ?supplier ORDER BY DESC(?total) LIMIT 20""", """
                    SELECT ?supplier (SUM(?a) AS ?total) (COUNT(DISTINCT ?buyer) AS ?buyers) WHERE {
                      ?o qb:dataSet ?fileLevel ; openup:year ?gYear ; openup:supplier ?supplier ; openup:buyer ?buyer ;
                         openup:amount ?a .
                    } GROUP BY ?supplier ORDER BY DESC(?total) LIMIT 20""", """
                    SELECT ?supplier ?total ?buyers WHERE {
                      ?o qb:dataSet ?bySupplier ; openup:year ?gYear ; openup:supplier ?supplier ; openup:amount ?total ;
                         openup:buyerCount ?buyers .
                    } ORDER BY DESC(?total) LIMIT 20"""),
            new Question("buyer-supplier pairs over 700 000 SEK in a year", """
                    SELECT ?buyer ?supplier (SUM(?a) AS ?total) WHERE {
                      ?p a payment:Payment ; payment:payer ?buyer ; payment:payee ?supplier ; payment:date ?d ;
                         payment:netAmount ?a .
                      FILTER (YEAR(?d) = ?year)
                    } GROUP BY ?buyer ?supplier HAVING (SUM(?a) > 700000)""", """
                    SELECT ?buyer ?supplier (SUM(?a) AS ?total) WHERE {
                      ?o qb:dataSet ?fileLevel ; openup:year ?gYear ; openup:buyer ?buyer ; openup:supplier ?supplier ;
                         openup:amount ?a .
                    } GROUP BY ?buyer ?supplier HAVING (SUM(?a) > 700000)""", """
                    SELECT ?buyer ?supplier ?total WHERE {
                      ?o qb:dataSet ?byPair ; openup:year ?gYear ; openup:buyer ?buyer ; openup:supplier ?supplier ;
                         openup:amount ?total .
                      FILTER (?total > 700000)
                    }"""),
            new Question("one supplier's footprint (buyers, spend) in a year", """
                    SELECT ?buyer (SUM(?a) AS ?total) (COUNT(?p) AS ?payments) WHERE {
                      ?p payment:payee ?theSupplier ; payment:payer ?buyer ; payment:date ?d ; payment:netAmount ?a .
                      FILTER (YEAR(?d) = ?year)
                    } GROUP BY ?buyer""", """
                    SELECT ?buyer (SUM(?a) AS ?total) (SUM(?n) AS ?payments) WHERE {
                      ?o openup:supplier ?theSupplier ; qb:dataSet ?fileLevel ; openup:year ?gYear ; openup:buyer ?buyer ;
                         openup:amount ?a ; openup:paymentCount ?n .
                    } GROUP BY ?buyer""", """
                    SELECT ?buyer ?total ?payments WHERE {
                      ?o openup:supplier ?theSupplier ; qb:dataSet ?byPair ; openup:year ?gYear ; openup:buyer ?buyer ;
                         openup:amount ?total ; openup:paymentCount ?payments .
                    }"""));

    public static void main(String[] args) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Path.of(args[0]).toString());
        int year = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Iris iris = Iris.defaults();
        Map<String, RDFNode> terms = new HashMap<>(Map.of(
                "year", ResourceFactory.createTypedLiteral(Integer.toString(year), XSDDatatype.XSDinteger),
                "gYear", ResourceFactory.createTypedLiteral(Integer.toString(year), XSDDatatype.XSDgYear),
                "fileLevel", ResourceFactory.createResource(iris.spendDataset().getURI()),
                "byBuyer", ResourceFactory.createResource(iris.spendLevel(YearCube.Level.BY_BUYER.id).getURI()),
                "byPair", ResourceFactory.createResource(iris.spendLevel(YearCube.Level.BY_PAIR.id).getURI()),
                "bySupplier", ResourceFactory.createResource(iris.spendLevel(YearCube.Level.BY_SUPPLIER.id).getURI())));
        // the footprint question asks about the year's biggest supplier
        List<List<String>> top = answer(dsg, QUESTIONS.get(2).years(), terms);
        List<String> biggest = top.stream().max(Comparator.comparing(r -> new BigDecimal(r.get(1)))).orElseThrow();
        terms.put("theSupplier", ResourceFactory.createResource(biggest.get(0)));
        System.out.println("footprint of " + biggest.get(0));
        if (args.length > 4 && args[4].equals("graph")) {
            yearsInTheirGraph(dsg, terms, runs);
            return;
        }
        System.out.println("| question | payments: median / p95 (ms) | file cube | year levels | × payments/years | rows | same answer |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        for (int i = 0; i < QUESTIONS.size(); i++) {
            if (args.length > 3 && !List.of(args[3].split(",")).contains(Integer.toString(i + 1))) continue;
            Question q = QUESTIONS.get(i);
            double[] raw = time(dsg, q.payments(), terms, runs);
            double[] cube = time(dsg, q.cube(), terms, runs);
            double[] years = time(dsg, q.years(), terms, runs);
            List<List<String>> a = answer(dsg, q.payments(), terms), b = answer(dsg, q.cube(), terms),
                    c = answer(dsg, q.years(), terms);
            System.out.printf("| %s | %.0f / %.0f | %.0f / %.0f | %.1f / %.1f | %.0f | %d | %s |%n", q.name(), raw[0], raw[1],
                    cube[0], cube[1], years[0], years[1], raw[0] / years[0], c.size(), a.equals(b) && a.equals(c) ? "yes" : "NO");
        }
    }

    /** The year levels asked of the union default graph and of their own graph (GRAPH <…/graph/cube/years>). */
    static void yearsInTheirGraph(DatasetGraph dsg, Map<String, RDFNode> terms, int runs) {
        terms.put("yearGraph", ResourceFactory.createResource(Iris.defaults().spendYearsGraph().getURI()));
        System.out.println("| question | year levels, union graph: median / p95 (ms) | GRAPH <cube/years> | same answer |");
        System.out.println("|---|---:|---:|---|");
        for (Question q : QUESTIONS) {
            String named = q.years().replace("WHERE {", "WHERE { GRAPH ?yearGraph {").replace("\n}", "\n} }");
            double[] union = time(dsg, q.years(), terms, runs), graph = time(dsg, named, terms, runs);
            System.out.printf("| %s | %.1f / %.1f | %.1f / %.1f | %s |%n", q.name(), union[0], union[1], graph[0], graph[1],
                    answer(dsg, q.years(), terms).equals(answer(dsg, named, terms)) ? "yes" : "NO");
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
