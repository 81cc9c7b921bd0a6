package se.openup.endpoint.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import se.openup.endpoint.meta.ExampleQueries;
import se.openup.endpoint.queries.Parameter;
import se.openup.endpoint.queries.ParamType;
import se.openup.endpoint.queries.QueryLibrary;
import se.openup.endpoint.queries.SavedQuery;
import se.openup.endpoint.server.OpenUpServer;

/**
 * The requests the load test sends in rotation: every saved query through the API (required parameters filled from
 * the data, plus a one-municipality variant where a query takes a municipality) and the SPARQL editor's example
 * queries that a researcher would send as they are, asking about one buyer or supplier chosen from the data.
 *
 * <p>The two examples that sum every payment in the store (spend by account group, spend per inhabitant) are left
 * out: at 1 M payments each is a full scan of seconds, which the saved queries exist to avoid; the deliberately
 * expensive query of {@link HealthProbe} shows what such a scan does to the server.
 */
public final class LoadMix {
    /** One request of the mix. {@code path} is URL-encoded, relative to the server's root. */
    public record Target(String kind, String name, String path, String accept) { }

    /** Benchmark parameters chosen from the store (see {@link #choose}). Orgnrs are 10 digits; class an IRI. */
    public record Choice(int year, String municipality, String supplier, String accountClass) { }

    static final String JSON = "application/json";
    static final String SPARQL_JSON = "application/sparql-results+json";
    /** The editor's examples in the mix, with the organisation each asks about as written in the example. */
    static final Map<String, String> EXAMPLES = Map.of(
            "top-suppliers-of-a-buyer.rq", "org/2120001967",
            "payments-to-a-supplier.rq", "org/2321000164",
            "procurements-by-procedure.rq", "",
            "source-files-and-loads.rq", "");

    private LoadMix() { }

    /**
     * Benchmark parameters: the year with the most payments; the municipality with the median number of payments
     * that year (a typical buyer, neither the largest nor the smallest); the supplier paid by the most buyers that
     * year; the Kommun-Bas account class with the most spend that year. Read from the year-level sums (graph
     * cube/years), so it takes O(buyers + suppliers), not O(payments). Needs the union default graph, which
     * {@link OpenUpServer#start} sets on the dataset.
     */
    public static Choice choose(DatasetGraph dataset, String base) {
        String prefixes = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX openup: <https://w3id.org/openup/def#>
                """;
        List<Map<String, String>> years = select(dataset, prefixes + """
                SELECT (STR(?y) AS ?year) (SUM(?n) AS ?payments) {
                  ?ds qb:structure openup:spendByBuyerYearStructure . ?o qb:dataSet ?ds ; openup:year ?y ; openup:paymentCount ?n }
                GROUP BY ?y ORDER BY DESC(?payments) ?y LIMIT 1""");
        if (years.isEmpty())
            throw new IllegalStateException("the store has no year-level sums (graph cube/years): run `openup cube` on it first");
        String year = years.get(0).get("year");
        List<Map<String, String>> buyers = select(dataset, prefixes + """
                SELECT ?buyer (SUM(?n) AS ?payments) {
                  ?ds qb:structure openup:spendByBuyerYearStructure . ?o qb:dataSet ?ds ; openup:year ?y ; openup:buyer ?buyer ;
                     openup:paymentCount ?n . ?buyer a openup:Municipality . FILTER(STR(?y) = "%s") }
                GROUP BY ?buyer ORDER BY ?payments ?buyer""".formatted(year));
        List<Map<String, String>> suppliers = select(dataset, prefixes + """
                SELECT ?supplier { ?ds qb:structure openup:spendBySupplierYearStructure .
                  ?o qb:dataSet ?ds ; openup:year ?y ; openup:supplier ?supplier ; openup:buyerCount ?buyers .
                  FILTER(STR(?y) = "%s" && STRSTARTS(STR(?supplier), "%sorg/") && REGEX(STR(?supplier), "/[0-9]{10}$")) }
                ORDER BY DESC(?buyers) ?supplier LIMIT 1""".formatted(year, base));
        List<Map<String, String>> classes = select(dataset, prefixes + """
                SELECT ?class (SUM(?a) AS ?spend) {
                  ?ds qb:structure openup:spendByBuyerYearStructure . ?o qb:dataSet ?ds ; openup:year ?y ;
                     openup:accountClass ?class ; openup:amount ?a .
                  FILTER(STR(?y) = "%s" && STRSTARTS(STR(?class), "%saccount/kommunbas/")) }
                GROUP BY ?class ORDER BY DESC(?spend) ?class LIMIT 1""".formatted(year, base));
        if (buyers.isEmpty() || suppliers.isEmpty() || classes.isEmpty())
            throw new IllegalStateException("the store has no municipality, supplier with an orgnr or Kommun-Bas class in "
                    + year + ": load municipal ledgers and the reference data (load-shared) first");
        return new Choice(Integer.parseInt(year), orgnr(buyers.get(buyers.size() / 2).get("buyer")),
                orgnr(suppliers.get(0).get("supplier")), classes.get(0).get("class"));
    }

    /** The mix, in the order the load generator rotates through it. */
    public static List<Target> targets(QueryLibrary library, Choice choice, String base) {
        List<Target> mix = new ArrayList<>();
        for (SavedQuery q : library.all()) {
            Map<String, String> params = new LinkedHashMap<>();
            for (Parameter p : q.params()) if (p.required()) params.put(p.name(), value(p, choice));
            mix.add(api(q.id(), params));
            for (Parameter p : q.params())
                if (!p.required() && p.type() == ParamType.MUNICIPALITY) {
                    Map<String, String> one = new LinkedHashMap<>(params);
                    one.put(p.name(), choice.municipality());
                    mix.add(api(q.id(), one));
                }
        }
        for (ExampleQueries.Example e : ExampleQueries.all()) {
            String asked = EXAMPLES.get(e.file());
            if (asked == null) continue;
            String text = e.query();
            if (!asked.isEmpty()) {
                String org = "<" + base + (e.file().startsWith("top-suppliers") ? "org/" + choice.municipality()
                        : "org/" + choice.supplier()) + ">";
                String written = "<https://w3id.org/openup/id/" + asked + ">";
                if (!text.contains(written)) throw new IllegalStateException(e.file() + " no longer asks about " + written);
                text = text.replace(written, org);
            }
            mix.add(new Target("SPARQL", e.file().replace(".rq", ""),
                    OpenUpServer.SPARQL_PATH + "?query=" + encode(text), SPARQL_JSON));
        }
        return mix;
    }

    private static String value(Parameter p, Choice choice) {
        return switch (p.type()) {
            case YEAR -> Integer.toString(choice.year());
            case MUNICIPALITY -> choice.municipality();
            case ORGANISATION -> choice.supplier();
            case IRI -> choice.accountClass();
            default -> throw new IllegalStateException("no benchmark value for required parameter " + p.name()
                    + " (" + p.type().id() + "): add one to LoadMix");
        };
    }

    private static Target api(String id, Map<String, String> params) {
        String query = params.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String name = params.isEmpty() ? id : id + " (" + String.join(", ", params.keySet()) + ")";
        return new Target("saved query", name, "/api/queries/" + id + (query.isEmpty() ? "" : "?" + query), JSON);
    }

    private static String orgnr(String iri) { return iri.substring(iri.lastIndexOf('/') + 1); }

    static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static List<Map<String, String>> select(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                ResultSet rs = ResultSet.adapt(exec.select());
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                            ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
