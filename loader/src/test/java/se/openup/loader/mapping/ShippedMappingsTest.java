package se.openup.loader.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.openup.loader.Manifests;
import se.openup.loader.Sparql;
import se.openup.loader.TestData;
import se.openup.loader.reference.Municipalities;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.LoadReport;

/**
 * Each shipped mapping on its hand-made fixture: counts and sums reconcile with the manifest computed
 * independently of the loader, every listed payment is modelled as expected, no sole trader leaks, SHACL conforms.
 */
class ShippedMappingsTest {
    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(TestData.resource("fixtures"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    @SuppressWarnings("unchecked")
    void fixtureLoadsAsItsManifestSays(String fixture, @TempDir Path tmp) throws IOException {
        Path dir = TestData.resource("fixtures/" + fixture);
        Map<String, Object> expected = Manifests.map(dir.resolve("expected.yaml"));
        MappingProfile profile = MappingProfiles.builtIn((String) expected.get("mapping"));
        Municipalities municipalities = Municipalities.read(TestData.sharedDir());
        List<LoadReport> reports = new ArrayList<>();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            GraphStore.Options options = GraphStore.Options.defaults().withKommunkods(municipalities::orgnr);
            for (String file : (List<String>) expected.get("files"))
                reports.add(store.load(dir.resolve(file), profile, options));

            assertEquals(number(expected, "rowsRead"), reports.stream().mapToLong(LoadReport::rowsRead).sum(), "rowsRead");
            assertEquals(number(expected, "rowsLoaded"), reports.stream().mapToLong(LoadReport::getRowsLoaded).sum(), "rowsLoaded");
            assertEquals(number(expected, "rowsRejected"), reports.stream().mapToLong(LoadReport::getRowsRejected).sum(), "rowsRejected");
            assertEquals(number(expected, "rowsRedacted"), reports.stream().mapToLong(LoadReport::getRowsRedacted).sum(), "rowsRedacted");
            assertEquals(number(expected, "rowsSkipped"), reports.stream().mapToLong(LoadReport::getRowsSkipped).sum(), "rowsSkipped");
            assertEquals(new BigDecimal((String) expected.get("amountRead")),
                    reports.stream().map(LoadReport::getAmountRead).reduce(BigDecimal.ZERO, BigDecimal::add), "amountRead");
            assertEquals(new BigDecimal((String) expected.get("amountLoaded")),
                    reports.stream().map(LoadReport::getAmountLoaded).reduce(BigDecimal.ZERO, BigDecimal::add), "amountLoaded");

            List<String> rejected = new ArrayList<>();
            for (LoadReport r : reports)
                r.getRejected().forEach(x -> rejected.add(r.getFile() + ":" + x.line() + ":" + x.column() + ":" + x.reason()));
            for (Map<String, Object> want : (List<Map<String, Object>>) expected.get("rejected")) {
                String prefix = ":" + want.get("line") + ":" + want.get("column") + ":";
                String file = (String) want.get("file");
                assertTrue(rejected.stream().anyMatch(x -> x.contains(prefix) && (file == null || x.startsWith(file + ":"))
                                && x.toLowerCase().contains(((String) want.get("reasonContains")).toLowerCase())),
                        () -> "expected rejection " + want + " among " + rejected);
            }

            List<String> files = (List<String>) expected.get("files");
            for (Map<String, Object> want : (List<Map<String, Object>>) expected.get("payments"))
                PaymentCheck.check(store, profile.id(), (String) want.getOrDefault("file", files.get(0)), want);

            String everything = Manifests.allExports(store.dataset())
                    + new ObjectMapper().writeValueAsString(reports);
            for (String forbidden : (List<String>) expected.getOrDefault("forbidden", List.of()))
                assertFalse(everything.contains(forbidden), () -> "'" + forbidden + "' leaked into an export or report");

            se.openup.loader.Shacl.assertConforms(store.dataset());
        }
    }

    private static long number(Map<String, Object> m, String key) { return ((Number) m.get(key)).longValue(); }
}
