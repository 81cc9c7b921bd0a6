package se.openup.endpoint.queries;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The library described for machines: as JSON ({@code GET /api/queries}) and as RDF in the style of SIB's
 * sparql-examples — each query a {@code sh:SPARQLSelectExecutable} with labels, comments, keywords and its text —
 * kept in the store's graph {@code {base}graph/queries}, so the catalogue can itself be queried and federated.
 */
public final class Catalogue {
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String SCHEMA = "http://schema.org/";

    private Catalogue() { }

    public static ObjectNode json(QueryLibrary library) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ArrayNode list = root.putArray("queries");
        for (SavedQuery q : library.all()) {
            ObjectNode o = list.addObject();
            o.put("id", q.id());
            o.put("url", "/api/queries/" + q.id());
            o.put("csv", "/api/queries/" + q.id() + ".csv");
            o.put("category", q.category());
            o.set("title", Answer.JSON.valueToTree(q.title()));
            o.set("description", Answer.JSON.valueToTree(q.description()));
            o.set("keywords", Answer.JSON.valueToTree(q.keywords()));
            o.set("questions", Answer.JSON.valueToTree(q.questions()));
            ArrayNode params = o.putArray("params");
            for (Parameter p : q.params()) {
                ObjectNode po = params.addObject();
                po.put("name", p.name()).put("type", p.type().id()).put("required", p.required());
                if (p.defaultValue() != null) po.put("default", p.defaultValue());
                if (p.min() != null) po.put("min", p.min());
                if (p.max() != null) po.put("max", p.max());
                po.put("maxLength", p.lengthLimit());
                if (!p.values().isEmpty()) po.set("values", Answer.JSON.valueToTree(p.values()));
                if (p.enumeration() != null) po.put("valuesFrom", "/api/queries/" + p.enumeration());
                if (!p.label().isEmpty()) po.set("label", Answer.JSON.valueToTree(p.label()));
            }
            if (!q.caveat().isEmpty()) o.set("caveat", Answer.JSON.valueToTree(q.caveat()));
            if (!q.chart().isEmpty()) o.set("chart", Answer.JSON.valueToTree(q.chart()));
            o.put("sparql", q.sparql());
        }
        return root;
    }

    public static Node graphName(String base) { return NodeFactory.createURI(base + "graph/queries"); }

    public static Node queryIri(String base, String id) { return NodeFactory.createURI(base + "query/" + id); }

    public static Graph rdf(QueryLibrary library, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        Node selectExecutable = NodeFactory.createURI(SH + "SPARQLSelectExecutable");
        for (SavedQuery q : library.all()) {
            Node s = queryIri(base, q.id());
            g.add(s, RDF.type.asNode(), NodeFactory.createURI(SH + "SPARQLExecutable"));
            g.add(s, RDF.type.asNode(), selectExecutable);
            g.add(s, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(q.id()));
            texts(g, s, RDFS.label.asNode(), q.title());
            texts(g, s, RDFS.comment.asNode(), q.description());
            texts(g, s, SKOS.note.asNode(), q.caveat());
            g.add(s, NodeFactory.createURI(SCHEMA + "keywords"), NodeFactory.createLiteralString(q.category()));
            for (String k : q.keywords()) g.add(s, NodeFactory.createURI(SCHEMA + "keywords"), NodeFactory.createLiteralString(k));
            g.add(s, NodeFactory.createURI(SH + "select"), NodeFactory.createLiteralString(q.sparql()));
        }
        return g;
    }

    /**
     * Writes the catalogue graph into the store unless the store already holds exactly it (one write transaction;
     * the public SPARQL endpoint stays read-only). Called by {@code openup serve}, not by every server start.
     */
    public static boolean publish(DatasetGraph dataset, QueryLibrary library, String base) {
        Graph fresh = rdf(library, base);
        Node name = graphName(base);
        boolean current = Txn.calculateRead(dataset, () -> dataset.containsGraph(name)
                && dataset.getGraph(name).isIsomorphicWith(fresh));
        if (current) return false;
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            fresh.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return true;
    }

    private static void texts(Graph g, Node s, Node p, Map<String, String> texts) {
        texts.forEach((lang, text) -> g.add(s, p, NodeFactory.createLiteralLang(text, lang)));
    }
}
