package se.openup.loader.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Sparql;
import se.openup.loader.TestData;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.normalise.SupplierIdParser;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/**
 * OCDS releases from real data validate against the official release schema: 1 203 real Örebro payments (one
 * supplier) and every contracting process of one buyer from the procurement statistics. The whole of both is in
 * {@link OcdsFullExportTest} (heavy).
 */
class OcdsExportTest {
    static final String EON = "5560145889", OREBRO = "2120001967";

    static OcdsOptions options() {
        return new OcdsOptions("ocds-test", "Open Up Graph tests", "https://example.org/ocds/package.json",
                Instant.parse("2026-11-22T10:00:00Z"), Iris.defaults());
    }

    static byte[] export(DatasetGraph dsg, OcdsOptions.Filter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OcdsWriter.write(dsg, filter, options(), out);
        return out.toByteArray();
    }

    @Test
    void oneSuppliersRealPaymentsAreValidTransactions() throws IOException {
        DatasetGraph dsg = ExportStores.orebroAndValues().dataset();
        byte[] json = export(dsg, new OcdsOptions.Filter(null, EON, null, null));
        List<JsonNode> releases = new ArrayList<>();
        OcdsSchema.Checked c = OcdsSchema.validatePackage(new ByteArrayInputStream(json), releases::add);

        QuerySolution expected = Sparql.one(dsg, """
                SELECT (COUNT(?p) AS ?n) (SUM(?a) AS ?sum) WHERE {
                  ?p payment:payee <https://w3id.org/openup/id/org/5560145889> ; payment:netAmount ?a }""");
        assertEquals(1_203, expected.getLiteral("n").getLong(), "the real file's payments to E.ON");
        assertEquals(1_203, c.transactions());
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> ids = new HashSet<>();
        assertEquals(1, releases.size(), "one buyer–supplier pair, and no procurement names E.ON as a supplier");
        JsonNode ledger = releases.get(0);
        assertEquals("ocds-test-ledger-SE-ON-2120001967-SE-ON-5560145889", ledger.path("ocid").asText());
        for (JsonNode contract : ledger.path("contracts")) {
            assertTrue(contract.path("inferred").asBoolean(), "Örebro names no contracts: all inferred");
            for (JsonNode t : contract.path("implementation").path("transactions")) {
                sum = sum.add(t.path("value").path("amount").decimalValue());
                assertEquals("SEK", t.path("value").path("currency").asText());
                assertEquals("SE-ON-2120001967", t.path("payer").path("id").asText());
                assertEquals("SE-ON-5560145889", t.path("payee").path("id").asText());
                assertEquals("2016-03-01T00:00:00Z", t.path("date").asText());
                assertEquals("month", t.path("datePrecision").asText(), "Örebro gives the month only");
                assertTrue(t.path("account").path("id").asText().matches("[0-9]{5}"), t.toString());
                assertTrue(ids.add(t.path("id").asText()), "transaction ids are unique");
            }
        }
        assertEquals(0, sum.compareTo(new BigDecimal(expected.getLiteral("sum").getLexicalForm())));
        JsonNode supplier = ledger.path("parties").get(1);
        assertEquals("SE-ON", supplier.path("identifier").path("scheme").asText());
        assertEquals("[\"supplier\",\"payee\"]", supplier.path("roles").toString());
    }

    @Test
    void oneBuyersRealProcurementsAreValidReleases() throws IOException {
        DatasetGraph dsg = ExportStores.orebroAndValues().dataset();
        // from 2021: the statistics' year, so Örebro's 2016 payments are left out
        byte[] json = export(dsg, new OcdsOptions.Filter(OREBRO, null, LocalDate.parse("2021-01-01"), null));
        List<JsonNode> releases = new ArrayList<>();
        OcdsSchema.Checked c = OcdsSchema.validatePackage(new ByteArrayInputStream(json), releases::add);
        long processes = Sparql.one(dsg, """
                SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
                  ?p a <http://data.tbfy.eu/ontology/ocds#ContractingProcess> ;
                     <http://data.tbfy.eu/ontology/ocds#hasBuyer> <https://w3id.org/openup/id/org/2120001967> }""")
                .getLiteral("n").getLong();
        assertTrue(processes > 20, "Örebro kommun has procurements in the statistics: " + processes);
        assertEquals(processes, c.releases());
        assertEquals(0, c.transactions());
        for (JsonNode r : releases) {
            assertEquals("tender", r.path("initiationType").asText());
            assertEquals("SE-ON-2120001967", r.path("buyer").path("id").asText());
            assertTrue(r.path("ocid").asText().startsWith("ocds-test-2120001967-"), r.path("ocid").asText());
            assertFalse(r.path("tender").path("id").asText().isEmpty());
            assertEquals("SEK", r.path("tender").path("contractedValue").path("currency").asText());
        }
        assertTrue(releases.stream().anyMatch(r -> r.path("tender").path("items").path(0).path("classification")
                .path("scheme").asText().equals("CPV")));
        assertNoPersonnummer(json);
    }

    @Test
    void aRedactedPayeeStaysRedacted(@TempDir Path tmp) throws IOException {
        // the Göteborg fixture (invented rows) has sole traders: withheld by the loader, and so in OCDS
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            store.load(TestData.resource("fixtures/goteborg-csv/leverantorsfakturor-201903.csv"),
                    MappingProfiles.builtIn("goteborg-csv"));
            byte[] json = export(store.dataset(), OcdsOptions.Filter.ALL);
            List<JsonNode> redacted = new ArrayList<>();
            OcdsSchema.validatePackage(new ByteArrayInputStream(json), r -> {
                for (JsonNode p : r.path("parties")) if (p.path("id").asText().startsWith("redacted-")) redacted.add(p);
            });
            assertFalse(redacted.isEmpty(), "the fixture has withheld payees");
            for (JsonNode p : redacted) {
                assertEquals(Parties.REDACTED_NAME, p.path("name").asText());
                assertTrue(p.path("identifier").isMissingNode(), "no identifier for a withheld payee");
            }
            assertNoPersonnummer(json);
        }
    }

    /** No string in the package is shaped like a personnummer. */
    static void assertNoPersonnummer(byte[] json) throws IOException {
        for (String line : new String(json, java.nio.charset.StandardCharsets.UTF_8).split("[\",]"))
            assertFalse(SupplierIdParser.looksPersonal(line), () -> "personnummer-shaped: " + line);
    }
}
