package se.openup.loader.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** SHACL over the union of all graphs, with the shipped shapes unless others are given. */
public final class Validation {
    public static final String SHAPES = "openup/ontology/shapes.ttl";

    private Validation() {}

    public record Result(boolean conforms, long triples, List<String> violations) {}

    public static Result run(DatasetGraph dsg, Path shapesFile) {
        Shapes shapes = Shapes.parse(shapesFile == null ? shippedShapes() : RDFDataMgr.loadGraph(shapesFile.toString()));
        return Txn.calculateRead(dsg, () -> {
            Graph data = dsg.getUnionGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            List<String> violations = report.getEntries().stream()
                    .map(e -> e.severity().level().getLocalName() + " " + e.focusNode() + " "
                            + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message())
                    .toList();
            return new Result(report.conforms(), data.size(), violations);
        });
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
