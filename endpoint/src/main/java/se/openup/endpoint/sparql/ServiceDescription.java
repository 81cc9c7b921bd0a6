package se.openup.endpoint.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What a client gets from GET on the endpoint without a query (SPARQL 1.1 Service Description): the endpoint, the
 * language, the result formats it can negotiate, that the default graph is the union of the named graphs, and —
 * where no standard term exists — its limits as a comment.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"};

    private ServiceDescription() { }

    static Graph of(String endpointUrl, long cap, long timeoutMillis, ServiceAllowlist allowlist) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS)
                .setNsPrefix("rdfs", RDFS.getURI());
        Node service = NodeFactory.createBlankNode();
        graph.add(service, RDF.type.asNode(), sd("Service"));
        graph.add(service, sd("endpoint"), NodeFactory.createURI(endpointUrl));
        graph.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        graph.add(service, sd("feature"), sd("UnionDefaultGraph"));
        if (!allowlist.isEmpty()) graph.add(service, sd("feature"), sd("BasicFederatedQuery"));
        for (String format : RESULT_FORMATS) graph.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        graph.add(service, RDFS.comment.asNode(), NodeFactory.createLiteralString(
                "Read-only. Queries stop after " + timeoutMillis / 1000.0 + " s; answers hold at most " + cap
                        + " rows or triples (header " + ReadOnlyQueryService.CAP_HEADER + " when the cap applied); "
                        + (allowlist.isEmpty() ? "SERVICE is disabled." : "SERVICE may call: " + allowlist + ".")));
        return graph;
    }

    private static Node sd(String local) { return NodeFactory.createURI(SD + local); }
}
