package se.openup.loader.reference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.Rejection;
import se.openup.loader.source.RawRow;
import se.openup.loader.source.RowHandler;
import se.openup.loader.store.LoadReport;

/** Rows of the county reference file ({@code kind: counties}) → counties; the report's figure is 0 (nothing to sum). */
public final class CountyMapper implements RowHandler {
    private static final Set<String> REQUIRED = Set.of("code", "name", "publisherOrgnr", "publisherName", "year");
    private static final Set<String> OPTIONAL = Set.of("shortName");

    private final MappingProfile profile;
    private final ReferenceTriples out;
    private final LoadReport report;
    private ReferenceColumns columns;

    public CountyMapper(MappingProfile profile, ReferenceTriples out, LoadReport report) {
        ReferenceColumns.checkFields(profile, REQUIRED, OPTIONAL, null);
        this.profile = profile;
        this.out = out;
        this.report = report;
        report.amountOf("nothing: counties carry no figure");
    }

    @Override
    public void header(List<String> titles) {
        columns = ReferenceColumns.bind(profile, titles);
        Publisher publisher = Publisher.of(columns, profile.id());
        report.dataset(publisher.orgnr().digits(), publisher.year(), publisher.datasetTitle());
        out.publisher(publisher);
    }

    @Override
    public void row(RawRow row) {
        String code = MunicipalityMapper.padded(columns.value(row, "code"), 2);
        String name = columns.value(row, "name");
        if (code == null || name == null) {
            report.rejected(new Rejection(row.line(), columns.title(code == null ? "code" : "name"),
                    code == null ? "county code is not a two-digit SCB code" : "no county name", null));
            return;
        }
        out.county(new CountyRow(row.line(), code, name, columns.value(row, "shortName")));
        report.loaded(BigDecimal.ZERO, false);
    }
}
