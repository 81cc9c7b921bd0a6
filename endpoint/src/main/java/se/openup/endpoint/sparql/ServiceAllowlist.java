package se.openup.endpoint.sparql;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SPARQL endpoints a federated query may call with SERVICE. An entry such as {@code https://data.example.org/sparql}
 * allows exactly that endpoint and the paths below it ({@code /sparql/...}); it does not allow
 * {@code https://data.example.org/sparqlx}, {@code https://data.example.org.evil.com/sparql}, another port, another
 * scheme, or any IRI with user info. IRIs are compared parsed (scheme, host, port, decoded path segments), never as
 * string prefixes. Empty = every SERVICE is refused.
 */
public final class ServiceAllowlist {
    private final List<Endpoint> endpoints;

    private ServiceAllowlist(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    /** Throws IllegalArgumentException for an entry that is not a plain absolute http(s) IRI. */
    public static ServiceAllowlist of(Collection<String> entries) {
        return new ServiceAllowlist(entries.stream()
                .map(entry -> Endpoint.parse(entry).filter(ok -> !entry.contains("?"))
                        .orElseThrow(() -> new IllegalArgumentException(
                                "not an http(s) endpoint IRI without user info, query or fragment: " + entry)))
                .toList());
    }

    boolean isEmpty() { return endpoints.isEmpty(); }

    boolean allows(String serviceIri) {
        Optional<Endpoint> target = Endpoint.parse(serviceIri);
        return target.isPresent() && endpoints.stream().anyMatch(allowed -> allowed.covers(target.get()));
    }

    @Override
    public String toString() {
        return endpoints.stream().map(Endpoint::toString).collect(Collectors.joining(", "));
    }

    /** A parsed http(s) IRI: lower-case scheme and host, explicit port, decoded path without dot segments. */
    private record Endpoint(String scheme, String host, int port, String path) {
        static Optional<Endpoint> parse(String iri) {
            try {
                URI uri = new URI(iri);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
                // getHost() is null for authorities Java cannot read as host[:port] (e.g. "a_b"): refuse those.
                if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null)
                    return Optional.empty();
                String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
                // Decoded, so "%2e%2e" is seen as ".."; any dot segment is refused rather than resolved.
                for (String segment : path.split("/", -1)) {
                    if (segment.equals(".") || segment.equals("..")) return Optional.empty();
                }
                int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
                return Optional.of(new Endpoint(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }

        /** Same scheme, host and port, and the other's path is this path or below it (whole segments). */
        boolean covers(Endpoint other) {
            if (!scheme.equals(other.scheme) || !host.equals(other.host) || port != other.port) return false;
            if (other.path.equals(path)) return true;
            String prefix = path.endsWith("/") ? path : path + "/";
            return other.path.startsWith(prefix);
        }

        @Override
        public String toString() { return scheme + "://" + host + ":" + port + path; }
    }
}
