package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.cube.YearCube;
import se.openup.loader.cube.YearCube;
import se.openup.loader.generate.LedgerGenerator;
import se.openup.loader.link.SupplierLinks;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.rdf.Iris;
import se.openup.loader.reference.Municipalities;
import se.openup.loader.store.GraphStore;

/**
 * Test stores built with the real loader: the hand-made golden fixture (src/test/resources/golden, arithmetic in its
 * README) with the real municipalities reference data (population), and the real shared datasets.
 */
public final class GoldenStore {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static GraphStore shared;
    private static OpenUpServer server;

    private GoldenStore() { }

    /** One golden store and server for every test class of the run (loading takes seconds; the store is read-only). */
    static synchronized OpenUpServer server() throws IOException {
        if (server == null) {
            Path dir = Files.createTempDirectory("openup-golden");
            shared = golden(dir);
            YearCube.run(shared.dataset(), Iris.defaults()); // the year-level sums the saved queries read, as load-shared builds them
            Catalogue.publish(shared.dataset(), QueryLibrary.load(Iris.DEFAULT_BASE), Iris.DEFAULT_BASE);
            server = OpenUpServer.start(shared.dataset(), ServerConfig.defaults(0));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                shared.close();
            }));
        }
        return server;
    }

    static Path sharedData() {
        String p = System.getProperty("openup.data");
        Path dir = p != null ? Path.of(p) : Path.of("../../shared/data");
        assertTrue(Files.isDirectory(dir), "shared data not found at " + dir.toAbsolutePath() + ": set -Dopenup.data=DIR");
        return dir;
    }

    static org.apache.jena.sparql.core.DatasetGraph dataset() throws IOException {
        server();
        return shared.dataset();
    }

    /** The golden fixture: three municipalities' ledgers (2022–2023), invented procurement rows, supplier links; no year-level sums. */
    public static GraphStore golden(Path dir) throws IOException {
        Path data = sharedData();
        Municipalities municipalities = Municipalities.read(data);
        GraphStore.Options options = new GraphStore.Options(Iris.defaults(), municipalities::orgnr, n -> { }, false,
                municipalities::orgnrByName);
        GraphStore store = GraphStore.open(dir);
        load(store, List.of(data.resolve("reference/municipalities.csv")), MappingProfiles.builtIn("reference-municipalities"), options);
        List<Path> ledgers;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            ledgers = files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        load(store, ledgers, MappingProfiles.builtIn("spec-v1.1"), options);
        for (String kind : List.of("procurement-value", "procurement-suppliers"))
            load(store, List.of(GOLDEN.resolve(kind + ".tsv")), MappingProfiles.resolve(GOLDEN.resolve(kind + ".yaml").toString()), options);
        SupplierLinks.run(store.dataset(), Iris.defaults());
        return store;
    }

    /**
     * Generated ledgers ({@code LedgerGenerator}: {@code buyers} municipalities, {@code rows} rows of 2023, {@code seed})
     * with the real municipalities, loaded into {@code dir}/store with the year-level sums built as load-shared does.
     */
    public static Generated generated(Path dir, int buyers, int rows, long seed) throws IOException {
        Path data = sharedData();
        Path ledgers = dir.resolve("ledgers");
        LedgerGenerator.Result result = LedgerGenerator.generate(new LedgerGenerator.Options(buyers, rows, seed, 2023, ledgers, data));
        Municipalities m = Municipalities.read(data);
        GraphStore.Options options = new GraphStore.Options(Iris.defaults(), m::orgnr, n -> { }, false, m::orgnrByName);
        List<Path> files;
        try (Stream<Path> list = Files.list(ledgers)) {
            files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        GraphStore store = GraphStore.open(dir.resolve("store"));
        load(store, List.of(data.resolve("reference/municipalities.csv")), MappingProfiles.builtIn("reference-municipalities"), options);
        load(store, files, MappingProfiles.builtIn("spec-v1.1"), options);
        YearCube.run(store.dataset(), Iris.defaults());
        return new Generated(store, result);
    }

    /** A generated store and what the generator says it wrote. */
    public record Generated(GraphStore store, LedgerGenerator.Result result) { }

    static void load(GraphStore store, List<Path> files, MappingProfile profile, GraphStore.Options options) {
        for (GraphStore.Outcome o : store.loadAll(files, profile, options)) {
            assertNull(o.failure(), () -> "fixture failed to load: " + o.failure().getMessage());
            assertTrue(o.report().getRowsRejected() == 0, () -> o.file() + ": rows rejected\n" + o.report().summary());
        }
    }
}
