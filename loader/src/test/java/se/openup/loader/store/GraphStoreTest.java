package se.openup.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Sparql;
import se.openup.loader.TestData;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.MappingProfiles;

/** Replacing, batching and skipping files: the store always holds whole files, each exactly once. */
class GraphStoreTest {
    private static final MappingProfile UMEA = MappingProfiles.builtIn("umea");

    @Test
    void aBrokenFileInABatchIsReportedAndTheOthersLoad(@TempDir Path tmp) throws IOException {
        Path a = copy("fixtures/umea/leverantorsfakturor-2019.csv", tmp.resolve("a-2019.csv"));
        Path broken = copy("bad-input/unterminated-quote.csv", tmp.resolve("b-2019.csv"));
        Path c = copy("fixtures/umea/leverantorsfakturor-2019.csv", tmp.resolve("c-2019.csv"));
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            List<GraphStore.Outcome> out = store.loadAll(List.of(a, broken, c), UMEA, GraphStore.Options.defaults());
            assertNotNull(out.get(0).report());
            assertNotNull(out.get(1).failure());
            assertNotNull(out.get(2).report());
            QuerySolution s = Sparql.one(store.dataset(), """
                    SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(?p) AS ?payments) WHERE {
                      GRAPH ?g { ?p a payment:Payment } }""");
            assertEquals(2, s.getLiteral("graphs").getInt());
            assertEquals(2 * out.get(0).report().getRowsLoaded(), s.getLiteral("payments").getLong());
        }
    }

    @Test
    void aCorrectedFileReplacesItsOldRows(@TempDir Path tmp) throws IOException {
        Path file = copy("fixtures/umea/leverantorsfakturor-2019.csv", tmp.resolve("leverantorsfakturor-2019.csv"));
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            LoadReport first = store.load(file, UMEA);
            // the publisher corrects the file: the last three lines go, one amount changes
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> corrected = new java.util.ArrayList<>(lines.subList(0, lines.size() - 3));
            corrected.set(1, corrected.get(1).replace("12500.00", "12400.00"));
            Files.write(file, corrected, StandardCharsets.UTF_8);
            LoadReport second = store.load(file, UMEA);
            assertEquals(LoadReport.Status.LOADED, second.getStatus());
            assertEquals(first.rowsRead() - 3, second.rowsRead());

            QuerySolution s = Sparql.one(store.dataset(), """
                    SELECT (COUNT(?p) AS ?n) (SUM(?a) AS ?sum) WHERE { ?p a payment:Payment ; payment:netAmount ?a }""");
            assertEquals(second.getRowsLoaded(), s.getLiteral("n").getLong(), () -> "old rows are gone, none doubled: "
                    + Sparql.select(store.dataset(), "SELECT ?p ?a ?g WHERE { GRAPH ?g { ?p a payment:Payment ; payment:netAmount ?a } }")
                    .stream().map(r -> r.getResource("p").getURI() + " " + r.getLiteral("a").getLexicalForm()).toList());
            assertEquals(0, second.getAmountLoaded().compareTo(new BigDecimal(s.getLiteral("sum").getLexicalForm())));
            assertEquals(1, Sparql.select(store.dataset(), "SELECT ?l WHERE { ?l a prov:Activity }").size(),
                    "one load recorded per file");
            long inGraph = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(
                    store.dataset().find(org.apache.jena.graph.NodeFactory.createURI(second.getGraph()), null, null, null)));
            assertEquals(second.getTriples(), inGraph, "the graph holds exactly what the second load wrote, nothing of the first");
        }
    }

    @Test
    void unchangedFilesAreNotWrittenAgain(@TempDir Path tmp) throws IOException {
        Path file = TestData.resource("fixtures/umea/leverantorsfakturor-2019.csv");
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            store.load(file, UMEA);
            long before = Sparql.count(store.dataset());
            GraphStore.Outcome again = store.loadAll(List.of(file), UMEA, GraphStore.Options.defaults()).get(0);
            assertNull(again.failure());
            assertEquals(LoadReport.Status.UNCHANGED, again.report().getStatus());
            assertEquals(before, Sparql.count(store.dataset()));
            LoadReport forced = store.load(file, UMEA, GraphStore.Options.defaults().forced());
            assertEquals(LoadReport.Status.LOADED, forced.getStatus());
            assertEquals(before, Sparql.count(store.dataset()), "a forced reload reproduces the same graph");
        }
    }

    private static Path copy(String resource, Path to) throws IOException {
        return Files.copy(TestData.resource(resource), to);
    }
}
