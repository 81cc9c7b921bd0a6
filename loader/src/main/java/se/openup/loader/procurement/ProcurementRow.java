package se.openup.loader.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.openup.loader.mapping.ProcurementField;

/**
 * One mapped row of a procurement-statistics file: a procurement with its contracted value (value file), or one
 * contracted supplier of one lot of a procurement with its number of contracted tenders (supplier file). Both
 * kinds carry the procurement's own columns, so each file describes every procurement it names.
 */
public record ProcurementRow(long line, int year, String processKey, Party buyer, Tender tender,
                             BigDecimal contractedValue, Award award) {

    /** A classification cell "code label" (CPV, SNI); label null when the cell gives only the code. */
    public record Coded(String code, String label) {}

    /**
     * A buyer or a supplier. {@code orgnr} (10 digits) when it has a valid one; otherwise it is known by
     * {@code name} only, or withheld altogether ({@code redacted}: no name, no attributes).
     */
    public record Party(String orgnr, String name, String nameAsPublished, boolean redacted, String sector,
                        String subsector, String legalForm, String sizeClass, List<Coded> industry) {
        static Party redactedSupplier() { return new Party(null, null, null, true, null, null, null, null, List.of()); }
    }

    /**
     * The tender as the publisher describes it. {@code method}/{@code mainCategory} are OCDS codes (null when the
     * Swedish value has none); {@code cpv} runs from the division down to the main code; flags hold only the
     * yes/no columns that had a value.
     */
    public record Tender(String id, String title, LocalDate published, String mainCategory, String method,
                         String methodDetails, Boolean framework, List<Coded> cpv, String legalBasis,
                         String noticeDatabase, Map<ProcurementField, Boolean> flags) {}

    /** One contracted supplier of one lot; {@code key} = {lotKey}/{supplierKey}, unique within the file. */
    public record Award(String lotId, String key, Party supplier, BigDecimal tenders) {}

    /** The figure the load report sums: the contracted value (SEK) or the number of contracted tenders. */
    public BigDecimal figure() { return award == null ? contractedValue : award.tenders(); }

    public boolean supplierRedacted() { return award != null && award.supplier().redacted(); }
}
