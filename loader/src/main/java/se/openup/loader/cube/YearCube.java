package se.openup.loader.cube;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.PaymentTriples;
import se.openup.loader.rdf.Vocab;

/**
 * The store-wide year levels of the spend cube, which no file's graph can hold (a year spans twelve monthly files,
 * a supplier many buyers): summed from the per-file observations and written, replaced whole in one write
 * transaction, into the graph {@code id:graph/cube/years} — the way {@code openup link} rebuilds its graph. Stale
 * once any ledger file is loaded or replaced: {@code openup load} and {@code load-shared} rebuild it after writing.
 */
public final class YearCube {
    private static final Node GENERATED_AT = Vocab.uri(Vocab.PROV + "generatedAtTime");

    /** The levels: each its own qb:DataSet id:dataset/{id} with its own structure. */
    enum Level {
        BY_BUYER("spend-by-buyer-year", "spendByBuyerYearStructure"),
        BY_PAIR("spend-by-pair-year", "spendByPairYearStructure"),
        BY_SUPPLIER("spend-by-supplier-year", "spendBySupplierYearStructure"),
        CONCENTRATION("concentration-by-buyer-year", "concentrationByBuyerYearStructure"),
        ABOVE_THRESHOLD("pairs-above-threshold", "pairsAboveThresholdStructure");

        final String id;
        final Node structure;

        Level(String id, String structure) {
            this.id = id;
            this.structure = Vocab.openup(structure);
        }
    }

    public record Counts(int buyerYears, int pairYears, int supplierYears, String graph) {}

    private YearCube() {}

    /** The file level summed over months: one row per buyer, supplier, year, class and currency. */
    private static final String SUMS = """
            PREFIX openup: <https://w3id.org/openup/def#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            SELECT ?buyer ?supplier ?year ?class ?cur (SUM(?a) AS ?amount) (SUM(?n) AS ?payments) (SUM(?c) AS ?credits)
            WHERE {
              ?o qb:dataSet ?spend ; openup:buyer ?buyer ; openup:supplier ?supplier ; openup:year ?year ;
                 openup:accountClass ?class ; openup:currency ?cur ;
                 openup:amount ?a ; openup:paymentCount ?n ; openup:creditCount ?c .
            } GROUP BY ?buyer ?supplier ?year ?class ?cur""";

    /** Σ per level, from the file-level observations (dataset id:dataset/spend) of every graph, in one pass. */
    public static Counts run(DatasetGraph dsg, Iris iris) {
        Node graph = iris.spendYearsGraph();
        return Txn.calculateWrite(dsg, () -> {
            Map<List<Node>, Sums> byBuyer = new LinkedHashMap<>(), byPair = new LinkedHashMap<>(),
                    bySupplier = new LinkedHashMap<>();
            Dataset ds = DatasetFactory.wrap(dsg);
            try (QueryExecution qe = QueryExecution.dataset(ds).query(SUMS).set(TDB2.symUnionDefaultGraph, true)
                    .substitution("spend", ResourceFactory.createResource(iris.spendDataset().getURI())).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    Node buyer = s.get("buyer").asNode(), supplier = s.get("supplier").asNode(),
                            year = s.get("year").asNode(), cur = s.get("cur").asNode();
                    Sums row = row(s);
                    byBuyer.computeIfAbsent(List.of(buyer, s.get("class").asNode(), year, cur), k -> new Sums()).add(row);
                    byPair.computeIfAbsent(List.of(buyer, supplier, year, cur), k -> new Sums()).add(row);
                });
            }
            byPair.forEach((k, t) -> bySupplier.computeIfAbsent(List.of(k.get(1), k.get(2), k.get(3)), x -> new Sums()).addBuyer(t));
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            Writer w = new Writer(dsg, graph, iris, EnumSet.noneOf(Level.class));
            byBuyer.forEach((k, t) -> w.observation(Level.BY_BUYER, k.get(2), k.get(3), t, CubeTerms.BUYER, k.get(0),
                    CubeTerms.ACCOUNT_CLASS, k.get(1)));
            byPair.forEach((k, t) -> w.observation(Level.BY_PAIR, k.get(2), k.get(3), t, CubeTerms.BUYER, k.get(0),
                    CubeTerms.SUPPLIER, k.get(1)));
            bySupplier.forEach((k, t) -> w.observation(Level.BY_SUPPLIER, k.get(1), k.get(2), t, CubeTerms.SUPPLIER, k.get(0),
                    null, null));
            PaymentFacts.write(dsg, graph, iris); // facts of single payments, beside the sums (and dates on the pairs)
            YearRankings.write(w, byPair, bySupplier, YearRankings.Suppliers.read(ds));
            dsg.add(graph, graph, GENERATED_AT, NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
            return new Counts(byBuyer.size(), byPair.size(), bySupplier.size(), graph.getURI());
        });
    }

    /** One row of the query: the sums of one buyer, supplier, year, class and currency. */
    private static Sums row(QuerySolution s) {
        Sums row = new Sums();
        row.amount = new BigDecimal(s.getLiteral("amount").getLexicalForm());
        row.payments = s.getLiteral("payments").getLong();
        row.credits = s.getLiteral("credits").getLong();
        return row;
    }

    /** Writes observations straight into the graph (inside the caller's write transaction). */
    record Writer(DatasetGraph dsg, Node graph, Iris iris, Set<Level> described) {
        /** One observation: year, currency, the sums and one or two more dimensions (d2 may be null). */
        void observation(Level level, Node year, Node cur, Sums t, Node d1, Node v1, Node d2, Node v2) {
            Node o = node(level, year, cur, path(v1) + (d2 == null ? "" : "/" + path(v2)));
            common(o, level, year, cur);
            add(o, d1, v1);
            if (d2 != null) add(o, d2, v2);
            add(o, CubeTerms.AMOUNT, PaymentTriples.decimal(t.amount));
            add(o, CubeTerms.PAYMENT_COUNT, SpendCube.integer(t.payments));
            add(o, CubeTerms.CREDIT_COUNT, SpendCube.integer(t.credits));
            if (level == Level.BY_SUPPLIER) add(o, CubeTerms.BUYER_COUNT, SpendCube.integer(t.buyers));
        }

        /** id:cube/{level}/{year}/{currency}/{rest}: rest are the other dimensions' IRIs below the base. */
        Node node(Level level, Node year, Node cur, String rest) {
            String currency = cur.getURI().substring(Vocab.CURRENCY.length());
            return iris.spendLevelObservation(level.id, year.getLiteralLexicalForm() + "/" + currency + "/" + rest);
        }

        void common(Node o, Level level, Node year, Node cur) {
            Node dataset = iris.spendLevel(level.id);
            if (described.add(level)) {
                add(dataset, Vocab.TYPE, CubeTerms.DATASET_CLASS);
                add(dataset, CubeTerms.QB_STRUCTURE, level.structure);
            }
            add(o, Vocab.TYPE, CubeTerms.OBSERVATION);
            add(o, CubeTerms.DATASET, dataset);
            add(o, CubeTerms.YEAR, year);
            add(o, CubeTerms.CURRENCY, cur);
        }

        /** Every dimension value the loader writes is under the data base, but openup:NoAccount. */
        String path(Node n) {
            if (n.equals(CubeTerms.NO_ACCOUNT)) return "none";
            if (!n.getURI().startsWith(iris.base())) throw new IllegalStateException(n + " is not under " + iris.base());
            return n.getURI().substring(iris.base().length());
        }

        void add(Node s, Node p, Node o) { dsg.add(graph, s, p, o); }
    }
}
