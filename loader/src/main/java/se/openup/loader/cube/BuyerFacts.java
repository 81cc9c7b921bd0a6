package se.openup.loader.cube;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import se.openup.loader.cube.PaymentFacts.PairTally;
import se.openup.loader.cube.PaymentFacts.Payment;

/**
 * One buyer's payment facts while its payments are read (memory: one entry per invoice, duplicate candidate and
 * payee of that buyer, freed when the buyer is written). Each fact is counted exactly as the saved query's
 * payment version (queries/payments/) counts it.
 */
final class BuyerFacts {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000), TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal BAND_FLOOR = new BigDecimal("0.9");

    /** An amount limit of the invoice bands: its concept (openup:AmountLimits) and its SEK value in a year. */
    record Limit(Node concept, String notation, BigDecimal amount) {}

    private final Node buyer;
    private final PaymentFacts.Context context;
    private final Map<Integer, YearTally> years = new TreeMap<>();
    private final Map<InvoiceKey, BigDecimal> invoices = new HashMap<>();
    private final Map<PostingKey, Postings> postings = new LinkedHashMap<>();
    private final Map<SpanKey, Node[]> spans = new LinkedHashMap<>();
    private final Map<Node, PairTally> scamTallies = new HashMap<>();

    /** An invoice as just-below-threshold groups rows: payee, number and year (a row without a number is alone). */
    private record InvoiceKey(Node payee, String number, int year) {}

    /** A duplicate-invoice group: payee, invoice number, amount (as terms) and year. */
    record PostingKey(Node payee, Node invoiceNumber, Node amount, int year) {}

    /** A pair-year observation's key (its currency too, as YearCube keeps currencies apart). */
    record SpanKey(Node payee, int year, Node currency) {}

    static final class YearTally {
        long payments, withOrgnr, redacted, monthOnly, roundThousand, roundTenThousand, dayDated, dayOff, invoices;
        final Set<String> months = new HashSet<>();
        final Set<Node> sources = new HashSet<>();
        final Map<Limit, long[]> inBand = new LinkedHashMap<>();
        final Map<Limit, BigDecimal> inBandAmount = new HashMap<>();
    }

    static final class Postings {
        long count;
        final Set<Node> codes = new HashSet<>();
        Node first, last;
    }

    BuyerFacts(Node buyer, PaymentFacts.Context context) {
        this.buyer = buyer;
        this.context = context;
    }

    void add(Payment p) {
        int year = p.year();
        BigDecimal amount = p.value();
        YearTally y = years.computeIfAbsent(year, k -> new YearTally());
        y.payments++;
        y.months.add(p.date().getLiteralLexicalForm().substring(0, 7));
        boolean redacted = context.redacted().contains(p.payee());
        if (context.registered().contains(p.payee())) y.withOrgnr++;
        if (redacted) y.redacted++;
        if (p.monthOnly()) y.monthOnly++;
        if (p.source() != null) y.sources.add(p.source());
        if (amount.signum() != 0 && amount.remainder(THOUSAND).signum() == 0) y.roundThousand++;
        if (amount.signum() != 0 && amount.remainder(TEN_THOUSAND).signum() == 0) y.roundTenThousand++;
        if (!p.monthOnly()) {
            y.dayDated++;
            if (PublicHolidays.isDayOff(LocalDate.parse(p.date().getLiteralLexicalForm()))) y.dayOff++;
        }
        if (p.invoiceNumber() == null) invoice(year, y, amount);
        else invoices.merge(new InvoiceKey(p.payee(), p.invoiceNumber().getLiteralLexicalForm(), year), amount, BigDecimal::add);
        if (p.invoiceNumber() != null && !redacted) {
            Postings g = postings.computeIfAbsent(new PostingKey(p.payee(), p.invoiceNumber(), p.amount(), year), k -> new Postings());
            g.count++;
            if (p.code() != null) g.codes.add(p.code());
            g.first = earlier(g.first, p.date());
            g.last = later(g.last, p.date());
        }
        if (p.currency() != null) {
            Node[] span = spans.computeIfAbsent(new SpanKey(p.payee(), year, p.currency()), k -> new Node[2]);
            span[0] = earlier(span[0], p.date());
            span[1] = later(span[1], p.date());
        }
        if (!redacted) scamTallies.computeIfAbsent(p.payee(), k -> new PairTally()).add(amount);
    }

    /** One invoice's total: counted if positive, and in each limit's band [0.9 · limit, limit). */
    private void invoice(int year, YearTally y, BigDecimal total) {
        if (total.signum() <= 0) return;
        y.invoices++;
        for (Limit limit : limits(year)) {
            long[] n = y.inBand.computeIfAbsent(limit, k -> new long[1]);
            if (total.compareTo(BAND_FLOOR.multiply(limit.amount())) >= 0 && total.compareTo(limit.amount()) < 0) {
                n[0]++;
                y.inBandAmount.merge(limit, total, BigDecimal::add);
            }
        }
    }

    /** The limits journalist-queries.md L4 names (the year's direct-award threshold, 100 000 SEK) and two more. */
    static List<Limit> limits(int year) {
        List<Limit> out = new ArrayList<>();
        DirectAwardThresholds.forYear(year).ifPresent(t -> out.add(new Limit(FactTerms.DIRECT_AWARD_LIMIT, "direct-award", t)));
        for (long sek : new long[] {50_000, 100_000, 1_000_000})
            out.add(new Limit(FactTerms.fixedLimit(sek), Long.toString(sek), BigDecimal.valueOf(sek)));
        return out;
    }

    /** The earlier of two xsd:date terms (the loader writes yyyy-mm-dd, so their text orders as the dates do); a may be null. */
    private static Node earlier(Node a, Node b) {
        return a == null || b.getLiteralLexicalForm().compareTo(a.getLiteralLexicalForm()) < 0 ? b : a;
    }

    private static Node later(Node a, Node b) {
        return a == null || b.getLiteralLexicalForm().compareTo(a.getLiteralLexicalForm()) > 0 ? b : a;
    }

    Map<Node, PairTally> scamTallies() { return scamTallies; }

    void write(FactWriter out) {
        invoices.forEach((k, total) -> invoice(k.year(), years.get(k.year()), total));
        years.forEach((year, y) -> out.buyerYear(buyer, year, y, context.rejectedBySource()));
        postings.forEach((k, g) -> { if (g.count > 1) out.duplicate(buyer, k, g); });
        spans.forEach((k, span) -> out.pairDates(buyer, k, span[0], span[1]));
    }
}
