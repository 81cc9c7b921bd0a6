package se.openup.endpoint.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.rdf.Iris;

/** The server options `serve` and `demo` share. */
public final class ServeOptions {
    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--base", description = "base IRI the data was minted under (default: ${DEFAULT-VALUE})",
            defaultValue = Iris.DEFAULT_BASE)
    String base;

    @Option(names = "--timeout", description = "SPARQL query timeout in seconds (default: ${DEFAULT-VALUE})",
            defaultValue = "30")
    long timeoutSeconds;

    @Option(names = "--max-results", description = "most rows or triples in one answer (default: ${DEFAULT-VALUE})",
            defaultValue = "100000")
    long resultCap;

    @Option(names = "--allow-service", paramLabel = "IRI",
            description = "a SPARQL endpoint SERVICE may call (repeatable; default: none)")
    List<String> allowedServices = List.of();

    @Option(names = "--dumps", paramLabel = "DIR", description = "offer the dumps in DIR at /dumps/ (openup export --format nt.gz)")
    Path dumps;

    public ServerConfig config() {
        return new ServerConfig(port, base, Duration.ofSeconds(timeoutSeconds), resultCap,
                new LinkedHashSet<>(allowedServices), dumps);
    }
}
