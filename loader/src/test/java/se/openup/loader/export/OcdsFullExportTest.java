package se.openup.loader.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Sparql;

/**
 * Every release of the real data validates: all 68 021 Örebro payments and every contracting process of both
 * procurement workbooks, with counts and the payment total checked against the store. Heavy (loads ~2 M triples).
 */
@Tag("heavy")
class OcdsFullExportTest {
    @Test
    void everyRealReleaseValidates(@TempDir Path tmp) throws IOException {
        DatasetGraph dsg = ExportStores.everything().dataset();
        Path file = tmp.resolve("all.json");
        long start = System.nanoTime();
        OcdsWriter.Counts counts;
        try (OutputStream out = Files.newOutputStream(file)) {
            counts = OcdsWriter.write(dsg, OcdsOptions.Filter.ALL, OcdsExportTest.options(), out);
        }
        long exported = System.nanoTime();
        long processes = Sparql.one(dsg, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <http://data.tbfy.eu/ontology/ocds#ContractingProcess> }")
                .getLiteral("n").getLong();
        long pairs = Sparql.one(dsg, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?b ?s WHERE { ?p payment:payer ?b ; payment:payee ?s } }")
                .getLiteral("n").getLong();
        long awardsInStore = Sparql.one(dsg, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <http://data.tbfy.eu/ontology/ocds#Award> }")
                .getLiteral("n").getLong();
        assertEquals(10_190, processes, "docs/procurement.md: 10 190 processes in the union of the workbooks");
        AtomicLong awards = new AtomicLong();
        AtomicReference<BigDecimal> paid = new AtomicReference<>(BigDecimal.ZERO);
        OcdsSchema.Checked c;
        try (InputStream in = Files.newInputStream(file)) {
            c = OcdsSchema.validatePackage(in, r -> {
                if (!r.path("ocid").asText().contains("-ledger-")) awards.addAndGet(r.path("awards").size());
                for (JsonNode k : r.path("contracts"))
                    for (JsonNode t : k.path("implementation").path("transactions"))
                        paid.set(paid.get().add(t.path("value").path("amount").decimalValue()));
            });
        }
        System.out.printf("OCDS full export: %,d releases, %,d transactions, %,d bytes; export %.1f s, validation %.1f s%n",
                c.releases(), c.transactions(), Files.size(file), (exported - start) / 1e9, (System.nanoTime() - exported) / 1e9);
        assertEquals(processes + pairs, c.releases());
        assertEquals(processes, counts.processReleases());
        assertEquals(68_021, c.transactions());
        assertEquals(0, new BigDecimal("450187283.39").compareTo(paid.get()), "every öre of the Örebro file");
        assertEquals(awardsInStore, awards.get());
        assertTrue(awardsInStore > 23_000);
        OcdsExportTest.assertNoPersonnummer(Files.readAllBytes(file));
    }
}
