package se.openup.endpoint.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import se.openup.endpoint.server.ServerConfig;
import se.openup.endpoint.sparql.ServiceAllowlist;
import se.openup.loader.rdf.Iris;

/** The server options `serve` and `demo` share. */
public final class ServeOptions {
    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--base", description = "base IRI the data was minted under (default: ${DEFAULT-VALUE})",
            defaultValue = Iris.DEFAULT_BASE)
    String base;

    @Option(names = "--timeout", description = "SPARQL query timeout in seconds (default: ${DEFAULT-VALUE})",
            defaultValue = "30", converter = Positive.class)
    long timeoutSeconds;

    @Option(names = "--max-results", description = "most rows or triples in one answer (default: ${DEFAULT-VALUE})",
            defaultValue = "100000", converter = Positive.class)
    long resultCap;

    @Option(names = "--allow-service", paramLabel = "IRI", converter = ServiceIri.class,
            description = "a SPARQL endpoint SERVICE may call, and the paths below it (repeatable; default: none)")
    List<String> allowedServices = List.of();

    /** Checked while the command line is parsed, so a typo fails before a store is opened or loaded. */
    static final class Positive implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long n = Long.parseLong(value);
            if (n < 1) throw new TypeConversionException("must be at least 1, was " + value);
            return n;
        }
    }

    static final class ServiceIri implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                ServiceAllowlist.of(List.of(value));
                return value;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--dumps", paramLabel = "DIR", description = "offer the dumps in DIR at /dumps/ (openup export --format nt.gz)")
    Path dumps;

    public ServerConfig config() {
        return new ServerConfig(port, base, Duration.ofSeconds(timeoutSeconds), resultCap,
                new LinkedHashSet<>(allowedServices), dumps);
    }
}
