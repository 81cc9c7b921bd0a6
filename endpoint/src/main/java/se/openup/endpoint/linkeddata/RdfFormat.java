package se.openup.endpoint.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** What a resource can be asked for as, in the server's order of preference (HTML first, for browsers). */
public enum RdfFormat {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY, "turtle"),
    JSON_LD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY, "json-ld"),
    N_TRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8, "ntriples", "n-triples"),
    RDF_XML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN, "rdfxml", "xml");

    public final String mediaType;
    public final String extension;
    public final RDFFormat jena;
    private final List<String> aliases;

    RdfFormat(String mediaType, String extension, RDFFormat jena, String... aliases) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.jena = jena;
        this.aliases = List.of(aliases);
    }

    public String contentType() { return mediaType + "; charset=utf-8"; }

    /** A {@code ?format=} value or a path extension: the extension, an alias or the media type itself. */
    public static Optional<RdfFormat> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(n) || f.mediaType.equals(n) || f.aliases.contains(n))
                .findFirst();
    }

    /** The format a path's extension names ({@code org/123.ttl}), if it ends in one. */
    public static Optional<RdfFormat> ofExtension(String path) {
        return Arrays.stream(values()).filter(f -> path.endsWith("." + f.extension)).findFirst();
    }
}
