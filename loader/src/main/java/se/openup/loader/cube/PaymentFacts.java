package se.openup.loader.cube;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;

/**
 * Facts about single payments that the spend sums cannot give (months, dates, payees' kinds, invoices, repeated
 * postings, small near-equal amounts), counted in one scan of the payments, buyer by buyer through the payer index,
 * and written into the year levels' graph beside them (docs/aggregates.md, "Payment facts"): the saved queries that
 * used to scan every payment read these instead. Runs inside {@link YearCube#run}'s write transaction, after the
 * pair-year observations are written (it adds their first and last payment dates).
 */
public final class PaymentFacts {
    private PaymentFacts() {}

    /** One payment, as the saved queries' payment versions read it (a term each, as the store holds it). */
    record Payment(Node payee, Node amount, Node date, Node currency, Node invoiceNumber, Node code, Node source,
                   boolean monthOnly) {
        int year() { return Integer.parseInt(date.getLiteralLexicalForm().substring(0, 4)); }

        BigDecimal value() { return new BigDecimal(amount.getLiteralLexicalForm()); }
    }

    /** What is known of every payee and load before the scan: kinds, and each file's rejected rows. */
    record Context(Set<Node> registered, Set<Node> redacted, Map<Node, List<Long>> rejectedBySource) {}

    /** Scans every buyer's payments and writes the facts into {@code graph} (the caller holds the write transaction). */
    public static void write(DatasetGraph dsg, Node graph, Iris iris) {
        Context context = new Context(subjectsOfType(dsg, Vocab.REGISTERED_ORGANIZATION), subjectsOfType(dsg, Vocab.REDACTION),
                rejectedBySource(dsg));
        FactWriter out = new FactWriter(dsg, graph, iris);
        Map<Node, ScamTally> scams = new HashMap<>();
        Set<Node> buyers = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        dsg.find(Node.ANY, Node.ANY, Vocab.PAYER, Node.ANY).forEachRemaining(q -> buyers.add(q.getObject()));
        for (Node buyer : buyers) {
            BuyerFacts facts = new BuyerFacts(buyer, context);
            payments(dsg, buyer, facts::add);
            facts.write(out);
            facts.scamTallies().forEach((payee, pair) -> scams.computeIfAbsent(payee, k -> new ScamTally()).add(pair));
        }
        scams.forEach((payee, t) -> { if (t.isCandidate()) out.scamCandidate(payee, t); });
    }

    /** The buyer's payments: each one's own triples read from its file's graph (where PaymentTriples wrote them all). */
    private static void payments(DatasetGraph dsg, Node buyer, Consumer<Payment> each) {
        Set<Node> seen = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.PAYER, buyer).forEachRemaining(q -> {
            if (!seen.add(q.getSubject())) return;
            Map<Node, Node> v = new HashMap<>();
            boolean monthOnly = false;
            for (var it = dsg.find(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad t = it.next();
                if (t.getPredicate().equals(Vocab.DATE_PRECISION)) monthOnly |= t.getObject().equals(Vocab.MONTH_PRECISION);
                else v.put(t.getPredicate(), t.getObject());
            }
            Payment p = new Payment(v.get(Vocab.PAYEE), v.get(Vocab.NET_AMOUNT), v.get(Vocab.DATE), v.get(Vocab.PAYMENT_CURRENCY),
                    v.get(Vocab.INVOICE_NUMBER), v.get(Vocab.EXPENDITURE_CODE), v.get(Vocab.WAS_DERIVED_FROM), monthOnly);
            if (p.payee() != null && p.amount() != null && p.date() != null) each.accept(p);
        });
    }

    private static Set<Node> subjectsOfType(DatasetGraph dsg, Node type) {
        Set<Node> out = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, type).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /**
     * Each source file's loads' rowsRejected, one entry per (load, count) — so a file counts once per load that
     * used it, as the coverage query's join of files and loads counts it.
     */
    private static Map<Node, List<Long>> rejectedBySource(DatasetGraph dsg) {
        Map<Node, Set<List<Node>>> loads = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.USED, Node.ANY).forEachRemaining(used ->
                dsg.find(Node.ANY, used.getSubject(), Vocab.ROWS_REJECTED, Node.ANY).forEachRemaining(r ->
                        loads.computeIfAbsent(used.getObject(), k -> new HashSet<>()).add(List.of(r.getSubject(), r.getObject()))));
        Map<Node, List<Long>> out = new HashMap<>();
        loads.forEach((source, pairs) -> out.put(source,
                pairs.stream().map(p -> Long.parseLong(p.get(1).getLiteralLexicalForm())).toList()));
        return out;
    }

    /** One payee's payments from one buyer, all years: the bluffaktura pattern's per-buyer part. */
    static final class PairTally {
        long payments;
        BigDecimal low, high, sum = BigDecimal.ZERO;

        void add(BigDecimal amount) {
            payments++;
            low = low == null || amount.compareTo(low) < 0 ? amount : low;
            high = high == null || amount.compareTo(high) > 0 ? amount : high;
            sum = sum.add(amount);
        }
    }

    /**
     * One payee across buyers, all time: a candidate while every buyer paid it at most twice, every amount is
     * above 0 and the largest is within 1.1 × the smallest, from at least two buyers — the parts of the pattern no
     * parameter changes (the query's minBuyers is at least 2; maxAmount filters the largest).
     */
    static final class ScamTally {
        long buyers, payments;
        boolean ruledOut;
        BigDecimal smallest, largest, total = BigDecimal.ZERO;

        void add(PairTally pair) {
            buyers++;
            payments += pair.payments;
            ruledOut |= pair.payments > 2 || pair.low.signum() <= 0;
            smallest = smallest == null || pair.low.compareTo(smallest) < 0 ? pair.low : smallest;
            largest = largest == null || pair.high.compareTo(largest) > 0 ? pair.high : largest;
            total = total.add(pair.sum);
        }

        boolean isCandidate() {
            return !ruledOut && buyers >= 2 && largest.compareTo(new BigDecimal("1.1").multiply(smallest)) <= 0;
        }
    }
}
