package se.openup.endpoint.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import se.openup.endpoint.linkeddata.Display.Term;
import se.openup.loader.rdf.Vocab;

/**
 * The HTML documentation of our ontology (ontology/openup.ttl, as shipped on the classpath): each term of the
 * {@code openup:} namespace with its labels, comments and axioms, under an anchor named after it, so
 * {@code https://w3id.org/openup/def#Term} lands on {@code /def#Term}.
 */
final class OntologyDocs {
    private static final Node ONTOLOGY = NodeFactory.createURI(IriSpace.ONTOLOGY);
    private static final Map<String, Node> RELATIONS = new LinkedHashMap<>();

    static {
        RELATIONS.put("type", Vocab.TYPE);
        RELATIONS.put("subClassOf", RDFS.subClassOf.asNode());
        RELATIONS.put("subPropertyOf", RDFS.subPropertyOf.asNode());
        RELATIONS.put("domain", RDFS.domain.asNode());
        RELATIONS.put("range", RDFS.range.asNode());
        RELATIONS.put("inScheme", Vocab.IN_SCHEME);
        RELATIONS.put("broader", Vocab.BROADER);
    }

    private OntologyDocs() { }

    /** One term: its anchor (the local name), labels and comments per language, and its axioms as links. */
    record TermDoc(String anchor, String iri, Map<String, String> labels, Map<String, String> comments,
                   Map<String, List<Term>> relations) { }

    static Map<String, Object> model(Graph ontology, IriSpace space, PrefixMapping prefixes) {
        // the file's own prefixes too (owl:, qb: …); no labels: axioms read best as prefixed names
        PrefixMapping all = PrefixMapping.Factory.create().setNsPrefixes(ontology.getPrefixMapping()).setNsPrefixes(prefixes);
        Display display = new Display(space, all);
        Map<String, List<TermDoc>> sections = new LinkedHashMap<>();
        sections.put("Classes", new ArrayList<>());
        sections.put("Object properties", new ArrayList<>());
        sections.put("Datatype properties", new ArrayList<>());
        sections.put("Concepts, individuals and structures", new ArrayList<>());
        ontology.find(Node.ANY, Vocab.TYPE, Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(Vocab.OPENUP)).toSet().stream()
                .sorted(Comparator.comparing(Node::getURI))
                .forEach(term -> sections.get(section(ontology, term)).add(doc(ontology, term, display)));
        sections.values().removeIf(List::isEmpty);
        return Map.of(
                "iri", IriSpace.ONTOLOGY,
                "title", text(ontology, ONTOLOGY, Vocab.TITLE, "en"),
                "titleSv", text(ontology, ONTOLOGY, Vocab.TITLE, "sv"),
                "comment", text(ontology, ONTOLOGY, RDFS.comment.asNode(), "en"),
                "commentSv", text(ontology, ONTOLOGY, RDFS.comment.asNode(), "sv"),
                "version", text(ontology, ONTOLOGY, OWL.versionInfo.asNode(), ""),
                "sections", sections,
                "formats", List.of(RdfFormat.values()));
    }

    private static String section(Graph g, Node term) {
        if (g.contains(term, Vocab.TYPE, OWL.Class.asNode())) return "Classes";
        if (g.contains(term, Vocab.TYPE, OWL.ObjectProperty.asNode())) return "Object properties";
        if (g.contains(term, Vocab.TYPE, OWL.DatatypeProperty.asNode())) return "Datatype properties";
        return "Concepts, individuals and structures";
    }

    private static TermDoc doc(Graph g, Node term, Display display) {
        Map<String, List<Term>> relations = new LinkedHashMap<>();
        RELATIONS.forEach((name, property) -> {
            List<Term> values = g.find(term, property, Node.ANY).mapWith(t -> display.term(t.getObject()))
                    .toList().stream().sorted(Comparator.comparing(Term::text)).toList();
            if (!values.isEmpty()) relations.put(name, values);
        });
        String iri = term.getURI();
        return new TermDoc(iri.substring(Vocab.OPENUP.length()), iri,
                byLanguage(g, term, RDFS.label.asNode()), byLanguage(g, term, RDFS.comment.asNode()), relations);
    }

    private static Map<String, String> byLanguage(Graph g, Node term, Node property) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String lang : List.of("en", "sv")) {
            String text = text(g, term, property, lang);
            if (!text.isEmpty()) texts.put(lang, text);
        }
        return texts;
    }

    private static String text(Graph g, Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equals(lang))
                .mapWith(Node::getLiteralLexicalForm).nextOptional().orElse("");
    }
}
