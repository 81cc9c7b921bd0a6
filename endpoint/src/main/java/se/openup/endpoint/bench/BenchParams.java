package se.openup.endpoint.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import se.openup.endpoint.queries.ParamType;
import se.openup.endpoint.queries.Parameter;
import se.openup.endpoint.queries.QueryRunner;
import se.openup.endpoint.queries.SavedQuery;
import se.openup.loader.rdf.Iris;
import se.openup.loader.reference.ReferenceTriples;

/**
 * The parameter values the benchmark asks with, chosen from the store by fixed rules (docs/performance.md), so two
 * runs on the same store ask the same questions. Read from the payments and the reference data, never from the
 * spend cube, so that a rebuilt cube cannot change what is asked.
 *
 * @param year         the latest year with payments (every required year parameter)
 * @param supplier     orgnr of the organisation paid by the most buyers, ties by IRI (required organisations)
 * @param municipality orgnr of the most populous municipality that has payments (optional municipality parameters,
 *                     asked as a second variant)
 * @param accountClass code of the one-digit Kommun-Bas class most of the buyers' accounts fall under (required
 *                     account classes; the code is an alias the enumeration accepts)
 * @param payments     the number of payments in the store
 */
record BenchParams(String year, String supplier, String municipality, String accountClass, long payments) {
    private static final String PREFIXES = """
            PREFIX payment: <http://reference.data.gov.uk/def/payment#>
            PREFIX openup: <https://w3id.org/openup/def#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            """;
    // each payment is in its file's graph only: counting in the named graphs spares the union graph's de-duplication
    private static final String PAYMENTS = "SELECT (COUNT(?p) AS ?n) WHERE { GRAPH ?g { ?p a payment:Payment } }";
    private static final String LATEST_DAY = "SELECT (MAX(?d) AS ?day) WHERE { GRAPH ?g { ?p payment:date ?d } }";
    private static final String SUPPLIERS = """
            SELECT ?supplier (COUNT(DISTINCT ?buyer) AS ?buyers)
            WHERE { GRAPH ?g { ?p payment:payee ?supplier ; payment:payer ?buyer } }
            GROUP BY ?supplier ORDER BY DESC(?buyers) ?supplier""";
    private static final String MUNICIPALITY = """
            SELECT ?m WHERE {
              ?o qb:dataSet ?_population ; sdmx-dimension:refArea ?m ; openup:refDate ?day ; openup:population ?n .
              ?m a openup:Municipality .
              FILTER EXISTS { ?p payment:payer ?m }
            } ORDER BY DESC(?day) DESC(?n) ?m LIMIT 1""";
    // from the shared class down: a path with both ends open would walk every concept of the store
    private static final String ACCOUNT_CLASS = """
            SELECT ?code (COUNT(DISTINCT ?account) AS ?accounts) WHERE {
              ?class skos:inScheme ?_kommunbas ; skos:notation ?code .
              FILTER(STRLEN(STR(?code)) = 1)
              ?own skos:broadMatch ?class .
              ?account skos:broader+ ?own .
            } GROUP BY ?code ORDER BY DESC(?accounts) ?code LIMIT 1""";

    /** Reads the store (inside read transactions, each query capped by {@code timeout}); says what took how long. */
    static BenchParams choose(DatasetGraph dataset, Iris iris, Duration timeout, PrintStream log) {
        QueryRunner timed = new QueryRunner(dataset, timeout, 1_000_000);
        Function<Query, QueryRunner.Table> runner = q -> {
            long t0 = System.nanoTime();
            QueryRunner.Table t = timed.run(q);
            log.printf(Locale.ROOT, "  (%.1f s: %s)%n", (System.nanoTime() - t0) / 1e9, q.getResultVars());
            return t;
        };
        long payments = Long.parseLong(first(runner, PAYMENTS, Map.of()).getLiteralLexicalForm());
        Node day = first(runner, LATEST_DAY, Map.of());
        if (day == null) throw new IllegalStateException("the store has no payments to ask about");
        String year = day.getLiteralLexicalForm().substring(0, 4);
        Pattern org = Pattern.compile(Pattern.quote(iris.base() + "org/") + "([0-9]{10})");
        String supplier = null;
        for (List<Node> row : runner.apply(query(SUPPLIERS, Map.of())).rows()) {
            Matcher m = org.matcher(row.get(0).getURI());
            if (m.matches()) {
                supplier = m.group(1);
                break;
            }
        }
        Node municipality = first(runner, MUNICIPALITY, Map.of("_population", ReferenceTriples.populationDataSet(iris)));
        Node accountClass = first(runner, ACCOUNT_CLASS, Map.of("_kommunbas", iris.sharedAccountScheme()));
        return new BenchParams(year, supplier, municipality == null ? null : orgnr(org, municipality),
                accountClass == null ? null : accountClass.getLiteralLexicalForm(), payments);
    }

    /**
     * The request for {@code query}: its required parameters set by the rules above, the others left to their
     * defaults; with {@code municipality}, its optional municipality parameter too. Throws if a required parameter
     * has no rule (a new kind of query needs one here) or the store gives no value.
     */
    Map<String, String> request(SavedQuery query, boolean municipality) {
        Map<String, String> request = new LinkedHashMap<>();
        for (Parameter p : query.params()) {
            if (municipality && p.type() == ParamType.MUNICIPALITY) request.put(p.name(), need(this.municipality, p, query));
            if (!p.required()) continue;
            String value = switch (p.type()) {
                case YEAR -> year;
                case ORGANISATION -> supplier;
                case IRI -> "account-classes".equals(p.enumeration()) ? accountClass : null;
                case MUNICIPALITY -> this.municipality;
                default -> null;
            };
            request.put(p.name(), need(value, p, query));
        }
        return request;
    }

    /** Whether the benchmark asks {@code query} a second time with a municipality. */
    static boolean hasOptionalMunicipality(SavedQuery query) {
        return query.params().stream().anyMatch(p -> p.type() == ParamType.MUNICIPALITY && !p.required());
    }

    /** The rules as the report prints them. */
    Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("payments", Long.toString(payments));
        d.put("year (latest year with payments)", year);
        d.put("supplier (paid by the most buyers)", String.valueOf(supplier));
        d.put("municipality (most populous with payments)", String.valueOf(municipality));
        d.put("accountClass (one-digit class with the most accounts)", String.valueOf(accountClass));
        return d;
    }

    private static String need(String value, Parameter p, SavedQuery query) {
        if (value == null)
            throw new IllegalStateException(query.id() + ": no benchmark value for the required parameter '" + p.name()
                    + "' (" + p.type().id() + "): no rule for it in BenchParams, or the store has no such value");
        return value;
    }

    private static String orgnr(Pattern org, Node n) {
        Matcher m = org.matcher(n.getURI());
        return m.matches() ? m.group(1) : null;
    }

    private static Node first(Function<Query, QueryRunner.Table> runner, String select,
                              Map<String, Node> bindings) {
        List<List<Node>> rows = runner.apply(query(select, bindings)).rows();
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** Constants bound as RDF terms into the parsed query, as the saved queries' parameters are. */
    private static Query query(String select, Map<String, Node> bindings) {
        Query q = QueryFactory.create(PREFIXES + select);
        Map<Var, Node> terms = new LinkedHashMap<>();
        bindings.forEach((k, v) -> terms.put(Var.alloc(k), v));
        return terms.isEmpty() ? q : QueryTransformOps.replaceVars(q, terms);
    }
}
