package se.openup.loader.cube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Shacl;
import se.openup.loader.Sparql;
import se.openup.loader.TestData;
import se.openup.loader.cube.CubeCheck.Grouping;
import se.openup.loader.generate.LedgerGenerator;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.LoadReport;

/** The spend cube on generated multi-buyer ledgers: consistent with the payments, replaced with its file, valid. */
class SpendCubeTest {
    private static final MappingProfile SPEC = MappingProfiles.builtIn("spec-v1.1");

    /** Generated ledgers of {@code buyers} municipalities (seed 7, year 2023), their CSV files in name order. */
    static List<Path> generate(Path out, int buyers, long rows) throws IOException {
        LedgerGenerator.generate(new LedgerGenerator.Options(buyers, rows, 7, 2023, out, TestData.sharedDir()));
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    /** A store in {@code dir} holding the generated ledgers, every file loaded (the caller closes it). */
    static GraphStore loaded(Path dir, int buyers, long rows) throws IOException {
        List<Path> files = generate(dir.resolve("gen"), buyers, rows);
        GraphStore store = GraphStore.open(dir.resolve("store"));
        for (GraphStore.Outcome o : store.loadAll(files, SPEC, GraphStore.Options.defaults()))
            assertTrue(o.failure() == null, () -> o.file() + ": " + o.failure());
        return store;
    }

    @Test
    void observationsAddUpToThePaymentsByEveryDimension(@TempDir Path tmp) throws IOException {
        List<Path> files = generate(tmp.resolve("gen"), 4, 4_000);
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            for (GraphStore.Outcome o : store.loadAll(files, SPEC, GraphStore.Options.defaults()))
                assertTrue(o.failure() == null, () -> o.file() + ": " + o.failure());
            int cells = CubeCheck.assertConsistent(store.dataset());
            assertEquals(cells, CubeCheck.observations(store.dataset(), CubeCheck.FILE_LEVEL), "one observation per distinct cell");
            assertTrue(cells < 4_000, "the cube is smaller than the payments: " + cells);
            // the generated set has sole traders: their rows are summed under the buyer's redacted payee
            QuerySolution redacted = Sparql.one(store.dataset(), """
                    SELECT (COUNT(?o) AS ?n) WHERE { ?o openup:supplier ?r . ?r a payment:Redaction }""");
            assertTrue(redacted.getLiteral("n").getLong() > 0, "the set exercises redacted payees");

            YearCube.Counts years = YearCube.run(store.dataset(), se.openup.loader.rdf.Iris.defaults());
            String id = "https://w3id.org/openup/id/dataset/";
            CubeCheck.assertAgrees(store.dataset(), id + "spend-by-buyer-year", Grouping.BUYER, Grouping.YEAR, Grouping.ACCOUNT_CLASS);
            CubeCheck.assertAgrees(store.dataset(), id + "spend-by-pair-year", Grouping.BUYER, Grouping.SUPPLIER, Grouping.YEAR);
            CubeCheck.assertAgrees(store.dataset(), id + "spend-by-supplier-year", Grouping.SUPPLIER, Grouping.YEAR);
            assertEquals(buyersPerSupplier(store, """
                    SELECT ?k (COUNT(DISTINCT ?b) AS ?n) WHERE { ?p a payment:Payment ; payment:payee ?k ; payment:payer ?b }
                    GROUP BY ?k"""), buyersPerSupplier(store, """
                    SELECT ?k ?n WHERE { ?o openup:buyerCount ?n ; openup:supplier ?k }"""));
            assertEquals(years, YearCube.run(store.dataset(), se.openup.loader.rdf.Iris.defaults()), "rebuilt, not added to");
            Shacl.assertConforms(store.dataset());
        }
    }

    private static java.util.Map<String, Long> buyersPerSupplier(GraphStore store, String query) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (QuerySolution s : Sparql.select(store.dataset(), query)) out.put(s.getResource("k").getURI(), s.getLiteral("n").getLong());
        return out;
    }

    @Test
    void aReplacedFileReplacesItsObservationsAndLeavesNoneBehind(@TempDir Path tmp) throws IOException {
        List<Path> files = generate(tmp.resolve("gen"), 2, 1_500);
        Path file = files.get(0);
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            for (Path f : files) store.load(f, SPEC);
            long before = CubeCheck.observations(store.dataset(), CubeCheck.FILE_LEVEL);

            // the publisher corrects the file: half its rows go, and every remaining amount changes
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> corrected = new ArrayList<>(List.of(lines.get(0)));
            for (int i = 1; i < lines.size(); i += 2) {
                String[] cells = lines.get(i).split(";", -1);
                cells[7] = new java.math.BigDecimal(cells[7]).add(new java.math.BigDecimal("1.05")).toPlainString();
                corrected.add(String.join(";", cells));
            }
            Files.write(file, corrected, StandardCharsets.UTF_8);
            LoadReport second = store.load(file, SPEC);
            assertEquals(LoadReport.Status.LOADED, second.getStatus());

            CubeCheck.assertConsistent(store.dataset());
            String graph = "https://w3id.org/openup/id/graph/spec-v1.1/" + file.getFileName().toString()
                    .toLowerCase().replaceAll("[^a-z0-9]+", "-");
            QuerySolution inFile = Sparql.one(store.dataset(), "SELECT (COUNT(?o) AS ?n) (SUM(?c) AS ?rows) WHERE { GRAPH <"
                    + graph + "> { ?o openup:paymentCount ?c } }");
            assertEquals(second.getRowsLoaded(), inFile.getLiteral("rows").getLong(), "the file's cube counts its new rows");
            assertTrue(CubeCheck.observations(store.dataset(), CubeCheck.FILE_LEVEL) < before, "fewer rows, fewer observations");
        }
    }

    @Test
    void accountsWithLettersAndRowsWithoutAccountKeepTheirOwnClass(@TempDir Path tmp) throws IOException {
        Path file = generate(tmp.resolve("gen"), 1, 400).get(0);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(";", -1);
            if (i % 3 == 1) cells[5] = "K-" + cells[5];  // a publisher's own code: no Kommun-Bas group
            else if (i % 3 == 2) cells[5] = "";           // no account at all
            lines.set(i, String.join(";", cells));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            store.load(file, SPEC);
            CubeCheck.assertConsistent(store.dataset());
            List<QuerySolution> classes = Sparql.select(store.dataset(), """
                    SELECT DISTINCT ?c WHERE { ?o openup:month ?m ; openup:accountClass ?c }""");
            java.util.Set<String> kinds = new java.util.TreeSet<>();
            for (QuerySolution c : classes) {
                String iri = c.getResource("c").getURI();
                kinds.add(iri.endsWith("#NoAccount") ? "none" : iri.contains("/kommunbas/") ? "shared" : "own");
            }
            assertEquals(java.util.Set.of("none", "own", "shared"), kinds);
            Shacl.assertConforms(store.dataset());
        }
    }

    @Test
    void accountKeysFollowTheKommunBasGroups() {
        assertEquals("46", SpendCube.accountKey("46362"));
        assertEquals("46", SpendCube.accountKey("4636"));
        assertEquals("46", SpendCube.accountKey("46"));
        assertEquals("4", SpendCube.accountKey("4"));
        assertEquals("own-k-12", SpendCube.accountKey("K 12"));
        assertEquals("none", SpendCube.accountKey(null));
    }
}
