package se.openup.loader.store;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import se.openup.loader.rdf.Vocab;

/**
 * Our ontology (ontology/openup.ttl) kept in the store as its own named graph, refreshed with every load, so that
 * queries see its labels and shared account classes and validation sees what payments point to.
 */
public final class Ontology {
    public static final Node GRAPH = NodeFactory.createURI(Vocab.OPENUP.substring(0, Vocab.OPENUP.length() - 1));
    private static final String RESOURCE = "openup/ontology/openup.ttl";
    private static Graph cached;

    private Ontology() {}

    public static synchronized Graph graph() {
        if (cached == null) {
            Graph g = GraphFactory.createDefaultGraph();
            try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            cached = g;
        }
        return cached;
    }

    /** Whether the store already holds exactly the current ontology (inside a read transaction). */
    static boolean isStoredIn(org.apache.jena.sparql.core.DatasetGraph dsg) {
        if (!dsg.containsGraph(GRAPH)) return false;
        Graph stored = dsg.getGraph(GRAPH);
        return stored.size() == graph().size() && graph().find().filterDrop(stored::contains).toList().isEmpty();
    }
}
