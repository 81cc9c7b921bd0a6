package se.openup.loader.cube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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

/** The real Örebro 2016-03 ledger (68 021 rows): its cube agrees with its payments to the öre. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrebroCubeTest {
    GraphStore store;

    @BeforeAll
    void load(@TempDir Path dir) {
        store = GraphStore.open(dir.resolve("store"));
        store.load(TestData.orebro(), MappingProfiles.builtIn("orebro-2016"));
    }

    @AfterAll
    void close() { store.close(); }

    @Test
    void observationsAddUpToThePaymentsByEveryDimension() {
        int cells = CubeCheck.assertConsistent(store.dataset());
        assertEquals(cells, CubeCheck.observations(store.dataset(), CubeCheck.FILE_LEVEL));
        // measured: 68 021 rows give this many observations (docs/aggregates.md)
        assertEquals(2_589, cells);
    }

    @Test
    void theTotalIsTheLoadedAmountAndTheRedactedPayeesAreOneSupplier() {
        QuerySolution s = Sparql.one(store.dataset(), """
                SELECT (SUM(?a) AS ?sum) (SUM(?n) AS ?rows) (SUM(?c) AS ?credits) WHERE {
                  ?o openup:amount ?a ; openup:paymentCount ?n ; openup:creditCount ?c ;
                     openup:year "2016"^^xsd:gYear ; openup:buyer <https://w3id.org/openup/id/org/2120001967> }""");
        assertEquals(0, new BigDecimal("450187283.39").compareTo(new BigDecimal(s.getLiteral("sum").getLexicalForm())));
        assertEquals(68_021, s.getLiteral("rows").getLong());
        assertEquals(2_696, s.getLiteral("credits").getLong());
        QuerySolution redacted = Sparql.one(store.dataset(), """
                SELECT (SUM(?n) AS ?rows) (COUNT(DISTINCT ?r) AS ?payees) WHERE {
                  ?o openup:supplier ?r ; openup:paymentCount ?n . ?r a payment:Redaction }""");
        assertEquals(266, redacted.getLiteral("rows").getLong(), "the 266 redacted rows");
        assertEquals(1, redacted.getLiteral("payees").getLong(), "all under the buyer's one redacted payee");
        assertTrue(Sparql.select(store.dataset(), """
                SELECT ?o WHERE { ?o openup:accountClass ?c . FILTER (!STRSTARTS(STR(?c), "https://w3id.org/openup/id/account/kommunbas/")) }
                LIMIT 1""").isEmpty(), "every Örebro account is numeric, so every class is a Kommun-Bas group");
    }
}
