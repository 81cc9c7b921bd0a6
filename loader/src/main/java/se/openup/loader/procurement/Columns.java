package se.openup.loader.procurement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.openup.loader.mapping.Cell;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.ProcurementField;
import se.openup.loader.normalise.Names;
import se.openup.loader.procurement.ProcurementRow.Coded;
import se.openup.loader.source.RawRow;

/** The mapping's procurement fields bound to one file's header, read as text, codes or flags. */
final class Columns {
    /** "79624000 Förmedling av vårdpersonal"; a trailing check digit (79624000-4) is dropped. */
    static final Pattern CPV = Pattern.compile("^(\\d{8})(?:-\\d)?(?:\\s+(.*))?$", Pattern.DOTALL);
    /** SNI 2007: a section letter or a 2–5 digit code, then its name. */
    static final Pattern SNI = Pattern.compile("^([A-U]|\\d{2,5})(?:\\s+(.*))?$", Pattern.DOTALL);

    private final Map<ProcurementField, Cell> cells = new EnumMap<>(ProcurementField.class);

    Columns(MappingProfile profile, List<String> titles) {
        for (var e : profile.columns().entrySet()) {
            ProcurementField f = ProcurementField.of(e.getKey());
            cells.put(f, Cell.bind(f.name(), e.getValue(), titles, profile.nullValuesOrDefault()));
        }
    }

    boolean has(ProcurementField f) { return cells.containsKey(f); }

    Cell cell(ProcurementField f) { return cells.get(f); }

    /** The cleaned text (whitespace collapsed), or null. */
    String text(RawRow row, ProcurementField f) {
        Cell c = cells.get(f);
        return c == null ? null : Names.clean(c.value(row));
    }

    /** The non-empty "code label" cells of the given fields, in order, without repeating a code. */
    List<Coded> codes(RawRow row, Pattern pattern, String what, ProcurementField... fields) {
        List<Coded> out = new ArrayList<>();
        for (ProcurementField f : fields) {
            String v = text(row, f);
            if (v == null) continue;
            Matcher m = pattern.matcher(v);
            if (!m.matches()) throw new RowRejected(cells.get(f), "'" + cut(v) + "' is not " + what + " (a code, then its name)");
            String label = m.group(2) == null ? null : Names.clean(m.group(2));
            if (out.isEmpty() || !out.get(out.size() - 1).code().equals(m.group(1))) out.add(new Coded(m.group(1), label));
        }
        return out;
    }

    private static String cut(String v) { return v.length() <= 40 ? v : v.substring(0, 37) + "..."; }

    /** A row that cannot be mapped: the column at fault and why. Stack-less: a bad file can reject every row. */
    static final class RowRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Cell cell;

        RowRejected(Cell cell, String reason) {
            super(reason, null, false, false);
            this.cell = cell;
        }
    }
}
