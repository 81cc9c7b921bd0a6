package se.openup.loader.normalise;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * What a supplier-id cell holds, as decided by {@link SupplierIdParser#classify(String)}.
 *
 * @param kind     what the cell is
 * @param id       ORGNR: 10 digits; FOREIGN_VAT: e.g. {@code DK78479310}; INTERNAL: the trimmed raw value
 *                 (10 digits when the issue is INVALID_CHECKSUM); PERSONAL and NONE: always null
 * @param otherIds further ids of a multi-id cell, normalised the same way; never null, empty unless MULTIPLE_IDS
 * @param issues   data-quality issues (for {@code openup:supplierIdIssue}); the accessor returns a copy
 */
public record SupplierId(Kind kind, String id, List<String> otherIds, EnumSet<Issue> issues) {

    public enum Kind {
        /** A valid organisation number of a legal person. */
        ORGNR,
        /** A personnummer/samordningsnummer, a mask, or something that may be one: publish nothing of it. */
        PERSONAL,
        /** A foreign VAT id. */
        FOREIGN_VAT,
        /** A publisher's own supplier number, a broken orgnr, or other non-personal text. */
        INTERNAL,
        /** Empty cell. */
        NONE
    }

    public enum Issue { MISSING_ID, MULTIPLE_IDS, FOREIGN_ID, INTERNAL_NUMBER, INVALID_CHECKSUM }

    /** Shared results: immutable because issues() hands out copies. */
    static final SupplierId NONE = new SupplierId(Kind.NONE, null, List.of(), EnumSet.of(Issue.MISSING_ID));
    static final SupplierId PERSONAL = new SupplierId(Kind.PERSONAL, null, List.of(), EnumSet.noneOf(Issue.class));

    public SupplierId {
        Objects.requireNonNull(kind, "kind");
        otherIds = otherIds == null ? List.of() : List.copyOf(otherIds);
        issues = issues == null ? EnumSet.noneOf(Issue.class) : EnumSet.copyOf(issues);
        // the redaction guarantee lives in the type: a personal or empty result can never carry a value
        if ((kind == Kind.PERSONAL || kind == Kind.NONE) && (id != null || !otherIds.isEmpty())) {
            throw new IllegalArgumentException(kind + " must not carry an id");
        }
        if (kind != Kind.PERSONAL && kind != Kind.NONE && id == null) {
            throw new IllegalArgumentException(kind + " needs an id");
        }
    }

    /** A copy, so the shared instances stay unchanged. Use {@link #has} on the per-row path. */
    @Override
    public EnumSet<Issue> issues() {
        return EnumSet.copyOf(issues);
    }

    /** Allocation-free issue test. */
    public boolean has(Issue issue) {
        return issues.contains(issue);
    }

    /** The organisation number when kind is ORGNR, else null. */
    public OrgNumber orgNumber() {
        return kind == Kind.ORGNR ? OrgNumber.parseOrNull(id) : null;
    }

    /** True when the payee must be published as a redaction (no name, no number). */
    public boolean isPersonal() {
        return kind == Kind.PERSONAL;
    }
}
