package se.openup.endpoint.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import se.openup.loader.rdf.Iris;

/**
 * What an operator sets when serving the graph.
 *
 * @param port             TCP port; 0 picks a free one (tests)
 * @param base             the base IRI the data was minted under; IRIs under it resolve on this server
 * @param queryTimeout     SPARQL queries are cancelled after this long
 * @param resultCap        at most this many rows (SELECT) or triples (CONSTRUCT/DESCRIBE) per answer
 * @param serviceAllowlist endpoint IRIs SERVICE may call (each also allows the paths below it); empty = no
 *                         federation (matching rules: sparql.ServiceAllowlist)
 * @param dumps            directory whose bulk dumps /dumps/ offers (openup export --format nt.gz …); null = none
 */
public record ServerConfig(int port, String base, Duration queryTimeout, long resultCap, Set<String> serviceAllowlist,
                           Path dumps) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_RESULT_CAP = 100_000;

    public ServerConfig {
        serviceAllowlist = Set.copyOf(serviceAllowlist);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (resultCap < 1) throw new IllegalArgumentException("result cap must be positive: " + resultCap);
        if (queryTimeout.toMillis() < 1) throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
    }

    public ServerConfig(int port, String base, Duration queryTimeout, long resultCap, Set<String> serviceAllowlist) {
        this(port, base, queryTimeout, resultCap, serviceAllowlist, null);
    }

    public static ServerConfig defaults(int port) {
        return new ServerConfig(port, Iris.DEFAULT_BASE, DEFAULT_TIMEOUT, DEFAULT_RESULT_CAP, Set.of());
    }

    public ServerConfig withTimeout(Duration timeout) {
        return new ServerConfig(port, base, timeout, resultCap, serviceAllowlist, dumps);
    }

    public ServerConfig withResultCap(long cap) {
        return new ServerConfig(port, base, queryTimeout, cap, serviceAllowlist, dumps);
    }

    public ServerConfig withServiceAllowlist(Set<String> allowed) {
        return new ServerConfig(port, base, queryTimeout, resultCap, allowed, dumps);
    }

    public ServerConfig withDumps(Path dir) {
        return new ServerConfig(port, base, queryTimeout, resultCap, serviceAllowlist, dir);
    }
}
