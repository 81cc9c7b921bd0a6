package se.openup.loader.cube;

import org.apache.jena.graph.Node;
import se.openup.loader.rdf.Vocab;

/** The payment facts' terms (ontology/openup.ttl, "Payment facts", after the spend aggregates), as Jena nodes. */
public final class FactTerms {
    private FactTerms() {}

    public static final Node BUYER_YEAR_STRUCTURE = Vocab.openup("paymentFactsByBuyerYearStructure");
    public static final Node INVOICE_BAND_STRUCTURE = Vocab.openup("invoiceBandStructure");
    public static final Node DUPLICATE_INVOICE_STRUCTURE = Vocab.openup("duplicateInvoiceStructure");
    public static final Node SCAM_CANDIDATE_STRUCTURE = Vocab.openup("directoryScamCandidateStructure");

    public static final Node MONTH_COUNT = Vocab.openup("monthCount");
    public static final Node WITH_ORGNR_COUNT = Vocab.openup("withOrgnrCount");
    public static final Node REDACTED_COUNT = Vocab.openup("redactedCount");
    public static final Node MONTH_ONLY_COUNT = Vocab.openup("monthOnlyCount");
    public static final Node FILE_COUNT = Vocab.openup("fileCount");
    public static final Node REJECTED_ROW_COUNT = Vocab.openup("rejectedRowCount");
    public static final Node ROUND_THOUSAND_COUNT = Vocab.openup("roundThousandCount");
    public static final Node ROUND_TEN_THOUSAND_COUNT = Vocab.openup("roundTenThousandCount");
    public static final Node DAY_DATED_COUNT = Vocab.openup("dayDatedCount");
    public static final Node DAY_OFF_COUNT = Vocab.openup("dayOffCount");

    public static final Node LIMIT = Vocab.openup("limit");
    public static final Node LIMIT_AMOUNT = Vocab.openup("limitAmount");
    public static final Node INVOICE_COUNT = Vocab.openup("invoiceCount");
    public static final Node IN_BAND_COUNT = Vocab.openup("inBandCount");
    public static final Node IN_BAND_AMOUNT = Vocab.openup("inBandAmount");
    /** The year's LOU direct-award threshold (DirectAwardThresholds), a concept of openup:AmountLimits. */
    public static final Node DIRECT_AWARD_LIMIT = Vocab.openup("DirectAwardLimit");

    public static final Node SHARED_INVOICE_NUMBER = Vocab.openup("sharedInvoiceNumber");
    public static final Node POSTING_AMOUNT = Vocab.openup("postingAmount");
    public static final Node ACCOUNT_COUNT = Vocab.openup("accountCount");
    public static final Node FIRST_DATE = Vocab.openup("firstDate");
    public static final Node LAST_DATE = Vocab.openup("lastDate");

    public static final Node SMALLEST_AMOUNT = Vocab.openup("smallestAmount");
    public static final Node LARGEST_AMOUNT = Vocab.openup("largestAmount");

    /** A fixed limit in SEK (openup:Limit100000), a concept of openup:AmountLimits. */
    public static Node fixedLimit(long sek) { return Vocab.openup("Limit" + sek); }
}
