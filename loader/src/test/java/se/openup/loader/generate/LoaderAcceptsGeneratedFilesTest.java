package se.openup.loader.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.generate.GeneratedFiles.Row;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.LoadReport;

/** The generated files load with the real loader and the shipped spec-v1.1 mapping, every row and öre accounted for. */
class LoaderAcceptsGeneratedFilesTest {
    @Test
    void everyFileLoadsWithoutRejectionsAndTheSoleTradersAreRedacted(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("synthetic");
        LedgerGenerator.Result result = GeneratedFiles.generate(out, 5, 2_000, 42);
        MappingProfile spec = MappingProfiles.builtIn("spec-v1.1");
        long rows = 0, redacted = 0, credits = 0;
        BigDecimal amount = BigDecimal.ZERO;
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            for (Path file : GeneratedFiles.csvFiles(out)) {
                List<Row> written = GeneratedFiles.rows(file);
                long personal = written.stream().filter(r -> GeneratedFiles.isPersonnummer(r.supplierId())).count();
                BigDecimal sum = written.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

                LoadReport report = store.load(file, spec, GraphStore.Options.defaults());
                assertEquals(0, report.getRowsRejected(), () -> file + ": " + report.getRejected());
                assertEquals(written.size(), report.rowsRead(), file.toString());
                assertEquals(personal, report.getRowsRedacted(), file + ": sole traders redacted");
                assertEquals(0, sum.compareTo(report.getAmountRead()), file + ": " + sum + " vs " + report.getAmountRead());
                assertEquals(0, report.getRowsSkipped(), file.toString());
                rows += report.rowsRead();
                redacted += report.getRowsRedacted();
                credits += report.getCreditRows();
                amount = amount.add(report.getAmountRead());
            }
        }
        assertEquals(2_000, rows);
        assertEquals(result.soleTraderRows(), redacted);
        assertTrue(redacted > 0, "the set must exercise redaction");
        assertEquals(result.creditRows(), credits);
        assertEquals(0, result.amount().compareTo(amount));
    }
}
