package se.openup.loader.procurement;

import static se.openup.loader.mapping.ProcurementField.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import se.openup.loader.mapping.Cell;
import se.openup.loader.mapping.MappingException;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.ProcurementField;
import se.openup.loader.mapping.Rejection;
import se.openup.loader.normalise.AmountException;
import se.openup.loader.normalise.Amounts;
import se.openup.loader.normalise.Booleans;
import se.openup.loader.normalise.Names;
import se.openup.loader.normalise.OrgNumber;
import se.openup.loader.normalise.SupplierIdParser;
import se.openup.loader.procurement.Columns.RowRejected;
import se.openup.loader.procurement.ProcurementRow.Award;
import se.openup.loader.procurement.ProcurementRow.Party;
import se.openup.loader.procurement.ProcurementRow.Tender;
import se.openup.loader.source.RawRow;
import se.openup.loader.source.RowHandler;

/**
 * Applies a {@code kind: procurement} mapping to the rows of one file: each row becomes a {@link ProcurementRow},
 * a {@link Rejection} (line, column, reason) or a skip. A file whose mapping names {@code contractedValue} has one
 * procurement per row; one that names {@code contractedTenders} has one contracted supplier of a lot per row.
 */
public final class ProcurementMapper implements RowHandler {
    private final MappingProfile profile;
    private final UnaryOperator<String> municipalityByName;
    private final ProcurementHandler out;
    private final boolean supplierRows;
    private final Set<String> redactedNames = new HashSet<>();
    private final Map<String, Long> processLines = new HashMap<>();
    private final Map<String, Integer> awardKeys = new HashMap<>();
    private final List<Rule> skips = new ArrayList<>();
    private final List<Rule> redactIf = new ArrayList<>();
    private Columns columns;

    /**
     * @param municipalityByName the orgnr of a municipality by its name (reference data), or null: used for a
     *                           buyer whose orgnr in the file is not a valid one
     */
    public ProcurementMapper(MappingProfile profile, UnaryOperator<String> municipalityByName, ProcurementHandler out) {
        this.profile = profile;
        this.municipalityByName = municipalityByName;
        this.out = out;
        this.supplierRows = profile.columns().containsKey(contractedTenders.name());
        if (profile.redacted() != null)
            profile.redacted().forEach(v -> redactedNames.add(v.strip().toLowerCase(Locale.ROOT)));
    }

    /** What the load report's amounts add up, per file kind (docs/procurement.md). */
    public static String figureOf(MappingProfile profile) {
        return profile.columns().containsKey(contractedTenders.name())
                ? "number of contracted tenders (count, not SEK)" : "contracted value (SEK)";
    }

    /** The title of the publisher-year dataset both workbooks of a year belong to. */
    public static String datasetTitle(MappingProfile profile, int year) {
        return "Upphandlingsstatistik " + year + " — " + profile.publisher().name();
    }

    @Override
    public void header(List<String> titles) {
        columns = new Columns(profile, titles);
        bind(profile.skip(), skips, "skip");
        bind(profile.redactIf(), redactIf, "redactIf");
    }

    private void bind(List<MappingProfile.SkipRule> rules, List<Rule> into, String key) {
        if (rules == null) return;
        for (MappingProfile.SkipRule r : rules) {
            Cell c = columns.cell(ProcurementField.of(r.field()));
            if (c == null) throw new MappingException(profile.id() + ": " + key + " rule names field '" + r.field()
                    + "' which has no column");
            into.add(new Rule(c, Pattern.compile(r.pattern()), r.field()));
        }
    }

    @Override
    public void row(RawRow row) {
        for (Rule s : skips)
            if (s.matches(row)) {
                out.skipped(row.line(), "matches the mapping's skip rule on " + s.field + " (" + s.pattern + ")");
                return;
            }
        BigDecimal figure = null;
        try {
            figure = figure(row);
            map(row, figure);
        } catch (RowRejected r) {
            String reason = r.getMessage();
            // reasons quote the offending cell; never let a personal identity number through that way
            if (SupplierIdParser.looksPersonal(reason))
                reason = reason.replaceAll("'[^']*'", "(value withheld: it looks like a personal identity number)");
            out.rejected(new Rejection(row.line(), r.cell == null ? null : r.cell.title(), reason, figure));
        }
    }

    private BigDecimal figure(RawRow row) {
        ProcurementField f = supplierRows ? contractedTenders : contractedValue;
        String raw = columns.cell(f).value(row);
        if (raw == null) throw new RowRejected(columns.cell(f), supplierRows ? "no number of contracted tenders" : "no contracted value");
        try {
            if (!supplierRows) return Amounts.parse(raw, '.', ""); // XLSX numbers arrive as plain decimals
            BigDecimal n = new BigDecimal(raw.strip());
            if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0) throw new NumberFormatException();
            return n.setScale(0);
        } catch (AmountException | NumberFormatException e) {
            throw new RowRejected(columns.cell(f), "'" + raw + "' is not " + (supplierRows ? "a whole number >= 0" : "an amount"));
        }
    }

    private void map(RawRow row, BigDecimal figure) {
        int year = year(row);
        String id = required(row, procurementId, "no Upphandlings-ID");
        String title = required(row, ProcurementField.title, "no title");
        Party buyer = buyer(row);
        Tender tender = tender(row, id, title);
        String key = ProcessKeys.of(buyer.orgnr(), buyer.name(), id, title);
        if (!supplierRows) {
            Long first = processLines.putIfAbsent(key, row.line());
            if (first != null) throw new RowRejected(columns.cell(procurementId),
                    "the same procurement as line " + first + " (Upphandlings-ID, buyer and title): its value would be counted twice");
            out.procurement(new ProcurementRow(row.line(), year, key, buyer, tender, figure, null));
            return;
        }
        String lot = required(row, lotId, "no Anbudsområdes-ID");
        Party supplier = supplier(row);
        String awardKey = Names.key(lot) + "/" + (supplier.redacted() ? "redacted" : Names.key(supplier.name()));
        // two rows for one supplier of one lot (several withheld natural persons, or a repeated row) stay two awards
        int n = awardKeys.merge(key + " " + awardKey, 1, Integer::sum);
        Award award = new Award(lot, n == 1 ? awardKey : awardKey + "-" + n, supplier, figure);
        out.procurement(new ProcurementRow(row.line(), year, key, buyer, tender, null, award));
    }

    private int year(RawRow row) {
        String v = required(row, ProcurementField.year, "no year");
        try {
            int y = new BigDecimal(v).intValueExact();
            if (y >= 1900 && y <= 2999) return y;
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below
        }
        throw new RowRejected(columns.cell(ProcurementField.year), "'" + v + "' is not a year");
    }

    private String required(RawRow row, ProcurementField f, String reason) {
        String v = columns.text(row, f);
        if (v == null) throw new RowRejected(columns.cell(f), reason);
        return v;
    }

    /**
     * The buyer: its orgnr when valid; else, for a municipality, the orgnr the reference data gives for its name
     * (the workbooks misspell a few, e.g. 222000-0449 for Linköping); else it is known by name only. The invalid
     * number is never published (one is shaped like a personnummer).
     */
    private Party buyer(RawRow row) {
        String name = required(row, buyerName, "no buyer name");
        String id = columns.text(row, buyerId);
        OrgNumber org = id == null ? null : OrgNumber.parseOrNull(id);
        String orgnr = org != null ? org.digits() : null;
        if (orgnr == null && municipalityByName != null) {
            OrgNumber m = OrgNumber.parseOrNull(municipalityByName.apply(name));
            orgnr = m == null ? null : m.digits();
        }
        if (orgnr == null && SupplierIdParser.looksPersonal(name))
            throw new RowRejected(columns.cell(buyerName), "the buyer has no valid organisation number and its name looks like personal data");
        return new Party(orgnr, name, asPublished(row, buyerName, name), false, columns.text(row, buyerSector),
                columns.text(row, buyerSubsector), columns.text(row, buyerLegalForm), null,
                columns.codes(row, Columns.SNI, "an SNI code", buyerIndustry));
    }

    /** A supplier by name, or withheld: no name, a "personal data removed" marker, a redactIf rule, a personnummer. */
    private Party supplier(RawRow row) {
        String name = columns.text(row, supplierName);
        boolean withheld = name == null || redactedNames.contains(name.toLowerCase(Locale.ROOT))
                || SupplierIdParser.looksPersonal(name) || redactIf.stream().anyMatch(r -> r.matches(row));
        if (withheld) return Party.redactedSupplier();
        return new Party(null, name, asPublished(row, supplierName, name), false, columns.text(row, supplierSector),
                null, columns.text(row, supplierLegalForm), columns.text(row, supplierSize),
                columns.codes(row, Columns.SNI, "an SNI code", supplierSniSection, supplierSniDivision,
                        supplierSniGroup, supplierSniClass, supplierSniSubclass));
    }

    private String asPublished(RawRow row, ProcurementField f, String cleaned) {
        String raw = columns.cell(f).raw(row);
        return raw != null && !raw.equals(cleaned) ? raw : null;
    }

    private Tender tender(RawRow row, String id, String title) {
        LocalDate published = null;
        String date = columns.text(row, publicationDate);
        if (date != null) {
            try {
                published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                throw new RowRejected(columns.cell(publicationDate), "'" + date + "' is not a date (yyyy-MM-dd)");
            }
        }
        String category = columns.text(row, mainCategory);
        String categoryCode = category == null ? null : Codelists.category(category);
        if (category != null && categoryCode == null)
            throw new RowRejected(columns.cell(mainCategory), "'" + category + "' is not a procurement category (Varor, Tjänster, Byggentreprenader)");
        String agreement = columns.text(row, agreementType);
        Boolean framework = agreement == null ? null : Codelists.framework(agreement);
        if (agreement != null && framework == null)
            throw new RowRejected(columns.cell(agreementType), "'" + agreement + "' is neither Ramavtal nor Kontrakt");
        String procedureText = columns.text(row, procedure);
        Map<ProcurementField, Boolean> flags = new EnumMap<>(ProcurementField.class);
        for (ProcurementField f : FLAGS) {
            if (!columns.has(f)) continue;
            try {
                Boolean b = Booleans.parse(columns.cell(f).value(row));
                if (b != null) flags.put(f, b);
            } catch (Booleans.BooleanException e) {
                throw new RowRejected(columns.cell(f), e.reason());
            }
        }
        return new Tender(id, title, published, categoryCode, Codelists.method(procedureText), procedureText, framework,
                columns.codes(row, Columns.CPV, "a CPV code", cpvDivision, cpvGroup, cpvClass, cpvCategory,
                        cpvSubcategory, mainCpv),
                columns.text(row, legalBasis), columns.text(row, noticeDatabase), flags);
    }

    private record Rule(Cell cell, Pattern pattern, String field) {
        boolean matches(RawRow row) {
            String v = cell.raw(row);
            return v != null && pattern.matcher(v.strip()).find();
        }
    }
}
