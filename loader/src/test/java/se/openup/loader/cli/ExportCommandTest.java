package se.openup.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.TestData;

/** `openup export` in its new formats, as a user runs it: exit codes, the files, what is printed. */
class ExportCommandTest {
    @Test
    void dumpOcdsAndSpecCsv(@TempDir Path tmp) throws Exception {
        String store = tmp.resolve("store").toString();
        Path fixture = TestData.resource("fixtures/umea/leverantorsfakturor-2019.csv").toAbsolutePath();
        assertEquals(0, OpenUp.commandLine().execute("load", "-m", "umea", "--store", store,
                "--data", TestData.sharedDir().toString(), fixture.toString()));

        Path dumps = Files.createDirectories(tmp.resolve("dumps"));
        String printed = run("export", "--store", store, "--format", "ttl.gz", "-o", dumps.toString());
        Path dump = dumps.resolve("openup-all.ttl.gz");
        String side = Files.readString(dumps.resolve("openup-all.ttl.gz.sha256"));
        assertTrue(printed.contains("sha256 " + side.substring(0, 64)), printed);
        assertTrue(printed.contains("void:dataDump </dumps/openup-all.ttl.gz>"), printed);
        assertTrue(Files.size(dump) > 100);
        assertEquals(2, OpenUp.commandLine().execute("export", "--store", store, "--format", "nt.gz", "-o",
                tmp.resolve("wrong.txt").toString()), "a dump's name must end in its format");

        Path json = tmp.resolve("ocds.json");
        assertEquals(0, OpenUp.commandLine().execute("export", "--store", store, "--format", "ocds",
                "--ocid-prefix", "ocds-abc123", "-o", json.toString()));
        JsonNode pkg = new ObjectMapper().readTree(json.toFile());
        assertEquals("1.1", pkg.path("version").asText());
        assertTrue(pkg.path("releases").size() > 0);
        for (JsonNode r : pkg.path("releases")) assertTrue(r.path("ocid").asText().startsWith("ocds-abc123-"));

        Path csv = tmp.resolve("csv");
        assertEquals(0, OpenUp.commandLine().execute("export", "--store", store, "--format", "spec-csv", "-o", csv.toString()));
        List<Path> files;
        try (var s = Files.list(csv)) {
            files = s.sorted().toList();
        }
        assertTrue(!files.isEmpty() && files.stream().allMatch(f -> f.getFileName().toString()
                .matches("leverantorsreskontra-2120002627-2019-\\d\\d\\.csv")), files.toString());
        assertEquals(0, OpenUp.commandLine().execute("load", "-m", "spec-v1.1", "--store", tmp.resolve("back").toString(),
                files.get(0).toString()), "the spec files load with the shipped spec-v1.1 mapping");
    }

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, OpenUp.commandLine().execute(args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
