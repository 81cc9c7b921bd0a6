package se.openup.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Sparql;
import se.openup.loader.TestData;
import se.openup.loader.mapping.MappingProfiles;

/** The real Örebro 2016-03 ledger: every row and every öre accounted for, in the report and in the graph. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrebroLoadTest {
    GraphStore store;
    LoadReport report;

    @BeforeAll
    void load(@TempDir Path dir) {
        store = GraphStore.open(dir.resolve("store"));
        report = store.load(TestData.orebro(), MappingProfiles.builtIn("orebro-2016"));
    }

    @AfterAll
    void close() { store.close(); }

    @Test
    void reportReconcilesWithTheFile() {
        assertEquals(68_021, report.rowsRead());
        assertEquals(report.rowsRead(), report.getRowsLoaded() + report.getRowsRejected());
        assertEquals(new BigDecimal("450187283.39"), report.getAmountRead());
        assertEquals(report.getAmountRead(), report.getAmountLoaded().add(report.getAmountRejected()));
        assertEquals(0, report.getRowsRejected(), () -> "unexpected rejections: " + report.getRejected());
        assertEquals(2_696, report.getCreditRows());
        assertEquals(0, report.getRowsSkipped());
    }

    @Test
    void graphAgreesWithTheReport() {
        QuerySolution s = Sparql.one(store.dataset(), """
                SELECT (COUNT(?p) AS ?n) (SUM(?a) AS ?sum) (SUM(IF(?a < 0, 1, 0)) AS ?credits) WHERE {
                  GRAPH <https://w3id.org/openup/id/graph/orebro-2016/orebro-2016-03-xlsx> {
                    ?p a payment:Payment ; payment:netAmount ?a } }""");
        assertEquals(report.getRowsLoaded(), s.getLiteral("n").getLong());
        assertEquals(0, new BigDecimal("450187283.39").compareTo(s.getLiteral("sum").getValue() instanceof BigDecimal b
                ? b : new BigDecimal(s.getLiteral("sum").getLexicalForm())));
        assertEquals(2_696, s.getLiteral("credits").getLong());
        QuerySolution load = Sparql.one(store.dataset(), """
                SELECT ?read ?loaded ?rejected ?amount WHERE {
                  ?load a prov:Activity ; openup:rowsRead ?read ; openup:rowsLoaded ?loaded ;
                        openup:rowsRejected ?rejected ; openup:amountRead ?amount }""");
        assertEquals(68_021, load.getLiteral("read").getLong());
        assertEquals(new BigDecimal("450187283.39"), new BigDecimal(load.getLiteral("amount").getLexicalForm()));
    }

    @Test
    void firstRowIsModelledAsDocumented() {
        QuerySolution s = Sparql.one(store.dataset(), """
                SELECT ?payer ?payee ?date ?amount ?code ?name ?raw ?unit WHERE {
                  <https://w3id.org/openup/id/payment/orebro-2016/orebro-2016-03-xlsx/2> payment:payer ?payer ; payment:payee ?payee ;
                     payment:date ?date ; payment:netAmount ?amount ; payment:expenditureCode ?code ;
                     payment:unit/skos:prefLabel ?unit ; openup:datePrecision openup:MonthPrecision .
                  ?payee schema:name ?name ; openup:nameAsPublished ?raw .
                  FILTER(?name = "REGION ÖREBRO LÄN" && ?raw = "REGION ÖREBRO LÄN ") }""");
        assertEquals("https://w3id.org/openup/id/org/2120001967", s.getResource("payer").getURI());
        assertEquals("https://w3id.org/openup/id/org/2321000164", s.getResource("payee").getURI());
        assertEquals("2016-03-01", s.getLiteral("date").getLexicalForm());
        assertEquals(0, new BigDecimal("9632").compareTo(new BigDecimal(s.getLiteral("amount").getLexicalForm())));
        assertEquals("46362", s.getLiteral("code").getLexicalForm());
        assertEquals("REGION ÖREBRO LÄN", s.getLiteral("name").getLexicalForm());
        assertEquals("REGION ÖREBRO LÄN ", s.getLiteral("raw").getLexicalForm());
        assertEquals("VVV Vård- och omsorgsnämnd väster", s.getLiteral("unit").getLexicalForm());
    }

    @Test
    void accountsHangUnderTheirDigitPrefixes() {
        QuerySolution s = Sparql.one(store.dataset(), """
                SELECT ?label ?twoDigits ?oneDigit WHERE {
                  <https://w3id.org/openup/id/account/2120001967/46362> skos:prefLabel ?label ;
                     skos:broader ?g2 . ?g2 skos:notation ?twoDigits ; skos:broader ?g1 . ?g1 skos:notation ?oneDigit ;
                     skos:broadMatch <https://w3id.org/openup/id/account/kommunbas/4> }""");
        assertTrue(s.contains("label"), () -> "row: " + s);
        assertEquals("Köp medicinskt färdigbeh", s.getLiteral("label").getLexicalForm());
        assertEquals("46", s.getLiteral("twoDigits").getLexicalForm());
        assertEquals("4", s.getLiteral("oneDigit").getLexicalForm());
    }

    @Test
    void reloadingTheSameFileChangesNothing() {
        long before = Sparql.count(store.dataset());
        LoadReport again = store.load(TestData.orebro(), MappingProfiles.builtIn("orebro-2016"));
        assertEquals(LoadReport.Status.UNCHANGED, again.getStatus());
        assertEquals(report.getRowsLoaded(), again.getRowsLoaded());
        assertEquals(before, Sparql.count(store.dataset()));
    }

    @Test
    void theStoreConformsToTheShapes() {
        se.openup.loader.Shacl.assertConforms(store.dataset());
    }

    @Test
    void noPersonalIdentityNumberReachesAnExport() {
        // the real file pays sole traders under their personnummer: 266 payees are redacted, and no line of an
        // export may carry a personnummer- or samordningsnummer-shaped value
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Exporter.export(store.dataset(), "nt", null, out);
        // blank-node labels are random hex written by the exporter, not data: a digit run in one is no personnummer
        List<String> leaks = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .map(line -> line.replaceAll("_:[A-Za-z0-9]+", "_:b"))
                .filter(se.openup.loader.normalise.SupplierIdParser::looksPersonal).limit(5).toList();
        assertTrue(leaks.isEmpty(), () -> "personnummer-shaped values in the export: " + leaks);
        assertEquals(266, report.getRowsRedacted());
    }
}
