package se.openup.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.TestData;

/** The commands as a user runs them: exit codes, the JSON report, an export that parses back. */
class CliTest {
    @Test
    void loadReportExportValidate(@TempDir Path tmp) throws Exception {
        String store = tmp.resolve("store").toString();
        Path good = TestData.resource("fixtures/umea/leverantorsfakturor-2019.csv").toAbsolutePath();
        Path bad = TestData.resource("bad-input/empty.csv").toAbsolutePath();
        Path report = tmp.resolve("report.json");

        int code = OpenUp.commandLine().execute("load", "-m", "umea", "--store", store,
                "--data", TestData.sharedDir().toString(), "--report", report.toString(), good.toString(), bad.toString());
        assertEquals(1, code, "one file failed, so the command fails — after loading the good one");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals("LOADED", json.get(0).get("status").asText());
        assertEquals(json.get(0).get("rowsRead").asLong(),
                json.get(0).get("rowsLoaded").asLong() + json.get(0).get("rowsRejected").asLong());
        assertEquals("FAILED", json.get(1).get("status").asText());
        assertTrue(json.get(1).get("error").asText().contains("empty"));

        Path nt = tmp.resolve("all.nt");
        assertEquals(0, OpenUp.commandLine().execute("export", "--store", store, "--format", "nt", "-o", nt.toString()));
        Graph g = RDFDataMgr.loadGraph(nt.toString());
        assertTrue(g.size() > 100, "the export parses back as N-Triples");

        assertEquals(0, OpenUp.commandLine().execute("validate", "--store", store));
    }

    @Test
    void loadSharedSaysWhatIsMissing(@TempDir Path tmp) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = OpenUp.commandLine().execute("load-shared", "--store", tmp.resolve("s").toString(), "--data", tmp.toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(2, code);
        String message = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(message.contains("ledgers/orebro-2016-03/Orebro.2016-03.xlsx") && message.contains("from   https://"), message);
    }
}
