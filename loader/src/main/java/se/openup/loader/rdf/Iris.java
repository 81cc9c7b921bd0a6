package se.openup.loader.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import se.openup.loader.normalise.Names;

/**
 * Mints every IRI the loader writes, from a configurable base. Deterministic: the same input always gives the
 * same IRI (patterns in docs/ontology.md), so reloading a file reproduces its graph exactly.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/openup/id/";
    private final String base;

    public Iris(String base) { this.base = base.endsWith("/") ? base : base + "/"; }

    public static Iris defaults() { return new Iris(DEFAULT_BASE); }

    public String base() { return base; }

    /** The part of a file's IRIs that names it: {mappingId}/{fileKey}. */
    public static String sourceKey(String mappingId, String fileName) { return mappingId + "/" + Names.key(fileName); }

    public Node org(String orgnr) { return iri("org/" + orgnr); }

    public Node vatOrg(String vatId) { return iri("org/vat/" + vatId); }

    public Node identifier(String scheme, String id) { return iri("identifier/" + scheme + "/" + id); }

    public Node nameOnlySupplier(String buyerOrgnr, String nameKey) { return iri("supplier/" + buyerOrgnr + "/" + nameKey); }

    public Node redacted(String buyerOrgnr) { return iri("redacted/" + buyerOrgnr); }

    public Node source(String sourceKey) { return iri("source/" + sourceKey); }

    public Node graph(String sourceKey) { return iri("graph/" + sourceKey); }

    public Node load(String sourceKey) { return iri("load/" + sourceKey); }

    public Node rejectedRow(String sourceKey, long line) { return iri("load/" + sourceKey + "/rejected/" + line); }

    public Node payment(String sourceKey, long line) { return iri("payment/" + sourceKey + "/" + line); }

    public Node dataset(String buyerOrgnr, int year) { return iri("dataset/" + buyerOrgnr + "/" + year); }

    public Node accountScheme(String buyerOrgnr) { return iri("account/" + buyerOrgnr); }

    public Node account(String buyerOrgnr, String code) { return iri("account/" + buyerOrgnr + "/" + Names.key(code)); }

    public Node sharedAccountScheme() { return iri("account/kommunbas"); }

    public Node sharedAccountClass(String prefix) { return iri("account/kommunbas/" + prefix); }

    public Node unit(String buyerOrgnr, String unitName) { return iri("unit/" + buyerOrgnr + "/" + Names.key(unitName)); }

    private Node iri(String path) { return NodeFactory.createURI(base + path); }
}
