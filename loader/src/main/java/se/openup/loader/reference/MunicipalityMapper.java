package se.openup.loader.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import se.openup.loader.mapping.MappingException;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.Rejection;
import se.openup.loader.normalise.OrgNumber;
import se.openup.loader.source.RawRow;
import se.openup.loader.source.RowHandler;
import se.openup.loader.store.LoadReport;

/**
 * Rows of the municipality reference file ({@code kind: municipalities}) → checked {@link MunicipalityRow}s. Each
 * field {@code population.YYYY-MM-DD} is one population column counted on that day. The load report sums the
 * population of the latest such day, so a load can be reconciled with the national total.
 */
public final class MunicipalityMapper implements RowHandler {
    static final String POPULATION = "population.";
    private static final Set<String> REQUIRED = Set.of("kommunkod", "name", "countyCode", "orgnr",
            "publisherOrgnr", "publisherName", "year", "populationSource");
    private static final Set<String> OPTIONAL = Set.of("countyName");

    private final MappingProfile profile;
    private final ReferenceTriples out;
    private final LoadReport report;
    private final Map<String, LocalDate> populationDates = new TreeMap<>();
    private ReferenceColumns columns;
    private Publisher publisher;

    public MunicipalityMapper(MappingProfile profile, ReferenceTriples out, LoadReport report) {
        ReferenceColumns.checkFields(profile, REQUIRED, OPTIONAL, POPULATION);
        this.profile = profile;
        this.out = out;
        this.report = report;
        report.amountOf("inhabitants on the latest reference date (not SEK)");
        for (String f : profile.columns().keySet()) {
            if (!f.startsWith(POPULATION)) continue;
            try {
                populationDates.put(f, LocalDate.parse(f.substring(POPULATION.length())));
            } catch (DateTimeParseException e) {
                throw new MappingException(profile.id() + ": field '" + f + "' must be population.YYYY-MM-DD (the day counted)");
            }
        }
        if (populationDates.values().stream().map(LocalDate::getYear).distinct().count() < populationDates.size())
            throw new MappingException(profile.id() + ": two population fields in one year (observations are per year)");
        if (populationDates.isEmpty())
            throw new MappingException(profile.id() + ": at least one population.YYYY-MM-DD field is required");
    }

    @Override
    public void header(List<String> titles) {
        columns = ReferenceColumns.bind(profile, titles);
        publisher = Publisher.of(columns, profile.id());
        report.dataset(publisher.orgnr().digits(), publisher.year(), publisher.datasetTitle());
        out.publisher(publisher);
        out.populationDataSet(columns.constant("populationSource"));
    }

    @Override
    public void row(RawRow row) {
        String kommunkod = padded(columns.value(row, "kommunkod"), 4);
        if (kommunkod == null) {
            reject(row, "kommunkod", "kommunkod is not a four-digit SCB code", null);
            return;
        }
        String name = columns.value(row, "name");
        if (name == null) {
            reject(row, "name", "no municipality name", null);
            return;
        }
        String county = padded(columns.value(row, "countyCode"), 2);
        if (county == null || !kommunkod.startsWith(county)) {
            // SCB's kommunkod begins with the county code: a mismatch means a shifted or mistyped row
            reject(row, "countyCode", "county code is not the first two digits of kommunkod " + kommunkod, null);
            return;
        }
        SortedMap<LocalDate, Long> population = new TreeMap<>();
        for (Map.Entry<String, LocalDate> e : populationDates.entrySet()) {
            String v = columns.value(row, e.getKey());
            String digits = v == null ? null : v.replace(" ", "").replace("\u00a0", "");
            if (digits == null || !digits.matches("[0-9]{1,9}")) {
                reject(row, e.getKey(), "population is not a whole number", null);
                return;
            }
            population.put(e.getValue(), Long.parseLong(digits));
        }
        BigDecimal latest = BigDecimal.valueOf(population.get(population.lastKey()));
        OrgNumber orgnr = OrgNumber.parseOrNull(columns.value(row, "orgnr"));
        if (orgnr == null) {
            reject(row, "orgnr", "not a valid organisation number (NNNNNN-NNNN)", latest);
            return;
        }
        out.municipality(new MunicipalityRow(row.line(), kommunkod, name, county, columns.value(row, "countyName"),
                orgnr, population));
        report.loaded(latest, false);
    }

    /** Digits only, left-padded with zeros: spreadsheets drop the leading zero of "0114". Null if not a code. */
    static String padded(String v, int width) {
        if (v == null || !v.matches("[0-9]{1," + width + "}")) return null;
        return "0".repeat(width - v.length()) + v;
    }

    private void reject(RawRow row, String field, String reason, BigDecimal amount) {
        report.rejected(new Rejection(row.line(), columns.title(field), reason, amount));
    }
}
