package se.openup.endpoint.linkeddata;

import se.openup.loader.store.Ontology;

/**
 * Where each IRI we mint lives on this server: data IRIs {@code {base}{rest}} at {@code /id/{rest}}, the ontology
 * {@code https://w3id.org/openup/def} (terms {@code …/def#Term}) at {@code /def}. In production w3id.org redirects
 * {@code https://w3id.org/openup/id/*} here; an operator minting under their own host sets {@code --base}.
 */
public record IriSpace(String base) {
    public static final String DATA_PATH = "/id/";
    public static final String ONTOLOGY_PATH = "/def";
    public static final String ONTOLOGY = Ontology.GRAPH.getURI();

    public IriSpace {
        base = base.endsWith("/") ? base : base + "/";
    }

    /** The IRI a local path under /id/ stands for ({@code rest} is the part after /id/). */
    public String dataIri(String rest) { return base + rest; }

    /** The local path of an IRI this server answers for, or null for an IRI minted elsewhere. */
    public String localPath(String iri) {
        if (iri.startsWith(base) && iri.length() > base.length()) return DATA_PATH + iri.substring(base.length());
        if (iri.equals(ONTOLOGY)) return ONTOLOGY_PATH;
        if (iri.startsWith(ONTOLOGY + "#")) return ONTOLOGY_PATH + iri.substring(ONTOLOGY.length());
        return null;
    }

    /** Where a page links an IRI: locally when we serve it (browsing works on localhost), else out as it is. */
    public String href(String iri) {
        String local = localPath(iri);
        return local != null ? local : iri;
    }
}
