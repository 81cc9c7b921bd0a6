package se.openup.loader.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Sparql;
import se.openup.loader.TestData;
import se.openup.loader.cli.OpenUp;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.LoadException;
import se.openup.loader.store.LoadReport;
import se.openup.loader.store.Validation;

/** The real reference files through the shipped reference mappings: every municipality, county and inhabitant. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceLoadTest {
    static final String PREFIXES = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            PREFIX rov: <http://www.w3.org/ns/regorg#>
            PREFIX adms: <http://www.w3.org/ns/adms#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    GraphStore store;
    LoadReport municipalities;
    LoadReport counties;

    @BeforeAll
    void load(@TempDir Path dir) {
        store = GraphStore.open(dir.resolve("store"));
        municipalities = store.load(TestData.shared("reference/municipalities.csv"), MappingProfiles.builtIn("reference-municipalities"));
        counties = store.load(TestData.shared("reference/counties.csv"), MappingProfiles.builtIn("reference-counties"));
    }

    @AfterAll
    void close() { store.close(); }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** Σ of one population column, read straight from the file (not through the loader). */
    static long populationSum(String column) throws IOException {
        return csv(TestData.shared("reference/municipalities.csv")).stream().mapToLong(r -> Long.parseLong(r.get(column))).sum();
    }

    @Test
    void reportSumsSwedensPopulationOn2021_12_31() throws IOException {
        assertEquals(290, municipalities.getRowsLoaded());
        assertEquals(0, municipalities.getRowsRejected(), () -> "rejected: " + municipalities.getRejected());
        assertEquals(0, new BigDecimal("10452326").compareTo(municipalities.getAmountLoaded()), "PROVENANCE.md's check figure");
        assertEquals(populationSum("folkmangd_2021_12_31"), municipalities.getAmountLoaded().longValueExact());
        assertTrue(municipalities.getAmountOf().startsWith("inhabitants"), municipalities.getAmountOf());
        assertEquals(21, counties.getRowsLoaded());
        assertEquals(0, counties.getRowsRejected());
    }

    @Test
    void orebroIsTheOrganisationLedgersPay() {
        QuerySolution s = Sparql.one(store.dataset(), PREFIXES + """
                SELECT ?code ?orgnr ?label ?notation ?county ?countyCode WHERE {
                  <https://w3id.org/openup/id/org/2120001967> a openup:Municipality, rov:RegisteredOrganization ;
                     openup:kommunkod ?code ; openup:organisationsnummer ?orgnr ; skos:prefLabel ?label ;
                     adms:identifier [ skos:notation ?notation ; dcterms:conformsTo <https://org-id.guide/list/SE-ON> ] ;
                     openup:county [ skos:prefLabel ?county ; openup:lanskod ?countyCode ] }""");
        assertEquals("1880", s.getLiteral("code").getLexicalForm());
        assertEquals("212000-1967", s.getLiteral("orgnr").getLexicalForm());
        assertEquals("2120001967", s.getLiteral("notation").getLexicalForm());
        assertEquals("Örebro", s.getLiteral("label").getLexicalForm(), "the `kommun` column, not kommun_namn_sjbrg");
        assertEquals("sv", s.getLiteral("label").getLanguage());
        assertEquals("Örebro län", s.getLiteral("county").getLexicalForm());
        assertEquals("18", s.getLiteral("countyCode").getLexicalForm());
    }

    @Test
    void kommunkodKeepsItsLeadingZeroAsWikidataP525Does() {
        QuerySolution s = Sparql.one(store.dataset(), PREFIXES + """
                SELECT ?label ?pop WHERE {
                  ?m openup:kommunkod "0114" ; skos:prefLabel ?label .
                  <https://w3id.org/openup/id/population/0114/2021> sdmx-dimension:refArea ?m ;
                     openup:refDate "2021-12-31"^^xsd:date ; openup:population ?pop }""");
        assertEquals("Upplands Väsby", s.getLiteral("label").getLexicalForm());
        assertEquals(47_820, s.getLiteral("pop").getLong());
    }

    @Test
    void oneObservationPerMunicipalityAndYearSummingToTheFile() throws IOException {
        List<QuerySolution> rows = Sparql.select(store.dataset(), PREFIXES + """
                SELECT ?year (COUNT(?o) AS ?n) (SUM(?pop) AS ?total) WHERE {
                  ?o a qb:Observation ; qb:dataSet <https://w3id.org/openup/id/dataset/population> ; openup:refDate ?day ; openup:population ?pop ;
                     sdmx-dimension:refArea/a openup:Municipality . BIND (YEAR(?day) AS ?year) }
                GROUP BY ?year ORDER BY ?year""");
        assertEquals(3, rows.size());
        for (QuerySolution r : rows) {
            assertEquals(290, r.getLiteral("n").getLong());
            assertEquals(populationSum("folkmangd_" + r.getLiteral("year").getInt() + "_12_31"), r.getLiteral("total").getLong());
        }
        QuerySolution ds = Sparql.one(store.dataset(), PREFIXES + """
                SELECT ?source WHERE { <https://w3id.org/openup/id/dataset/population> a qb:DataSet ; dcterms:source ?source ;
                   qb:structure openup:populationStructure }""");
        assertEquals("https://www.scb.se/be0101", ds.getResource("source").getURI());
    }

    @Test
    void everyMunicipalityLiesInOneOfTheTwentyOneCounties() {
        QuerySolution s = Sparql.one(store.dataset(), PREFIXES + """
                SELECT (COUNT(DISTINCT ?c) AS ?counties) (COUNT(DISTINCT ?m) AS ?municipalities)
                       (SUM(IF(BOUND(?short), 0, 1)) AS ?withoutShortName) WHERE {
                  ?m a openup:Municipality ; openup:county ?c . ?c a openup:County .
                  OPTIONAL { ?c skos:altLabel ?short } }""");
        assertEquals(21, s.getLiteral("counties").getLong());
        assertEquals(290, s.getLiteral("municipalities").getLong());
        assertEquals(0, s.getLiteral("withoutShortName").getLong(), "counties.csv names every county's short name");
    }

    @Test
    void theStoreConformsToTheShapes() {
        se.openup.loader.Shacl.assertConforms(store.dataset());
    }

    @Test
    void reloadingChangesNothing() {
        long before = Sparql.count(store.dataset());
        LoadReport again = store.load(TestData.shared("reference/municipalities.csv"), MappingProfiles.builtIn("reference-municipalities"));
        assertEquals(LoadReport.Status.UNCHANGED, again.getStatus());
        assertEquals(before, Sparql.count(store.dataset()));
    }

    @Test
    void badRowsAreRejectedWithTheirColumnAndTheFigureReconciles(@TempDir Path dir) {
        try (GraphStore s = GraphStore.open(dir)) {
            LoadReport r = s.load(TestData.resource("reference/municipalities-fictional.csv"),
                    MappingProfiles.builtIn("reference-municipalities"));
            assertEquals(1, r.getRowsLoaded());
            List<String> rejected = r.getRejected().stream().map(x -> x.line() + ":" + x.column()).toList();
            assertEquals(List.of("3:kommunkod", "4:lan_kod", "5:orgnr", "6:folkmangd_2021_12_31"), rejected);
            assertEquals(0, new BigDecimal("1200").compareTo(r.getAmountLoaded()));
            assertEquals(0, new BigDecimal("500").compareTo(r.getAmountRejected()), "the bad-orgnr row's population");
            Sparql.one(s.dataset(), "SELECT * WHERE { ?m openup:kommunkod \"0999\" ; openup:county/openup:lanskod \"09\" }");
            Validation.Result v = Validation.run(s.dataset(), null);
            assertTrue(v.conforms(), () -> "SHACL: " + v.violations());
        }
    }

    @Test
    void theShapesCatchABrokenMunicipalityAndObservation(@TempDir Path dir) {
        try (GraphStore s = GraphStore.open(dir)) {
            s.load(TestData.resource("reference/municipalities-fictional.csv"), MappingProfiles.builtIn("reference-municipalities"));
            org.apache.jena.system.Txn.executeWrite(s.dataset(), () -> org.apache.jena.update.UpdateAction.parseExecute(
                    Sparql.PREFIXES + """
                    DELETE { GRAPH ?g { ?m openup:county ?c } } WHERE { GRAPH ?g { ?m openup:county ?c } } ;
                    DELETE { GRAPH ?g { ?o openup:population ?p } } INSERT { GRAPH ?g { ?o openup:population -1 } }
                    WHERE { GRAPH ?g { ?o openup:refDate "2021-12-31"^^xsd:date ; openup:population ?p } }""", s.dataset()));
            List<String> v = Validation.run(s.dataset(), null).violations();
            assertTrue(v.stream().anyMatch(x -> x.contains("lies in exactly one openup:County")), () -> v.toString());
            assertTrue(v.stream().anyMatch(x -> x.contains("xsd:integer >= 0")), () -> v.toString());
        }
    }

    @Test
    void theCommandLineLoadsItByMappingId(@TempDir Path dir) {
        String storeDir = dir.resolve("store").toString();
        int code = OpenUp.commandLine().execute("load", "-m", "reference-municipalities", "--store", storeDir,
                "--data", TestData.sharedDir().toString(), TestData.shared("reference/municipalities.csv").toString());
        assertEquals(0, code);
        try (GraphStore s = GraphStore.open(Path.of(storeDir))) {
            assertEquals(290, Sparql.one(s.dataset(), "SELECT (COUNT(?m) AS ?n) WHERE { ?m a openup:Municipality }")
                    .getLiteral("n").getLong());
        }
    }

    @Test
    void aMappingNamingAnUnknownFieldFailsAndWritesNothing(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("bad.yaml");
        Files.writeString(yaml, Files.readString(Path.of("../mappings/reference-municipalities.yaml"))
                .replace("  countyName:", "  countyNmae:"));
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            LoadException e = assertThrows(LoadException.class,
                    () -> s.load(TestData.shared("reference/municipalities.csv"), MappingProfiles.resolve(yaml.toString())));
            assertTrue(e.getMessage().contains("unknown field 'countyNmae'"), e.getMessage());
            assertEquals(0, Sparql.count(s.dataset()));
        }
    }
}
