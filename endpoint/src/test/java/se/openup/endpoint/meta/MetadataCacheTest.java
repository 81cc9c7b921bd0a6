package se.openup.endpoint.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/** Figures are computed once per state of the store, and again after a load changes it. */
class MetadataCacheTest {
    static final Path SPEC = Path.of("../loader/src/test/resources/fixtures/spec-v1.1");

    @Test
    void computedOncePerStoreStateAndAfterEachLoad(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            store.load(SPEC.resolve("leverantorsreskontra-2021-03.csv"), MappingProfiles.builtIn("spec-v1.1"));
            MetadataCache cache = new MetadataCache(store.dataset(), Iris.DEFAULT_BASE);
            MetadataCache.Snapshot first = cache.get();
            assertSame(first, cache.get(), "nothing changed: served from memory");
            assertEquals(unionTriples(store), first.statistics().triples());
            assertEquals(1, first.holdings().files().size());

            store.load(SPEC.resolve("leverantorsreskontra-2021-04.csv"), MappingProfiles.builtIn("spec-v1.1"));
            MetadataCache.Snapshot second = cache.get();
            assertNotSame(first, second, "a load changed the store: recomputed");
            assertEquals(2, second.holdings().files().size());
            assertEquals(unionTriples(store), second.statistics().triples());
            assertEquals(first.holdings().payments() + paymentsIn(second, "leverantorsreskontra-2021-04.csv"),
                    second.holdings().payments());
        }
    }

    static long unionTriples(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> Iter.count(store.dataset().getUnionGraph().find()));
    }

    static long paymentsIn(MetadataCache.Snapshot s, String file) {
        return s.holdings().files().stream().filter(f -> f.title().equals(file)).findFirst().orElseThrow().rowsLoaded();
    }

    @Test
    void rdfSyntaxFollowsTheAcceptHeader() {
        assertEquals("text/turtle", RdfResponses.choose(null, null));
        assertEquals("text/turtle", RdfResponses.choose(null, "text/html,application/xhtml+xml,*/*;q=0.8"));
        assertEquals("application/rdf+xml", RdfResponses.choose(null, "application/rdf+xml"));
        assertEquals("application/ld+json", RdfResponses.choose(null, "text/turtle;q=0.5, application/ld+json"));
        assertEquals("application/rdf+xml", RdfResponses.choose("rdf", "text/turtle"));
        assertEquals(null, RdfResponses.choose(null, "text/html"));
    }
}
