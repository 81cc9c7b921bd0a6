package se.openup.loader.cube;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import se.openup.loader.mapping.LedgerHandler;
import se.openup.loader.mapping.LedgerRow;
import se.openup.loader.mapping.Rejection;
import se.openup.loader.normalise.Names;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.PaymentTriples;
import se.openup.loader.rdf.Vocab;

/**
 * The spend of one file summed per buyer × supplier × month × account class (× currency), written as RDF Data
 * Cube observations into the file's own graph when the file ends — so replacing the file replaces its aggregates.
 * Memory: one entry per distinct cell of the file (docs/aggregates.md has the measured counts).
 */
public final class SpendCube implements LedgerHandler {
    private static final Node SEK = Vocab.uri(Vocab.CURRENCY + "SEK");
    private static final Node TITLE_SV = NodeFactory.createLiteralLang(
            "Utbetalningar per köpare, leverantör, månad och kontoklass", "sv");
    private static final Node TITLE_EN = NodeFactory.createLiteralLang(
            "Payments per buyer, supplier, month and account class", "en");
    private final Iris iris;
    private final String sourceKey;
    private final StreamRDF out;
    private final Map<Cell, Sums> cells = new LinkedHashMap<>();

    /** The dimensions of one observation; {@code accountKey} is the class's IRI ending (see {@link #accountKey}). */
    private record Cell(String buyer, Node payee, YearMonth month, String accountKey, String currency) {}

    public SpendCube(Iris iris, String sourceKey, StreamRDF out) {
        this.iris = iris;
        this.sourceKey = sourceKey;
        this.out = out;
    }

    @Override
    public void payment(LedgerRow r) {
        Cell cell = new Cell(r.buyerOrgnr(), iris.payee(r.buyerOrgnr(), r.payee()), YearMonth.from(r.date()),
                accountKey(r.accountCode()), r.currency());
        cells.computeIfAbsent(cell, c -> new Sums()).add(r.amount());
    }

    @Override
    public void rejected(Rejection rejection) {
        // a rejected row is not spend: the cube sums what was loaded, like amountLoaded
    }

    @Override
    public void skipped(long line, String reason) {
        // a skipped row (a sum line) is not a posting
    }

    @Override
    public void end() {
        if (cells.isEmpty()) return;
        Node dataset = iris.spendDataset();
        emit(dataset, Vocab.TYPE, CubeTerms.DATASET_CLASS);
        emit(dataset, CubeTerms.QB_STRUCTURE, CubeTerms.STRUCTURE);
        emit(dataset, Vocab.TITLE, TITLE_SV);
        emit(dataset, Vocab.TITLE, TITLE_EN);
        Node source = iris.source(sourceKey);
        for (Map.Entry<Cell, Sums> e : cells.entrySet()) {
            Cell c = e.getKey();
            Sums t = e.getValue();
            String month = c.month().toString();
            Node o = iris.spendObservation(sourceKey, c.buyer() + "/" + month + "/" + c.accountKey() + "/"
                    + c.currency() + "/" + c.payee().getURI().substring(iris.base().length()));
            emit(o, Vocab.TYPE, CubeTerms.OBSERVATION);
            emit(o, CubeTerms.DATASET, dataset);
            emit(o, CubeTerms.BUYER, iris.org(c.buyer()));
            emit(o, CubeTerms.SUPPLIER, c.payee());
            emit(o, CubeTerms.MONTH, NodeFactory.createLiteralDT(month, XSDDatatype.XSDgYearMonth));
            emit(o, CubeTerms.YEAR, NodeFactory.createLiteralDT(Integer.toString(c.month().getYear()), XSDDatatype.XSDgYear));
            emit(o, CubeTerms.ACCOUNT_CLASS, accountClass(c.buyer(), c.accountKey()));
            emit(o, CubeTerms.CURRENCY, "SEK".equals(c.currency()) ? SEK : Vocab.uri(Vocab.CURRENCY + c.currency()));
            emit(o, CubeTerms.AMOUNT, PaymentTriples.decimal(t.amount));
            emit(o, CubeTerms.PAYMENT_COUNT, integer(t.payments));
            emit(o, CubeTerms.CREDIT_COUNT, integer(t.credits));
            emit(o, Vocab.WAS_DERIVED_FROM, source);
        }
        cells.clear();
    }

    /**
     * The class an account code compares by, as PaymentTriples links it: a numeric code's 2-digit group (1 digit
     * for a 1-digit code) → its Kommun-Bas class ({@code 46}); any other code → the buyer's own account
     * ({@code own-{codeKey}}); no code → {@code none}.
     */
    static String accountKey(String code) {
        if (code == null) return "none";
        if (code.chars().allMatch(Character::isDigit)) return code.length() > 2 ? code.substring(0, 2) : code;
        return "own-" + Names.key(code);
    }

    private Node accountClass(String buyer, String key) {
        if (key.equals("none")) return CubeTerms.NO_ACCOUNT;
        if (key.startsWith("own-")) return iris.account(buyer, key.substring("own-".length()));
        return iris.sharedAccountClass(key);
    }

    static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    private void emit(Node s, Node p, Node o) { out.triple(Triple.create(s, p, o)); }
}
