package se.openup.loader.mapping;

import java.util.List;

/** The date column's patterns, tried in order (see docs/mappings.md). */
final class DateFormats {
    private DateFormats() {}

    static List<String> of(Object format) {
        if (format == null) return List.of("yyyy-MM-dd");
        if (format instanceof String s) return List.of(s);
        if (format instanceof List<?> l && !l.isEmpty()) return l.stream().map(Object::toString).toList();
        throw new MappingException("columns.date.format must be a pattern or a list of patterns");
    }
}
