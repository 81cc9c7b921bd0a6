package se.openup.loader.mapping;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fields a {@code kind: procurement} mapping can fill (docs/mappings.md); YAML names are the camelCase forms.
 * One row is one procurement (with its contracted value) or one contracted supplier of a lot of a procurement
 * (with its number of contracted tenders). The ledger fields are {@link Field}.
 */
public enum ProcurementField {
    year, procurementId, title, publicationDate,
    buyerId, buyerName, buyerSector, buyerSubsector, buyerLegalForm, buyerIndustry,
    mainCategory, cpvDivision, cpvGroup, cpvClass, cpvCategory, cpvSubcategory, mainCpv,
    legalBasis, directiveGoverned, procedure, agreementType, dynamicPurchasingSystem, electronicAuction,
    dividedIntoLots, coordinated, environmentallySustainable, sociallySustainable, innovation, reserved,
    reservedExecution, noticeDatabase, appealed,
    contractedValue,
    lotId, supplierName, supplierSector, supplierSize, supplierLegalForm,
    supplierSniSection, supplierSniDivision, supplierSniGroup, supplierSniClass, supplierSniSubclass,
    contractedTenders;

    /** Without these a row cannot be keyed to its procurement. */
    public static final Set<ProcurementField> REQUIRED = EnumSet.of(year, procurementId, title, buyerName);

    /** A supplier row needs all of these, and a procurement row none of them. */
    public static final Set<ProcurementField> SUPPLIER_ROW = EnumSet.of(lotId, supplierName, contractedTenders);

    /** The yes/no columns (True/False, true/false or 1/0). */
    public static final Set<ProcurementField> FLAGS = EnumSet.of(directiveGoverned, dynamicPurchasingSystem,
            electronicAuction, dividedIntoLots, coordinated, environmentallySustainable, sociallySustainable,
            innovation, reserved, reservedExecution, appealed);

    public static ProcurementField of(String yamlName) {
        for (ProcurementField f : values()) if (f.name().equals(yamlName)) return f;
        throw new IllegalArgumentException("unknown procurement field '" + yamlName + "' (known: "
                + Arrays.toString(values()) + ")");
    }
}
