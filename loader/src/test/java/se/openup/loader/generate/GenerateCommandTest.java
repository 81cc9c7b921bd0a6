package se.openup.loader.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.TestData;
import se.openup.loader.cli.OpenUp;

/** `openup generate` as a user runs it: options parsed, files written, one summary line, errors as exit code 2. */
class GenerateCommandTest {
    @Test
    void generatesAndPrintsOneSummaryLine(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("set");
        String[] args = {"generate", "--buyers", "3", "--rows", "500", "--seed", "9", "--year", "2022",
                "--out", out.toString(), "--data", TestData.sharedDir().toString()};
        String printed = captureOut(() -> assertEquals(0, OpenUp.commandLine().execute(args)));
        assertEquals(1, printed.lines().count(), printed);
        assertTrue(printed.startsWith("generated "), printed);
        assertTrue(printed.contains(" 500 rows, Σ "), printed);
        assertTrue(printed.contains("sole-trader rows ") && printed.contains("credit rows "), printed);
        assertEquals(500, GeneratedFiles.allRows(out).size());
        assertTrue(GeneratedFiles.csvFiles(out).stream().allMatch(f -> f.getFileName().toString().contains("-2022-")));
        assertTrue(Files.readString(out.resolve("SYNTHETIC.md")).contains("--seed 9 --year 2022"));

        // a second run into the same folder is refused, the first set is left alone
        assertEquals(2, OpenUp.commandLine().execute(args));
        assertEquals(500, GeneratedFiles.allRows(out).size());
    }

    @Test
    void badOptionsExitWithTwo(@TempDir Path tmp) {
        String data = TestData.sharedDir().toString();
        assertEquals(2, OpenUp.commandLine().execute("generate", "--buyers", "0", "--out", tmp.resolve("a").toString(),
                "--data", data));
        assertEquals(2, OpenUp.commandLine().execute("generate", "--rows", "0", "--out", tmp.resolve("b").toString(),
                "--data", data));
        assertEquals(2, OpenUp.commandLine().execute("generate", "--out", tmp.resolve("c").toString(),
                "--data", tmp.resolve("no-such-dir").toString()));
    }

    private static String captureOut(ThrowingRunnable body) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
