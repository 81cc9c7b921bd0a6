package se.openup.loader.mapping;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import se.openup.loader.normalise.AmountException;
import se.openup.loader.normalise.Amounts;
import se.openup.loader.normalise.DateException;
import se.openup.loader.normalise.LedgerDate;
import se.openup.loader.normalise.LedgerDates;
import se.openup.loader.normalise.Names;
import se.openup.loader.normalise.SupplierId;
import se.openup.loader.normalise.SupplierIdParser;
import se.openup.loader.source.RawRow;
import se.openup.loader.source.RowHandler;
import se.openup.loader.source.SourceException;

/**
 * Applies a {@link MappingProfile} to the rows of one file: each {@link RawRow} becomes a {@link LedgerRow}, a
 * {@link Rejection} (with line, column and reason) or a skip. Column positions are resolved once, at the header.
 */
public final class RowMapper implements RowHandler {
    private final MappingProfile profile;
    private final FilePeriod period;
    private final LedgerHandler out;
    private final Path file;
    private final Map<Field, Cell> cells = new EnumMap<>(Field.class);
    private final Set<String> redacted;
    private final Pattern redactedPattern;
    private final List<SkipCheck> skips = new ArrayList<>();
    private final AmountFormat amountFormat;
    private final List<String> datePatterns;
    private final String buyerOrgnr;
    private final boolean orgnrFromKommunkod;
    private final UnaryOperator<String> kommunkodToOrgnr;
    /** XLSX numeric cells arrive as plain decimals with a '.', whatever the mapping says of text cells. */
    private final boolean numericCells;

    /**
     * @param kommunkodToOrgnr resolves a municipality's orgnr from its kommunkod (for mappings that say
     *                         {@code buyer.orgnrFromKommunkod}); may return null
     */
    public RowMapper(MappingProfile profile, Path file, UnaryOperator<String> kommunkodToOrgnr, LedgerHandler out) {
        this.profile = profile;
        this.file = file;
        this.out = out;
        this.period = FilePeriod.of(profile, file);
        this.redacted = profile.redacted() == null ? Set.of() : Set.copyOf(profile.redacted());
        this.redactedPattern = profile.redactedPattern() == null ? null : Pattern.compile(profile.redactedPattern());
        ColumnSpec amount = profile.columns().get("amount");
        this.amountFormat = AmountFormat.of(amount.format());
        ColumnSpec date = profile.columns().get("date");
        this.datePatterns = DateFormats.of(date.format());
        if ((date.fromPeriod() || date.fallsBackToPeriod()) && (period == null || period.month() == null))
            throw new SourceException("the file name '" + file.getFileName() + "' does not give the period the"
                    + " mapping needs (source.fileName: " + (profile.source() == null ? null : profile.source().fileName()) + ")");
        this.orgnrFromKommunkod = profile.buyer() != null && Boolean.TRUE.equals(profile.buyer().orgnrFromKommunkod());
        this.kommunkodToOrgnr = kommunkodToOrgnr;
        this.buyerOrgnr = orgnrFromKommunkod ? null : constantBuyerOrgnr(profile);
        this.numericCells = "xlsx".equals(profile.format());
    }

    private static boolean plainNumber(String s) {
        int i = s.startsWith("-") ? 1 : 0, dots = 0, digits = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') dots++;
            else if (c >= '0' && c <= '9') digits++;
            else return false;
        }
        return digits > 0 && dots <= 1;
    }

    private static String constantBuyerOrgnr(MappingProfile p) {
        String orgnr = p.buyer() == null ? null : p.buyer().orgnr();
        if (orgnr == null) return null;
        SupplierId id = SupplierIdParser.classify(orgnr);
        if (id.kind() != SupplierId.Kind.ORGNR)
            throw new MappingException(p.id() + ": buyer.orgnr '" + orgnr + "' is not a valid organisation number");
        return id.id();
    }

    @Override
    public void header(List<String> titles) {
        List<String> keys = titles.stream().map(RowMapper::titleKey).toList();
        for (var e : profile.columns().entrySet()) {
            Field field = Field.of(e.getKey());
            ColumnSpec spec = e.getValue();
            cells.put(field, Cell.resolve(field, spec, keys, titles, profile.nullValuesOrDefault()));
        }
        if (profile.skip() != null)
            for (MappingProfile.SkipRule rule : profile.skip()) {
                Cell c = cells.get(Field.of(rule.field()));
                if (c == null) throw new MappingException(profile.id() + ": skip rule names field '" + rule.field()
                        + "' which has no column");
                skips.add(new SkipCheck(c, Pattern.compile(rule.pattern()), rule.field()));
            }
    }

    static String titleKey(String title) {
        if (title == null) return "";
        String t = title.startsWith("\uFEFF") ? title.substring(1) : title;
        return Names.clean(t) == null ? "" : Names.clean(t).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void row(RawRow row) {
        for (SkipCheck s : skips) {
            String v = s.cell.raw(row);
            if (v != null && s.pattern.matcher(v).find()) {
                out.skipped(row.line(), "matches the mapping's skip rule on " + s.field + " (" + s.pattern + ")");
                return;
            }
        }
        BigDecimal amount;
        Cell amountCell = cells.get(Field.amount);
        String rawAmount = amountCell.value(row);
        if (rawAmount == null) {
            reject(row, amountCell, "no amount", null);
            return;
        }
        try {
            amount = numericCells && plainNumber(rawAmount)
                    ? Amounts.parse(rawAmount, '.', "")
                    : Amounts.parse(rawAmount, amountFormat.decimalFor(rawAmount), amountFormat.groupChars());
        } catch (AmountException e) {
            reject(row, amountCell, e.getMessage(), null);
            return;
        }
        LedgerDate date = date(row, amount);
        if (date == null) return;
        String buyer = buyerOrgnr;
        String kommunkod = orConstant(text(row, Field.kommunkod), profile.buyer() == null ? null : profile.buyer().kommunkod());
        if (kommunkod != null && kommunkod.length() < 4 && kommunkod.chars().allMatch(Character::isDigit))
            kommunkod = "0".repeat(4 - kommunkod.length()) + kommunkod; // spreadsheets drop the leading zero
        if (orgnrFromKommunkod) {
            String orgnr = kommunkodToOrgnr.apply(kommunkod);
            SupplierId id = orgnr == null ? null : SupplierIdParser.classify(orgnr);
            if (id == null || id.kind() != SupplierId.Kind.ORGNR) {
                reject(row, cells.get(Field.kommunkod), "unknown kommunkod '" + kommunkod + "' (not one of the 290 municipalities)", amount);
                return;
            }
            buyer = id.id();
        }
        Cell buyerCell = cells.get(Field.buyerId);
        if (buyerCell != null && buyerCell.value(row) != null) {
            SupplierId id = SupplierIdParser.classify(buyerCell.value(row));
            if (id.kind() != SupplierId.Kind.ORGNR) {
                reject(row, buyerCell, "the buyer's organisation number is not valid", amount);
                return;
            }
            buyer = id.id();
        }
        if (buyer == null) {
            reject(row, buyerCell, "no buyer organisation number", amount);
            return;
        }
        String currency = text(row, Field.currency);
        if (currency == null) currency = "SEK";
        else if (!currency.matches("[A-Z]{3}")) {
            reject(row, cells.get(Field.currency), "'" + currency + "' is not an ISO 4217 currency code", amount);
            return;
        }
        String accountCode = text(row, Field.accountCode);
        String accountText = text(row, Field.accountText);
        String composite = text(row, Field.account);
        if (composite != null) {
            int i = 0;
            while (i < composite.length() && Character.isDigit(composite.charAt(i))) i++;
            if (accountCode == null && i > 0) accountCode = composite.substring(0, i);
            String rest = Names.clean(composite.substring(i).replaceFirst("^[\\s:.-]+", ""));
            if (accountText == null) accountText = rest;
        }
        out.payment(new LedgerRow(row.line(), buyer, orConstant(text(row, Field.buyerName), profileBuyerName()),
                kommunkod,
                payee(row), amount, currency, date.date(), date.precision() == LedgerDate.Precision.MONTH,
                accountCode, accountText, text(row, Field.unit), text(row, Field.voucherNumber),
                text(row, Field.invoiceNumber), text(row, Field.basis), text(row, Field.contract)));
    }

    @Override
    public void end() { out.end(); }

    private LedgerDate date(RawRow row, BigDecimal amount) {
        Cell c = cells.get(Field.date);
        ColumnSpec spec = profile.columns().get("date");
        if (spec.fromPeriod()) return LedgerDates.ofPeriod(period.year(), period.month());
        String raw = c.value(row);
        if (raw == null) {
            if (spec.fallsBackToPeriod()) return LedgerDates.ofPeriod(period.year(), period.month());
            reject(row, c, "no date", amount);
            return null;
        }
        try {
            return LedgerDates.parse(raw, datePatterns);
        } catch (DateException e) {
            reject(row, c, e.getMessage(), amount);
            return null;
        }
    }

    private Payee payee(RawRow row) {
        Cell idCell = cells.get(Field.supplierId);
        String rawId = idCell == null ? null : idCell.value(row);
        Cell nameCell = cells.get(Field.supplierName);
        String name = nameCell == null ? null : Names.clean(nameCell.value(row));
        String rawName = name == null ? null : nameCell.raw(row); // as published, padding and all
        if (rawId != null && (redacted.contains(rawId) || (redactedPattern != null && redactedPattern.matcher(rawId).find())))
            return Payee.redacted(EnumSet.noneOf(SupplierId.Issue.class));
        SupplierId id = rawId == null ? SupplierIdParser.classify("") : SupplierIdParser.classify(rawId);
        // a personnummer anywhere (id or name) makes the payee a sole trader: publish neither
        if (id.kind() == SupplierId.Kind.PERSONAL || (name != null && SupplierIdParser.looksPersonal(name))
                || (name != null && redacted.contains(name)))
            return Payee.redacted(id.issues());
        EnumSet<SupplierId.Issue> issues = id.issues().isEmpty()
                ? EnumSet.noneOf(SupplierId.Issue.class) : EnumSet.copyOf(id.issues());
        if (id.kind() == SupplierId.Kind.NONE && name == null) {
            issues.add(SupplierId.Issue.MISSING_ID);
            return Payee.redacted(issues); // neither name nor number: the publisher withheld the payee
        }
        String asPublished = rawName != null && !rawName.equals(name) ? rawName : null;
        return switch (id.kind()) {
            case ORGNR -> new Payee(Payee.Kind.ORGNR, id.id(), name, asPublished, null, id.otherIds(), issues);
            case FOREIGN_VAT -> new Payee(Payee.Kind.FOREIGN_VAT, id.id(), name, asPublished, null, id.otherIds(), issues);
            default -> new Payee(Payee.Kind.NAME_ONLY, null, name, asPublished,
                    id.kind() == SupplierId.Kind.INTERNAL ? id.id() : null, id.otherIds(), issues);
        };
    }

    private String profileBuyerName() { return profile.buyer() == null ? null : profile.buyer().name(); }

    private static String orConstant(String v, String constant) { return v != null ? v : constant; }

    private String text(RawRow row, Field f) {
        Cell c = cells.get(f);
        return c == null ? null : Names.clean(c.value(row));
    }

    private void reject(RawRow row, Cell cell, String reason, BigDecimal amount) {
        // reasons quote the offending cell; never let a personal identity number through that way
        if (SupplierIdParser.looksPersonal(reason))
            reason = reason.replaceAll("'[^']*'", "(value withheld: it looks like a personal identity number)");
        out.rejected(new Rejection(row.line(), cell == null ? null : cell.title(), reason, amount));
    }

    private record SkipCheck(Cell cell, Pattern pattern, String field) {}
}
