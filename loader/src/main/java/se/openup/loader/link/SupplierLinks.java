package se.openup.loader.link;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import se.openup.loader.link.SupplierLinker.Named;
import se.openup.loader.link.SupplierLinker.Outcome;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;
import se.openup.loader.store.Checksums;

/**
 * The store side of supplier linking: reads the name-only and the orgnr organisations with their names from every
 * graph, links them ({@link SupplierLinker}) and replaces the graph {@code id:graph/links/supplier-names} — all in
 * one write transaction, so readers see the old links or the new ones, never a mix. Links are skos:closeMatch,
 * never owl:sameAs: the two resources stay separate and the link says how it was made.
 */
public final class SupplierLinks {
    private static final Node NAME_LINK = Vocab.openup("NameLink");
    private static final Node LINK_FROM = Vocab.openup("linkFrom");
    private static final Node LINK_TO = Vocab.openup("linkTo");
    private static final Node LINK_CANDIDATE = Vocab.openup("linkCandidate");
    private static final Node LINK_METHOD = Vocab.openup("linkMethod");
    private static final Node LINK_CONFIDENCE = Vocab.openup("linkConfidence");
    private static final Node LINK_STATUS = Vocab.openup("linkStatus");
    private static final Node MATCH_KEY = Vocab.openup("matchKey");
    private static final Node CLOSE_MATCH = Vocab.uri(Vocab.SKOS + "closeMatch");
    private static final Node GENERATED_AT = Vocab.uri(Vocab.PROV + "generatedAtTime");

    public record Counts(int linked, int ambiguous, int unmatched, int registered, String graph) {
        public int nameOnly() { return linked + ambiguous + unmatched; }
    }

    private SupplierLinks() {}

    public static Node graph(Iris iris) { return NodeFactory.createURI(iris.base() + "graph/links/supplier-names"); }

    public static Counts run(DatasetGraph dsg, Iris iris) {
        Node graph = graph(iris);
        return Txn.calculateWrite(dsg, () -> {
            List<Named> registered = named(dsg, Vocab.REGISTERED_ORGANIZATION, graph);
            List<Outcome> outcomes = SupplierLinker.link(named(dsg, Vocab.UNIDENTIFIED_ORGANISATION, graph), registered);
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            int[] n = new int[3];
            for (Outcome o : outcomes) {
                write(dsg, graph, iris, o);
                n[o.status().ordinal()]++;
            }
            dsg.add(graph, graph, GENERATED_AT, NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
            return new Counts(n[0], n[1], n[2], (int) registered.stream().map(Named::iri).distinct().count(), graph.getURI());
        });
    }

    /** Every (organisation, name) of the given type, in any graph but the links graph. */
    static List<Named> named(DatasetGraph dsg, Node type, Node linksGraph) {
        Set<Node> subjects = new LinkedHashSet<>();
        Iter.iter(dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, type)).filter(q -> !q.getGraph().equals(linksGraph) && q.getSubject().isURI())
                .forEach(q -> subjects.add(q.getSubject()));
        List<Named> out = new ArrayList<>();
        for (Node s : subjects) {
            Set<String> names = new LinkedHashSet<>();
            Iter.iter(dsg.find(Node.ANY, s, Vocab.NAME, Node.ANY)).filter(q -> q.getObject().isLiteral())
                    .forEach(q -> names.add(q.getObject().getLiteralLexicalForm()));
            names.forEach(name -> out.add(new Named(s.getURI(), name)));
        }
        return out;
    }

    private static void write(DatasetGraph dsg, Node g, Iris iris, Outcome o) {
        Node link = NodeFactory.createURI(iris.base() + "link/supplier-names/" + suffix(iris, o.subject()));
        Node from = NodeFactory.createURI(o.subject());
        add(dsg, g, link, Vocab.TYPE, NAME_LINK);
        add(dsg, g, link, LINK_FROM, from);
        add(dsg, g, link, LINK_METHOD, NodeFactory.createLiteralString(SupplierLinker.METHOD));
        if (o.key() != null) add(dsg, g, link, MATCH_KEY, NodeFactory.createLiteralString(o.key()));
        switch (o.status()) {
            case LINKED -> {
                Node to = NodeFactory.createURI(o.target());
                add(dsg, g, link, LINK_STATUS, Vocab.openup("Linked"));
                add(dsg, g, link, LINK_TO, to);
                add(dsg, g, link, LINK_CONFIDENCE,
                        NodeFactory.createLiteralDT(SupplierLinker.CONFIDENCE.toPlainString(), XSDDatatype.XSDdecimal));
                add(dsg, g, from, CLOSE_MATCH, to); // the shortcut for queries; the link node says how it was made
            }
            case AMBIGUOUS -> {
                add(dsg, g, link, LINK_STATUS, Vocab.openup("Ambiguous"));
                for (String c : o.candidates()) add(dsg, g, link, LINK_CANDIDATE, NodeFactory.createURI(c));
            }
            case UNMATCHED -> add(dsg, g, link, LINK_STATUS, Vocab.openup("Unmatched"));
        }
    }

    /** The subject's path under our base keeps link IRIs readable; anything else gets a stable hash. */
    static String suffix(Iris iris, String subject) {
        if (subject.startsWith(iris.base())) return subject.substring(iris.base().length());
        return "x/" + Checksums.sha256(subject.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) { dsg.add(Quad.create(g, s, p, o)); }
}
