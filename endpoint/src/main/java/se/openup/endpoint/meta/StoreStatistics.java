package se.openup.endpoint.meta;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The VoID figures of the whole store. One pass over the union graph (distinct triples) and one over the quads
 * (triples per file graph) instead of a SPARQL aggregate per figure: on the real store (1.7 M triples) the
 * aggregates took 3–28 s each, the two passes take a few seconds together. Call inside a read transaction.
 *
 * @param classEntities   class IRI → instances (rdf:type triples of the union are distinct, so one per instance)
 * @param propertyTriples property IRI → triples
 * @param graphTriples    named graph IRI → triples (quads) in it
 * @param links           triples from our entities to IRIs of other datasets, and our own mapping links
 */
public record StoreStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
                              Map<String, Long> classEntities, Map<String, Long> propertyTriples,
                              Map<String, Long> graphTriples, List<LinkCount> links, Examples examples) {

    /** Links with one predicate into one other dataset, named by its IRI namespace ({@code target} null = ours). */
    public record LinkCount(String predicate, String target, long triples) { }

    /** A real payment, one of its suppliers and its buyer (void:exampleResource); null where the store has none. */
    public record Examples(String payment, String supplier, String buyer) { }

    /** Predicates that state that two resources are (nearly) the same: links even inside our own IRI space. */
    private static final Set<Node> MAPPING_PREDICATES = Set.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(),
            SKOS.closeMatch.asNode(), RDFS.seeAlso.asNode());
    private static final String ONTOLOGY = "https://w3id.org/openup/def";

    static StoreStatistics compute(DatasetGraph dsg, String base) {
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Map<Node, Long> classes = new HashMap<>();
        Map<Node, Long> properties = new HashMap<>();
        Map<LinkKey, Long> links = new HashMap<>();
        long triples = 0;
        ExtendedIterator<Triple> it = dsg.getUnionGraph().find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                triples++;
                subjects.add(t.getSubject());
                objects.add(t.getObject());
                properties.merge(t.getPredicate(), 1L, Long::sum);
                if (t.getPredicate().equals(RDF.type.asNode())) classes.merge(t.getObject(), 1L, Long::sum);
                else {
                    LinkKey link = link(t, base);
                    if (link != null) links.merge(link, 1L, Long::sum);
                }
            }
        } finally {
            it.close();
        }
        long entities = subjects.stream().filter(s -> s.isURI() && s.getURI().startsWith(base)).count();
        List<LinkCount> linkCounts = links.entrySet().stream()
                .map(e -> new LinkCount(e.getKey().predicate().getURI(), e.getKey().target(), e.getValue()))
                .sorted((a, b) -> Long.compare(b.triples(), a.triples())).toList();
        return new StoreStatistics(triples, entities, subjects.size(), objects.size(), byIri(classes),
                byIri(properties), graphTriples(dsg), linkCounts, examples(dsg));
    }

    private record LinkKey(Node predicate, String target) { }

    /** A link leaves one of our entities for an IRI outside our data and our ontology (null target: a mapping link inside). */
    private static LinkKey link(Triple t, String base) {
        Node s = t.getSubject();
        Node o = t.getObject();
        if (!s.isURI() || !s.getURI().startsWith(base) || !o.isURI()) return null;
        String iri = o.getURI();
        if (iri.startsWith(base)) return MAPPING_PREDICATES.contains(t.getPredicate()) ? new LinkKey(t.getPredicate(), null) : null;
        if (iri.startsWith(ONTOLOGY)) return null;
        return new LinkKey(t.getPredicate(), namespace(iri));
    }

    /** The IRI up to its last '/' or '#': the dataset (or vocabulary) an outside IRI belongs to. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private static Map<String, Long> graphTriples(DatasetGraph dsg) {
        Map<Node, Long> perGraph = new HashMap<>();
        dsg.find().forEachRemaining(q -> {
            if (!Quad.isDefaultGraph(q.getGraph())) perGraph.merge(q.getGraph(), 1L, Long::sum);
        });
        return byIri(perGraph);
    }

    private static Map<String, Long> byIri(Map<Node, Long> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((n, c) -> { if (n.isURI()) sorted.put(n.getURI(), c); });
        return sorted;
    }

    private static Examples examples(DatasetGraph dsg) {
        List<QuerySolution> rows = StoreQueries.select(dsg, """
                SELECT ?payment ?supplier ?buyer {
                  ?payment a payment:Payment ; payment:payer ?buyer ; payment:payee ?supplier .
                  ?supplier a <http://www.w3.org/ns/org#Organization> } LIMIT 1""");
        if (rows.isEmpty()) return new Examples(null, null, null);
        QuerySolution s = rows.get(0);
        return new Examples(StoreQueries.string(s, "payment"), StoreQueries.string(s, "supplier"),
                StoreQueries.string(s, "buyer"));
    }
}
