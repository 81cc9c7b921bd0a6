package se.openup.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.openup.loader.Manifests;
import se.openup.loader.TestData;
import se.openup.loader.mapping.MappingException;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.MappingProfiles;

/**
 * The bad-input corpus (src/test/resources/bad-input/cases.yaml): every broken file fails with a clear message and
 * leaves a store that already holds data exactly as it was; files with a few bad rows load and report them.
 */
class BadInputTest {
    private static final Path DIR = Path.of("src/test/resources/bad-input");

    static Stream<Map<String, Object>> cases() {
        List<Map<String, Object>> cases = Manifests.list(TestData.resource("bad-input/cases.yaml"));
        assertTrue(cases.size() >= 15, "the corpus must hold at least 15 cases");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void badInputIsReportedAndLosesNothing(Map<String, Object> c, @TempDir Path tmp) throws IOException {
        Path file = DIR.resolve((String) c.get("file"));
        if ("long-line".equals(c.get("generate"))) file = withLongLine(file, ((Number) c.get("bytes")).intValue(), tmp);
        String mappingRef = (String) c.get("mapping");
        String expect = (String) c.get("expect");
        if (mappingRef.endsWith(".yaml") && "fail".equals(expect)) {
            // a broken mapping is refused before any file is read
            try {
                MappingProfiles.resolve(DIR.resolve(mappingRef).toString());
            } catch (MappingException e) {
                assertContains(e.getMessage(), (String) c.get("messageContains"));
                return;
            }
        }
        MappingProfile profile = mappingRef.endsWith(".yaml")
                ? MappingProfiles.resolve(DIR.resolve(mappingRef).toString()) : MappingProfiles.builtIn(mappingRef);

        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            Path good = TestData.resource("fixtures/umea/leverantorsfakturor-2019.csv");
            store.load(good, MappingProfiles.builtIn("umea"));
            String before = snapshot(store);
            if ("fail".equals(expect)) {
                Path f = file;
                LoadException e = assertThrows(LoadException.class, () -> store.load(f, profile));
                assertContains(e.getMessage(), (String) c.get("messageContains"));
                assertTrue(e.getMessage().contains(file.getFileName().toString()), "the message names the file");
                assertEquals(before, snapshot(store), "a failed load must leave the store exactly as it was");
            } else {
                LoadReport r = store.load(file, profile);
                assertEquals(((Number) c.get("rowsRead")).longValue(), r.rowsRead(), "rowsRead");
                assertEquals(((Number) c.get("rowsLoaded")).longValue(), r.getRowsLoaded(), "rowsLoaded");
                assertEquals(((Number) c.get("rowsRejected")).longValue(), r.getRowsRejected(), "rowsRejected");
                assertEquals(((Number) c.get("rowsSkipped")).longValue(), r.getRowsSkipped(), "rowsSkipped");
                assertEquals(new BigDecimal((String) c.get("amountRead")), r.getAmountRead(), "amountRead");
                assertEquals(new BigDecimal((String) c.get("amountLoaded")), r.getAmountLoaded(), "amountLoaded");
                for (Map<String, Object> want : (List<Map<String, Object>>) c.get("rejected"))
                    assertTrue(r.getRejected().stream().anyMatch(x -> x.line() == ((Number) want.get("line")).longValue()
                            && want.get("column").equals(x.column())
                            && x.reason().toLowerCase(Locale.ROOT).contains(((String) want.get("reasonContains")).toLowerCase(Locale.ROOT))),
                            () -> "expected " + want + " in " + r.getRejected());
            }
        }
    }

    private static void assertContains(String message, String part) {
        assertTrue(message.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)),
                () -> "message '" + message + "' should contain '" + part + "'");
    }

    /** Every quad of the store, sorted: equal snapshots mean an unchanged store. */
    private static String snapshot(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store.dataset(), "nq", null, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }

    /** The committed header plus one line of `bytes` x's, written in a temp dir (never committed). */
    private static Path withLongLine(Path header, int bytes, Path tmp) throws IOException {
        Path f = tmp.resolve(header.getFileName());
        Files.copy(header, f);
        try (OutputStream out = Files.newOutputStream(f, StandardOpenOption.APPEND)) {
            byte[] chunk = new byte[1 << 16];
            Arrays.fill(chunk, (byte) 'x');
            for (int left = bytes; left > 0; left -= chunk.length) out.write(chunk, 0, Math.min(left, chunk.length));
        }
        return f;
    }
}
