package se.openup.loader.export;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;

/**
 * How our organisations appear in OCDS: a party id from the organisation's IRI ({@code SE-ON-5560000000} for a
 * Swedish orgnr, as org-id.guide names the scheme) and a display name. Reads the union graph; call inside a
 * read transaction.
 */
final class Parties {
    /** The label OCDS consumers see for a withheld payee: no name, no number (docs/ocds.md). */
    static final String REDACTED_NAME = "Redacted payee (personal data)";
    private final String base;
    private final Graph union;

    Parties(Iris iris, Graph union) {
        this.base = iris.base();
        this.union = union;
    }

    /** What kind of party an IRI names, and its id part. */
    record Party(String id, String scheme, String identifier, String name) {}

    Party of(Node org) {
        String path = org.isURI() && org.getURI().startsWith(base) ? org.getURI().substring(base.length()) : null;
        // the lowest of its schema:names: an organisation named differently by several files has several
        String name = StoreQuery.lowest(union, org, Vocab.NAME);
        if (path != null && path.matches("org/[0-9]{10}"))
            return new Party("SE-ON-" + path.substring(4), "SE-ON", path.substring(4), name);
        if (path != null && path.startsWith("org/vat/"))
            return new Party("VAT-" + path.substring(8), null, null, name);
        if (path != null && path.startsWith("redacted/"))
            return new Party("redacted-" + path.substring(9), null, null, REDACTED_NAME);
        // name-only organisations (supplier/{publisher}/{nameKey}) and anything else: our own path as the id
        String local = path != null ? path.replace('/', '-') : org.toString();
        return new Party(local, null, null, name);
    }
}
