package se.openup.loader.mapping;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period a file covers, read from its name with the mapping's {@code source.fileName} pattern. */
public record FilePeriod(int year, Integer month) {

    public static FilePeriod of(MappingProfile profile, Path file) {
        String rx = profile.source() == null ? null : profile.source().fileName();
        if (rx == null) return null;
        String name = file.getFileName().toString();
        Matcher m = Pattern.compile(rx).matcher(name);
        if (!m.find()) return null;
        Integer month = group(m, "month");
        Integer year = group(m, "year");
        return year == null ? null : new FilePeriod(year, month);
    }

    private static Integer group(Matcher m, String name) {
        try {
            String v = m.group(name);
            return v == null ? null : Integer.valueOf(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LocalDate firstDay() { return LocalDate.of(year, month == null ? 1 : month, 1); }

    /** xsd:gYearMonth or xsd:gYear lexical form. */
    public String lexical() { return month == null ? Integer.toString(year) : String.format("%04d-%02d", year, month); }
}
