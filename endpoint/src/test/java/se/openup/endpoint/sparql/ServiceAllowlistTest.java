package se.openup.endpoint.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import se.openup.endpoint.Main;

/** Allowlist matching compares parsed IRIs, so look-alike hosts, user info and path tricks do not get through. */
class ServiceAllowlistTest {
    static final ServiceAllowlist ALLOWED = ServiceAllowlist.of(List.of(
            "http://allowed.example.org/sparql", "https://stats.example.se:8443/ds/", "http://[::1]:3030/q"));

    @ParameterizedTest
    @ValueSource(strings = {
            "http://allowed.example.org/sparql",
            "http://ALLOWED.example.org/sparql",
            "HTTP://allowed.example.org:80/sparql",
            "http://allowed.example.org/sparql/sub",
            "http://allowed.example.org/sparql?default-graph-uri=urn%3Ag",
            "https://stats.example.se:8443/ds/query",
            "https://stats.example.se:8443/ds/",
            "http://[::1]:3030/q"})
    void allows(String iri) {
        assertTrue(ALLOWED.allows(iri), iri);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://allowed.example.org.evil.com/sparql",
            "http://evil.com/allowed.example.org/sparql",
            "http://allowed.example.org@evil.com/sparql",
            "http://evil.com@allowed.example.org/sparql",
            "http://allowed.example.org:8080/sparql",
            "https://allowed.example.org/sparql",
            "http://allowed.example.org/sparqlx",
            "http://allowed.example.org/",
            "http://allowed.example.org/sparql/../admin",
            "http://allowed.example.org/sparql/%2e%2e/admin",
            "http://allowed.example.org/sparql#frag",
            "https://stats.example.se/ds/query",
            "https://stats.example.se:8443/dsx",
            "http://[::2]:3030/q",
            "ftp://allowed.example.org/sparql",
            "file:///etc/passwd",
            "urn:x-arq:self",
            "http://allowed_example.org/sparql",
            "not an iri at all"})
    void refuses(String iri) {
        assertFalse(ALLOWED.allows(iri), iri);
    }

    @Test
    void emptyRefusesEverything() {
        ServiceAllowlist none = ServiceAllowlist.of(List.of());
        assertTrue(none.isEmpty());
        assertFalse(none.allows("http://allowed.example.org/sparql"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"allowed.example.org/sparql", "ftp://x.example/", "http://u:p@x.example/sparql",
            "http://x.example/sparql?x=1", "http://x.example/a#b", "http://x.example/a/../b"})
    void badEntriesAreRejectedAtStartup(String entry) {
        assertThrows(IllegalArgumentException.class, () -> ServiceAllowlist.of(List.of(entry)));
    }

    @Test
    void theCommandLineRefusesABadEntryBeforeOpeningAnyStore() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine().setErr(new PrintWriter(err));
        int exit = cli.execute("serve", "--store", "/nonexistent/store", "--allow-service", "http://u@evil.example/sparql");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("--allow-service") && err.toString().contains("user info"), err.toString());
        assertEquals(2, Main.commandLine().setErr(new PrintWriter(new StringWriter())).execute("serve", "--timeout", "0"));
    }
}
