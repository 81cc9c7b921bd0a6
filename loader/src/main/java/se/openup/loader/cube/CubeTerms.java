package se.openup.loader.cube;

import org.apache.jena.graph.Node;
import se.openup.loader.rdf.Vocab;
import se.openup.loader.reference.RefVocab;

/** The spend cube's terms (ontology/openup.ttl, section "Spend aggregates"), as Jena nodes. */
public final class CubeTerms {
    private CubeTerms() {}

    public static final Node STRUCTURE = Vocab.openup("spendStructure");
    public static final Node BUYER = Vocab.openup("buyer");
    public static final Node SUPPLIER = Vocab.openup("supplier");
    public static final Node MONTH = Vocab.openup("month");
    public static final Node YEAR = Vocab.openup("year");
    public static final Node ACCOUNT_CLASS = Vocab.openup("accountClass");
    public static final Node CURRENCY = Vocab.openup("currency");
    public static final Node AMOUNT = Vocab.openup("amount");
    public static final Node PAYMENT_COUNT = Vocab.openup("paymentCount");
    public static final Node CREDIT_COUNT = Vocab.openup("creditCount");
    public static final Node BUYER_COUNT = Vocab.openup("buyerCount");
    // YearRankings: a buyer's concentration on its suppliers, the pairs above the direct-award threshold, league ranks
    public static final Node COUNTERPARTIES = Vocab.openup("counterparties");
    public static final Node ALL_COUNTERPARTIES = Vocab.openup("AllCounterparties");
    public static final Node NON_PUBLIC_COUNTERPARTIES = Vocab.openup("NonPublicCounterparties");
    public static final Node SUPPLIER_COUNT = Vocab.openup("supplierCount");
    public static final Node HHI = Vocab.openup("hhi");
    public static final Node TOP_SUPPLIER_SHARE = Vocab.openup("topSupplierShare");
    public static final Node TOP_FIVE_SHARE = Vocab.openup("topFiveShare");
    public static final Node THRESHOLD = Vocab.openup("threshold");
    public static final Node BUYER_AMOUNT = Vocab.openup("buyerAmount");
    public static final Node LEAGUE_RANK = Vocab.openup("leagueRank");
    /** The class of spend booked on no account at all (the file has no account column, or the cell was empty). */
    public static final Node NO_ACCOUNT = Vocab.openup("NoAccount");

    static final Node OBSERVATION = RefVocab.QB_OBSERVATION;
    static final Node DATASET_CLASS = RefVocab.QB_DATASET_CLASS;
    static final Node DATASET = RefVocab.QB_DATASET;
    static final Node QB_STRUCTURE = RefVocab.QB_STRUCTURE;
}
