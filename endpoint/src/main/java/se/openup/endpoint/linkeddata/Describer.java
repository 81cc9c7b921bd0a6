package se.openup.endpoint.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * The description every format of a resource starts from: the triples with the resource as subject, in all graphs
 * (the union default graph: a triple stated in several files appears once), plus the display labels of the
 * resources it links to. Incoming links are not in it — a buyer has tens of thousands of payments; pages show
 * those as aggregates instead.
 */
final class Describer {
    /** At most this many triples per description; no resource we mint comes near (docs/linked-data.md). */
    static final int MAX_TRIPLES = 10_000;

    // Own triples first: the UNION's left side is evaluated first, so the limit cuts labels before own triples.
    private static final Query DESCRIBE = StoreReader.query("""
            CONSTRUCT { ?this ?p ?o . ?o ?labelProperty ?label }
            WHERE {
              { ?this ?p ?o }
              UNION
              { ?this ?p ?o . ?o ?labelProperty ?label
                FILTER (?labelProperty IN (skos:prefLabel, schema:name, rdfs:label, dcterms:title, skos:notation)) }
            }
            LIMIT %d""".formatted(MAX_TRIPLES));

    private final StoreReader store;

    Describer(StoreReader store) { this.store = store; }

    /** The description of {@code resource}; empty when the store says nothing about it. */
    Graph describe(Node resource) { return store.construct(DESCRIBE, resource); }
}
