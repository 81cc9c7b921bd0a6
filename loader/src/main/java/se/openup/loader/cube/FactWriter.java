package se.openup.loader.cube;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import se.openup.loader.cube.BuyerFacts.Limit;
import se.openup.loader.cube.BuyerFacts.PostingKey;
import se.openup.loader.cube.BuyerFacts.SpanKey;
import se.openup.loader.cube.BuyerFacts.YearTally;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.PaymentTriples;
import se.openup.loader.rdf.Vocab;

/**
 * Writes the payment facts as qb:Observations into the year levels' graph, each kind in its own qb:DataSet
 * id:dataset/{id} with its structure; IRIs id:cube/{id}/… name only what the payment graph already publishes
 * (years, buyers' and payees' IRI paths, a hash of an invoice number and amount).
 */
final class FactWriter {
    static final String BUYER_YEARS = "payment-facts-by-buyer-year", INVOICE_BANDS = "invoice-bands-by-buyer-year",
            DUPLICATES = "duplicate-invoices", SCAM_CANDIDATES = "directory-scam-candidates";

    private final DatasetGraph dsg;
    private final Node graph;
    private final Iris iris;
    private final Set<String> described = new HashSet<>();

    FactWriter(DatasetGraph dsg, Node graph, Iris iris) {
        this.dsg = dsg;
        this.graph = graph;
        this.iris = iris;
    }

    /** Coverage, round amounts and days off of one buyer's year; its invoice bands, one per limit. */
    void buyerYear(Node buyer, int year, YearTally y, Map<Node, List<Long>> rejectedBySource) {
        long files = 0, rejected = 0;
        for (Node source : y.sources) {
            List<Long> loads = rejectedBySource.getOrDefault(source, List.of());
            files += Math.max(1, loads.size());
            for (long n : loads) rejected += n;
        }
        Node o = observation(BUYER_YEARS, FactTerms.BUYER_YEAR_STRUCTURE, year + "/" + path(buyer), year);
        add(o, CubeTerms.BUYER, buyer);
        add(o, CubeTerms.PAYMENT_COUNT, integer(y.payments));
        add(o, FactTerms.MONTH_COUNT, integer(y.months.size()));
        add(o, FactTerms.WITH_ORGNR_COUNT, integer(y.withOrgnr));
        add(o, FactTerms.REDACTED_COUNT, integer(y.redacted));
        add(o, FactTerms.MONTH_ONLY_COUNT, integer(y.monthOnly));
        add(o, FactTerms.FILE_COUNT, integer(files));
        add(o, FactTerms.REJECTED_ROW_COUNT, integer(rejected));
        add(o, FactTerms.ROUND_THOUSAND_COUNT, integer(y.roundThousand));
        add(o, FactTerms.ROUND_TEN_THOUSAND_COUNT, integer(y.roundTenThousand));
        add(o, FactTerms.DAY_DATED_COUNT, integer(y.dayDated));
        add(o, FactTerms.DAY_OFF_COUNT, integer(y.dayOff));
        if (y.invoices == 0) return; // the query lists buyers with at least one invoice of positive total
        for (Limit limit : BuyerFacts.limits(year)) {
            Node b = observation(INVOICE_BANDS, FactTerms.INVOICE_BAND_STRUCTURE, year + "/" + limit.notation() + "/" + path(buyer), year);
            add(b, CubeTerms.BUYER, buyer);
            add(b, FactTerms.LIMIT, limit.concept());
            add(b, FactTerms.LIMIT_AMOUNT, decimal(limit.amount()));
            add(b, FactTerms.INVOICE_COUNT, integer(y.invoices));
            add(b, FactTerms.IN_BAND_COUNT, integer(y.inBand.getOrDefault(limit, new long[1])[0]));
            add(b, FactTerms.IN_BAND_AMOUNT, decimal(y.inBandAmount.getOrDefault(limit, BigDecimal.ZERO)));
            }
    }

    /** A duplicate-invoice candidate: the same buyer, payee, invoice number and amount more than once in a year. */
    void duplicate(Node buyer, PostingKey k, BuyerFacts.Postings g) {
        String number = k.invoiceNumber().getLiteralLexicalForm(), amount = k.amount().getLiteralLexicalForm();
        Node o = observation(DUPLICATES, FactTerms.DUPLICATE_INVOICE_STRUCTURE,
                k.year() + "/" + path(buyer) + "/" + path(k.payee()) + "/" + hash(number + "\u0000" + amount), k.year());
        add(o, CubeTerms.BUYER, buyer);
        add(o, CubeTerms.SUPPLIER, k.payee());
        add(o, FactTerms.SHARED_INVOICE_NUMBER, NodeFactory.createLiteralString(number));
        add(o, FactTerms.POSTING_AMOUNT, decimal(new BigDecimal(amount)));
        add(o, CubeTerms.PAYMENT_COUNT, integer(g.count));
        add(o, FactTerms.ACCOUNT_COUNT, integer(g.codes.size()));
        add(o, FactTerms.FIRST_DATE, g.first);
        add(o, FactTerms.LAST_DATE, g.last);
    }

    /** First and last payment date, added to the pair-year observation YearCube wrote for the same key. */
    void pairDates(Node buyer, SpanKey k, Node first, Node last) {
        String currency = k.currency().getURI().substring(Vocab.CURRENCY.length());
        Node o = iris.spendLevelObservation(YearCube.Level.BY_PAIR.id, k.year() + "/" + currency + "/" + path(buyer) + "/" + path(k.payee()));
        add(o, FactTerms.FIRST_DATE, first);
        add(o, FactTerms.LAST_DATE, last);
    }

    void scamCandidate(Node payee, PaymentFacts.ScamTally t) {
        Node o = observation(SCAM_CANDIDATES, FactTerms.SCAM_CANDIDATE_STRUCTURE, path(payee), null);
        add(o, CubeTerms.SUPPLIER, payee);
        add(o, CubeTerms.BUYER_COUNT, integer(t.buyers));
        add(o, CubeTerms.PAYMENT_COUNT, integer(t.payments));
        add(o, FactTerms.SMALLEST_AMOUNT, decimal(t.smallest));
        add(o, FactTerms.LARGEST_AMOUNT, decimal(t.largest));
        add(o, CubeTerms.AMOUNT, decimal(t.total));
    }

    /** A new observation of dataset id:dataset/{id} (described once), with its year unless null. */
    private Node observation(String id, Node structure, String key, Integer year) {
        Node dataset = iris.spendLevel(id);
        if (described.add(id)) {
            add(dataset, Vocab.TYPE, CubeTerms.DATASET_CLASS);
            add(dataset, CubeTerms.QB_STRUCTURE, structure);
        }
        Node o = iris.spendLevelObservation(id, key);
        add(o, Vocab.TYPE, CubeTerms.OBSERVATION);
        add(o, CubeTerms.DATASET, dataset);
        if (year != null) add(o, CubeTerms.YEAR, NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDgYear));
        return o;
    }

    /** A buyer's or payee's IRI below the base (every one the loader writes is). */
    private String path(Node n) {
        if (!n.isURI() || !n.getURI().startsWith(iris.base())) throw new IllegalStateException(n + " is not under " + iris.base());
        return n.getURI().substring(iris.base().length());
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node integer(long n) { return SpendCube.integer(n); }

    /** Canonical, as every amount in the store: a rebuild's deleteAny must find it again. */
    private static Node decimal(BigDecimal v) { return PaymentTriples.decimal(v); }

    private void add(Node s, Node p, Node o) { dsg.add(graph, s, p, o); }
}
