package se.openup.loader.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.openup.loader.source.RawRow;
import se.openup.loader.source.SourceException;

/**
 * One mapped field bound to this file: a column index (or a constant) and the values that mean "none". Public so
 * that mappers of other row kinds (procurement) bind their own field sets the same way.
 */
public final class Cell {
    private final int index;
    private final String constant;
    private final String title;
    private final Set<String> nullValues;

    private Cell(int index, String constant, String title, Set<String> nullValues) {
        this.index = index;
        this.constant = constant;
        this.title = title;
        this.nullValues = nullValues;
    }

    /** Binds a field of any kind to the file's header (titles as the file has them). */
    public static Cell bind(String field, ColumnSpec spec, List<String> titles, List<String> fileNulls) {
        return resolve(field, spec, titles.stream().map(RowMapper::titleKey).toList(), titles, fileNulls);
    }

    static Cell resolve(Field field, ColumnSpec spec, List<String> keys, List<String> titles, List<String> fileNulls) {
        return resolve(field.name(), spec, keys, titles, fileNulls);
    }

    private static Cell resolve(String field, ColumnSpec spec, List<String> keys, List<String> titles,
                                List<String> fileNulls) {
        Set<String> nulls = Set.copyOf(spec.nullValues() != null ? spec.nullValues() : fileNulls);
        if (spec.isConstant()) return new Cell(-1, spec.fromPeriod() ? null : spec.value(), field, nulls);
        if (spec.column() != null) {
            int i = spec.column() - 1;
            String t = i < titles.size() ? titles.get(i) : "column " + spec.column();
            if (!titles.isEmpty() && i >= titles.size() && !Boolean.FALSE.equals(spec.required()))
                throw new SourceException("missing column " + spec.column() + " (" + field + "): the file has only "
                        + titles.size() + " columns");
            return new Cell(i, null, t, nulls);
        }
        List<Integer> hits = new ArrayList<>();
        for (String wanted : spec.titles()) {
            String key = RowMapper.titleKey(wanted);
            for (int i = 0; i < keys.size(); i++) if (keys.get(i).equals(key) && !hits.contains(i)) hits.add(i);
        }
        if (hits.size() > 1)
            throw new SourceException("duplicate column for " + field + ": titles " + spec.titles()
                    + " match columns " + hits.stream().map(i -> i + 1).toList() + " — ambiguous, fix the file or the mapping");
        if (hits.isEmpty()) {
            if (Boolean.FALSE.equals(spec.required())) return new Cell(-1, null, spec.titles().get(0), nulls);
            String hint = titles.size() <= 1 ? " — only one column found: wrong delimiter?" : "";
            throw new SourceException("missing column for " + field + " (titles tried: " + spec.titles()
                    + "); the header has " + titles + hint);
        }
        return new Cell(hits.get(0), null, titles.get(hits.get(0)), nulls);
    }

    /** The cell's text as the file has it (constants included), or null. */
    public String raw(RawRow row) {
        return index < 0 ? constant : row.cell(index);
    }

    /** The trimmed text, or null when empty or one of the values that mean "none". */
    public String value(RawRow row) {
        String v = raw(row);
        if (v == null) return null;
        v = v.strip();
        return v.isEmpty() || nullValues.contains(v) ? null : v;
    }

    public String title() { return title; }
}
