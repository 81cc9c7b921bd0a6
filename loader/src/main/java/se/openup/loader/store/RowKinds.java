package se.openup.loader.store;

import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDF;
import se.openup.loader.cube.SpendCube;
import se.openup.loader.mapping.LedgerHandler;
import se.openup.loader.mapping.LedgerRow;
import se.openup.loader.mapping.MappingException;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.Rejection;
import se.openup.loader.mapping.RowMapper;
import se.openup.loader.procurement.ProcurementHandler;
import se.openup.loader.procurement.ProcurementMapper;
import se.openup.loader.procurement.ProcurementRow;
import se.openup.loader.procurement.ProcurementTriples;
import se.openup.loader.rdf.PaymentTriples;
import se.openup.loader.reference.CountyMapper;
import se.openup.loader.reference.MunicipalityMapper;
import se.openup.loader.reference.ReferenceTriples;
import se.openup.loader.source.RowHandler;

/**
 * What a mapping's {@code kind} turns rows into: the one place that wires a kind's mapper to its triples and to
 * the load report. A new kind of source is a new case here plus its mapper and triples.
 */
final class RowKinds {
    private RowKinds() {}

    static RowHandler mapper(MappingProfile profile, Path file, GraphStore.Options options, String sourceKey,
                             StreamRDF out, LoadReport report) {
        String kind = profile.kind() == null ? "ledger" : profile.kind();
        return switch (kind) {
            case "ledger" -> new RowMapper(profile, file, options.kommunkodToOrgnr(),
                    tee(report, new PaymentTriples(options.iris(), sourceKey, out),
                            new SpendCube(options.iris(), sourceKey, out)));
            case "municipalities" -> new MunicipalityMapper(profile, new ReferenceTriples(options.iris(), sourceKey, out), report);
            case "counties" -> new CountyMapper(profile, new ReferenceTriples(options.iris(), sourceKey, out), report);
            case "procurement" -> new ProcurementMapper(profile, options.municipalityByName(), ProcurementHandler.tee(
                    new ProcurementTriples(options.iris(), sourceKey, profile, out), counted(report, profile)));
            default -> throw new MappingException(profile.id() + ": unknown kind '" + kind
                    + "' (known: ledger, procurement, municipalities, counties)");
        };
    }

    /** Says what a kind's amounts add up, before anything is read (an unchanged file is not read at all). */
    static void describe(LoadReport report, MappingProfile profile) {
        if ("procurement".equals(profile.kind())) report.amountOf(ProcurementMapper.figureOf(profile));
    }

    /** The load report of a procurement file: rows and the publisher-year dataset. */
    private static ProcurementHandler counted(LoadReport report, MappingProfile profile) {
        String publisher = se.openup.loader.normalise.OrgNumber.of(profile.publisher().orgnr()).digits();
        return new ProcurementHandler() {
            @Override public void procurement(ProcurementRow r) {
                report.dataset(publisher, r.year(), ProcurementMapper.datasetTitle(profile, r.year()));
                report.loaded(r.figure(), r.supplierRedacted());
            }
            @Override public void rejected(Rejection r) { report.rejected(r); }
            @Override public void skipped(long line, String reason) { report.skipped(line, reason); }
        };
    }

    private static LedgerHandler tee(LedgerHandler... handlers) {
        return new LedgerHandler() {
            @Override public void payment(LedgerRow row) { for (LedgerHandler h : handlers) h.payment(row); }
            @Override public void rejected(Rejection r) { for (LedgerHandler h : handlers) h.rejected(r); }
            @Override public void skipped(long line, String reason) { for (LedgerHandler h : handlers) h.skipped(line, reason); }
            @Override public void end() { for (LedgerHandler h : handlers) h.end(); }
        };
    }
}
