package se.openup.loader.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Sparql;
import se.openup.loader.TestData;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.LoadReport;

/**
 * A ledger and the reference data in one store: a payment's payer is its municipality, so spend per inhabitant is
 * one query — the question journalists ask first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationJoinTest {
    GraphStore store;
    LoadReport ledger;
    long orebroPopulation2021;

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        store = GraphStore.open(dir.resolve("store"));
        ledger = store.load(TestData.orebro(), MappingProfiles.builtIn("orebro-2016"));
        store.load(TestData.shared("reference/municipalities.csv"), MappingProfiles.builtIn("reference-municipalities"));
        orebroPopulation2021 = ReferenceLoadTest.csv(TestData.shared("reference/municipalities.csv")).stream()
                .filter(r -> r.get("kommunkod").equals("1880"))
                .mapToLong(r -> Long.parseLong(r.get("folkmangd_2021_12_31"))).sum();
    }

    @AfterAll
    void close() { store.close(); }

    @Test
    void spendPerInhabitantJoinsPayerToItsMunicipalitysPopulation() {
        QuerySolution s = Sparql.one(store.dataset(), ReferenceLoadTest.PREFIXES + """
                SELECT ?kommunkod ?name ?population (SUM(?amount) AS ?spend) (SUM(?amount) / ?population AS ?perInhabitant)
                WHERE {
                  ?p a payment:Payment ; payment:payer ?payer ; payment:netAmount ?amount .
                  ?payer a openup:Municipality ; openup:kommunkod ?kommunkod ; skos:prefLabel ?name .
                  ?obs sdmx-dimension:refArea ?payer ; openup:refDate "2021-12-31"^^xsd:date ; openup:population ?population .
                }
                GROUP BY ?kommunkod ?name ?population""");
        assertEquals("1880", s.getLiteral("kommunkod").getLexicalForm());
        assertEquals("Örebro", s.getLiteral("name").getLexicalForm());
        assertEquals(orebroPopulation2021, s.getLiteral("population").getLong(), "the figure in municipalities.csv");

        BigDecimal spend = new BigDecimal(s.getLiteral("spend").getLexicalForm());
        assertEquals(0, ledger.getAmountLoaded().compareTo(spend), "every loaded payment joined exactly once");
        BigDecimal inJava = ledger.getAmountLoaded().divide(BigDecimal.valueOf(orebroPopulation2021), 2, RoundingMode.HALF_UP);
        BigDecimal inSparql = new BigDecimal(s.getLiteral("perInhabitant").getLexicalForm()).setScale(2, RoundingMode.HALF_UP);
        assertEquals(inJava, inSparql);
    }

    @Test
    void everyPaymentsPayerIsAMunicipalityWithOneIdentity() {
        QuerySolution s = Sparql.one(store.dataset(), ReferenceLoadTest.PREFIXES + """
                SELECT (COUNT(?p) AS ?notMunicipal) WHERE {
                  ?p a payment:Payment ; payment:payer ?payer . FILTER NOT EXISTS { ?payer a openup:Municipality } }""");
        assertEquals(0, s.getLiteral("notMunicipal").getLong());
        // the ledger and the reference file describe the payer in two graphs: the union must still be one identity
        QuerySolution ids = Sparql.one(store.dataset(), ReferenceLoadTest.PREFIXES + """
                SELECT (COUNT(DISTINCT ?id) AS ?ids) (COUNT(DISTINCT ?orgnr) AS ?orgnrs) (COUNT(DISTINCT ?code) AS ?codes)
                WHERE { <https://w3id.org/openup/id/org/2120001967> adms:identifier ?id ;
                          openup:organisationsnummer ?orgnr ; openup:kommunkod ?code }""");
        assertEquals(1, ids.getLiteral("ids").getLong());
        assertEquals(1, ids.getLiteral("orgnrs").getLong());
        assertEquals(1, ids.getLiteral("codes").getLong());
    }

    @Test
    void theStoreConformsToTheShapes() {
        se.openup.loader.Shacl.assertConforms(store.dataset());
    }
}
