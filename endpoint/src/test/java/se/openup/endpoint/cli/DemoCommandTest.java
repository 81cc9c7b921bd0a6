package se.openup.endpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.endpoint.Main;

/** The paths of `demo` and `serve` that end before a server starts: a newcomer without data is told what to do. */
class DemoCommandTest {
    record Run(int code, String err) { }

    static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.commandLine().execute(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void demoWithoutDataSaysWhatToDownloadAndWhereAndWritesNothing(@TempDir Path tmp) {
        Path store = tmp.resolve("store");
        Path data = tmp.resolve("data");
        Run r = run("demo", "--store", store.toString(), "--data", data.toString(), "--port", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains(data.resolve("ledgers/orebro-2016-03/Orebro.2016-03.xlsx").toAbsolutePath().toString()), r.err());
        assertTrue(r.err().contains("https://raw.githubusercontent.com/Sambruk/Open-Accounts-Payable/"), r.err());
        assertTrue(r.err().contains("7aaf2eed2cb99c3ee7d468dd2197826ea66877615a3e4724927038a3a7ae61ae"), r.err());
        assertFalse(Files.exists(store), "nothing is created when there is nothing to load");
    }

    @Test
    void serveWithoutAStoreSaysSo(@TempDir Path tmp) {
        Run r = run("serve", "--store", tmp.resolve("none").toString(), "--port", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no store at"), r.err());
    }

    @Test
    void anEmptyStoreCountsAsEmpty(@TempDir Path tmp) throws Exception {
        assertTrue(DemoCommand.isEmpty(tmp.resolve("absent")));
        Files.createDirectories(tmp.resolve("made"));
        assertTrue(DemoCommand.isEmpty(tmp.resolve("made")));
    }
}
