package se.openup.loader.export;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
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
    record Party(Node iri, String id, String scheme, String identifier, String name) {
        boolean redacted() { return scheme == null && id.startsWith("redacted-"); }
    }

    Party of(Node org) {
        String path = org.isURI() && org.getURI().startsWith(base) ? org.getURI().substring(base.length()) : null;
        String name = name(org);
        if (path != null && path.matches("org/[0-9]{10}"))
            return new Party(org, "SE-ON-" + path.substring(4), "SE-ON", path.substring(4), name);
        if (path != null && path.startsWith("org/vat/"))
            return new Party(org, "VAT-" + path.substring(8), null, null, name);
        if (path != null && path.startsWith("redacted/"))
            return new Party(org, "redacted-" + path.substring(9), null, null, REDACTED_NAME);
        // name-only organisations (supplier/{publisher}/{nameKey}) and anything else: our own path as the id
        String local = path != null ? path.replace('/', '-') : org.toString();
        return new Party(org, local, null, null, name);
    }

    /**
     * One name: the lowest of the organisation's {@code schema:name}s, as an organisation named differently by
     * several files has several in the union — the lowest is a stable choice.
     */
    private String name(Node org) {
        Iterator<Triple> it = union.find(org, Vocab.NAME, Node.ANY);
        try {
            String best = null;
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && (best == null || o.getLiteralLexicalForm().compareTo(best) < 0))
                    best = o.getLiteralLexicalForm();
            }
            return best;
        } finally {
            Iter.close(it);
        }
    }
}
