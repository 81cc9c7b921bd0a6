package se.openup.loader.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * SHACL, graph by graph: each source file's graph (with the ontology it points into) is copied to memory and
 * validated there — fast, and memory stays bounded by the largest file rather than the whole store.
 */
public final class Validation {
    public static final String SHAPES = "openup/ontology/shapes.ttl";

    private Validation() {}

    public record Result(boolean conforms, long triples, List<String> violations) {}

    public static Result run(DatasetGraph dsg, Path shapesFile) {
        Shapes shapes = Shapes.parse(shapesFile == null ? shippedShapes() : RDFDataMgr.loadGraph(shapesFile.toString()));
        List<Node> graphs = Txn.calculateRead(dsg, () -> Iter.toList(dsg.listGraphNodes()));
        List<String> violations = new ArrayList<>();
        long triples = 0;
        for (Node g : graphs) {
            if (g.equals(Ontology.GRAPH)) continue;
            Graph data = GraphFactory.createDefaultGraph();
            Txn.executeRead(dsg, () -> dsg.getGraph(g).find().forEachRemaining(data::add));
            triples += data.size();
            Ontology.graph().find().forEachRemaining(data::add);
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            report.getEntries().forEach(e -> violations.add("<" + g.getURI() + "> " + e.severity().level().getLocalName()
                    + " " + e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message()));
        }
        return new Result(violations.isEmpty(), triples, violations);
    }

    public static Graph shippedShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Validation.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) throw new IllegalStateException(SHAPES + " is missing from the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return g;
    }
}
