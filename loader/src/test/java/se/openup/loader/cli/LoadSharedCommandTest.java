package se.openup.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.TestData;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.store.Checksums;

/** The list of real datasets is what a newcomer is told to download: it must name real files, sources and hashes. */
class LoadSharedCommandTest {
    @Test
    void everyListedDatasetExistsWithItsRecordedSha256AndMapping() throws Exception {
        List<LoadSharedCommand.Dataset> datasets = LoadSharedCommand.datasets();
        assertEquals(5, datasets.size());
        for (LoadSharedCommand.Dataset d : datasets) {
            Path file = TestData.shared(d.path());
            assertEquals(d.sha256(), Checksums.sha256(file), d.path() + ": sha256 differs from shared-datasets.tsv");
            MappingProfiles.builtIn(d.mapping()); // throws for an unknown mapping id
            assertTrue(d.source().startsWith("https://") || d.source().contains("CC0"), d.source());
        }
        assertTrue(LoadSharedCommand.missing(TestData.sharedDir()).isEmpty());
    }

    @Test
    void anEmptyDataDirectoryIsToldWhatToDownloadAndWhere(@TempDir Path empty) throws Exception {
        List<LoadSharedCommand.Dataset> missing = LoadSharedCommand.missing(empty);
        assertEquals(LoadSharedCommand.datasets(), missing);
        String told = LoadSharedCommand.describeMissing(empty, missing);
        for (LoadSharedCommand.Dataset d : missing) {
            assertTrue(told.contains(empty.resolve(d.path()).toAbsolutePath().toString()), told);
            assertTrue(told.contains(d.source()), told);
            assertTrue(told.contains(d.sha256()), told);
        }
        assertTrue(told.contains("https://raw.githubusercontent.com/Sambruk/Open-Accounts-Payable/"), told);
        assertEquals(2, LoadSharedCommand.run(empty, empty.resolve("store"), "https://w3id.org/openup/id/"));
    }
}
