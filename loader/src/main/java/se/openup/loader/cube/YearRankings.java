package se.openup.loader.cube;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.tdb2.TDB2;
import se.openup.loader.cube.YearCube.Level;
import se.openup.loader.rdf.PaymentTriples;

/**
 * Year levels a saved query reads in O(buyers) or O(result) observations where the pair or supplier sums would make
 * it read every pair or supplier of the year (hundreds of thousands at 1 M payments): each buyer's concentration on
 * its suppliers, the pairs above the year's direct-award threshold, and the league rank of the year's top suppliers.
 * Derived in Java from the sums {@link YearCube} has just made, in its write transaction (no second scan).
 * Redacted payees (a buyer's payment:Redaction, standing for its sole traders) are left out of all three, as the
 * queries leave them out.
 */
final class YearRankings {
    /** How many suppliers per year and currency get an openup:leagueRank (the supplier league shows 100). */
    static final int LEAGUE_SIZE = 100;
    private static final int TOP = 5;

    private YearRankings() {}

    /** Which of two scopes a concentration observation measures: every counterparty, or those outside the public sector. */
    enum Scope {
        ALL("all", CubeTerms.ALL_COUNTERPARTIES), NON_PUBLIC("non-public", CubeTerms.NON_PUBLIC_COUNTERPARTIES);

        final String key;
        final Node concept;

        Scope(String key, Node concept) {
            this.key = key;
            this.concept = concept;
        }
    }

    /** What the rankings need to know of the suppliers besides their sums, read from the store. */
    record Suppliers(Set<Node> redacted, Set<Node> publicSector) {
        private static final String REDACTED = "SELECT DISTINCT ?s { ?s a <http://reference.data.gov.uk/def/payment#Redaction> }";
        /** Public sector as the concentration query has it: an identifier whose notation (orgnr) starts with 2. */
        private static final String PUBLIC = """
                SELECT DISTINCT ?s {
                  ?s <http://www.w3.org/ns/adms#identifier>/<http://www.w3.org/2004/02/skos/core#notation> ?n
                  FILTER(STRSTARTS(?n, "2"))
                }""";

        static Suppliers read(Dataset ds) {
            return new Suppliers(subjects(ds, REDACTED), subjects(ds, PUBLIC));
        }

        private static Set<Node> subjects(Dataset ds, String query) {
            Set<Node> found = new HashSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.execSelect().forEachRemaining(s -> found.add(s.get("s").asNode()));
            }
            return found;
        }
    }

    /** One supplier's sums within a buyer's year (or a year's league). */
    private record Share(Node supplier, Sums sums) {}

    /** Biggest first, ties by IRI — the order of the queries' ORDER BY DESC(?total) ?supplier. */
    private static final Comparator<Share> BIGGEST_FIRST = Comparator.comparing((Share s) -> s.sums().amount).reversed()
            .thenComparing(s -> s.supplier().getURI());

    /**
     * Writes the three: {@code byPair} keyed (buyer, supplier, year, currency), {@code bySupplier} keyed (supplier,
     * year, currency), as YearCube sums them.
     */
    static void write(YearCube.Writer w, Map<List<Node>, Sums> byPair, Map<List<Node>, Sums> bySupplier, Suppliers known) {
        Map<List<Node>, List<Share>> byBuyerYear = new LinkedHashMap<>();
        Map<List<Node>, BigDecimal> buyerTotals = new LinkedHashMap<>();
        byPair.forEach((k, t) -> {
            List<Node> buyerYear = List.of(k.get(0), k.get(2), k.get(3));
            buyerTotals.merge(buyerYear, t.amount, BigDecimal::add);
            if (!known.redacted().contains(k.get(1)))
                byBuyerYear.computeIfAbsent(buyerYear, x -> new ArrayList<>()).add(new Share(k.get(1), t));
        });
        for (var e : byBuyerYear.entrySet()) {
            List<Node> k = e.getKey();
            List<Share> positive = e.getValue().stream().filter(s -> s.sums().amount.signum() > 0).sorted(BIGGEST_FIRST).toList();
            for (Scope scope : Scope.values()) {
                Predicate<Share> in = scope == Scope.ALL ? s -> true : s -> !known.publicSector().contains(s.supplier());
                List<Share> counted = positive.stream().filter(in).toList();
                if (!counted.isEmpty()) concentration(w, k.get(0), k.get(1), k.get(2), scope, counted);
            }
            var threshold = DirectAwardThresholds.forYear(Integer.parseInt(k.get(1).getLiteralLexicalForm()));
            if (threshold.isEmpty()) continue;
            for (Share s : e.getValue())
                if (s.sums().amount.compareTo(threshold.get()) > 0) aboveThreshold(w, k, s, threshold.get(), buyerTotals.get(k));
        }
        leagueRanks(w, bySupplier, known);
    }

    /** openup:leagueRank 1…100 on the supplier-year observations of each year's and currency's largest suppliers. */
    private static void leagueRanks(YearCube.Writer w, Map<List<Node>, Sums> bySupplier, Suppliers known) {
        Map<List<Node>, List<Share>> leagues = new LinkedHashMap<>();
        bySupplier.forEach((k, t) -> {
            if (!known.redacted().contains(k.get(0)))
                leagues.computeIfAbsent(List.of(k.get(1), k.get(2)), x -> new ArrayList<>()).add(new Share(k.get(0), t));
        });
        for (var e : leagues.entrySet()) {
            List<Share> top = e.getValue().stream().sorted(BIGGEST_FIRST).limit(LEAGUE_SIZE).toList();
            for (int rank = 1; rank <= top.size(); rank++) {
                Node year = e.getKey().get(0), cur = e.getKey().get(1);
                w.add(w.node(Level.BY_SUPPLIER, year, cur, w.path(top.get(rank - 1).supplier())), CubeTerms.LEAGUE_RANK,
                        SpendCube.integer(rank));
            }
        }
    }

    /**
     * One buyer's year in one scope, {@code counted} biggest first (all with a positive net total): their total and
     * number, and — as the concentration query rounds them — HHI = round(10 000 · Σ share²) and the top-1 and top-5
     * shares in per cent to one decimal (exact rational arithmetic, rounded half up as SPARQL ROUND does for these
     * positive values).
     */
    private static void concentration(YearCube.Writer w, Node buyer, Node year, Node cur, Scope scope, List<Share> counted) {
        Sums all = new Sums();
        BigDecimal squares = BigDecimal.ZERO, top5 = BigDecimal.ZERO;
        for (int i = 0; i < counted.size(); i++) {
            BigDecimal a = counted.get(i).sums().amount;
            all.add(counted.get(i).sums());
            squares = squares.add(a.multiply(a));
            if (i < TOP) top5 = top5.add(a);
        }
        BigDecimal total = all.amount;
        Node o = w.node(Level.CONCENTRATION, year, cur, w.path(buyer) + "/" + scope.key);
        w.common(o, Level.CONCENTRATION, year, cur);
        w.add(o, CubeTerms.BUYER, buyer);
        w.add(o, CubeTerms.COUNTERPARTIES, scope.concept);
        measures(w, o, all);
        w.add(o, CubeTerms.SUPPLIER_COUNT, SpendCube.integer(counted.size()));
        w.add(o, CubeTerms.HHI, decimal(BigDecimal.valueOf(10_000).multiply(squares).divide(total.multiply(total), 0, RoundingMode.HALF_UP)));
        w.add(o, CubeTerms.TOP_SUPPLIER_SHARE, decimal(perMille(counted.get(0).sums().amount, total).movePointLeft(1)));
        w.add(o, CubeTerms.TOP_FIVE_SHARE, decimal(perMille(top5, total).movePointLeft(1)));
    }

    /** round(1000 · part / whole): a share in tenths of a per cent. */
    private static BigDecimal perMille(BigDecimal part, BigDecimal whole) {
        return BigDecimal.valueOf(1000).multiply(part).divide(whole, 0, RoundingMode.HALF_UP);
    }

    /** One pair above the year's threshold: its sums, the threshold (whole kronor) and the buyer's total of the year. */
    private static void aboveThreshold(YearCube.Writer w, List<Node> buyerYear, Share s, BigDecimal threshold, BigDecimal buyerTotal) {
        Node buyer = buyerYear.get(0), year = buyerYear.get(1), cur = buyerYear.get(2);
        Node o = w.node(Level.ABOVE_THRESHOLD, year, cur, w.path(buyer) + "/" + w.path(s.supplier()));
        w.common(o, Level.ABOVE_THRESHOLD, year, cur);
        w.add(o, CubeTerms.BUYER, buyer);
        w.add(o, CubeTerms.SUPPLIER, s.supplier());
        measures(w, o, s.sums());
        w.add(o, CubeTerms.THRESHOLD, NodeFactory.createLiteralDT(threshold.toBigIntegerExact().toString(), XSDDatatype.XSDinteger));
        w.add(o, CubeTerms.BUYER_AMOUNT, decimal(buyerTotal));
    }

    private static void measures(YearCube.Writer w, Node o, Sums t) {
        w.add(o, CubeTerms.AMOUNT, decimal(t.amount));
        w.add(o, CubeTerms.PAYMENT_COUNT, SpendCube.integer(t.payments));
        w.add(o, CubeTerms.CREDIT_COUNT, SpendCube.integer(t.credits));
    }

    private static Node decimal(BigDecimal d) { return PaymentTriples.decimal(d); }
}
