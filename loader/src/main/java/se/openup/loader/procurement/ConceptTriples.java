package se.openup.loader.procurement;

import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import se.openup.loader.procurement.ProcurementRow.Coded;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;

/**
 * The classifications a procurement file uses, as SKOS: CPV and SNI codes with the hierarchy the file's columns
 * give (skos:broader), and the publisher's small category lists (sector, size class, legal form …).
 */
final class ConceptTriples extends Emitter {
    private final Iris iris;

    ConceptTriples(Emitter emitter, Iris iris) {
        super(emitter);
        this.iris = iris;
    }

    /** The CPV codes of a row, division first; returns the most specific one (null for none). */
    Node cpv(List<Coded> levels) {
        return chain(iris.cpvScheme(), "CPV (Common Procurement Vocabulary)", "CPV (gemensam terminologi vid offentlig upphandling)",
                levels, iris::cpv, code -> code.endsWith("000000"));
    }

    /** The SNI 2007 codes of a row, section first; returns the most specific one (null for none). */
    Node sni(List<Coded> levels) {
        return chain(iris.sniScheme(), "SNI 2007 (Swedish Standard Industrial Classification)",
                "SNI 2007 (Svensk näringsgrensindelning)", levels, iris::sni, code -> Character.isLetter(code.charAt(0)));
    }

    /** A value of one of the publisher's category lists, e.g. scheme "company-size", label "Mikroföretag". */
    Node category(String scheme, String schemeLabel, String label) {
        Node s = iris.categoryScheme(scheme);
        if (first("s " + scheme)) describeScheme(s, null, schemeLabel);
        Node c = iris.category(scheme, label);
        if (first("c " + c.getURI())) {
            emit(c, Vocab.TYPE, Vocab.CONCEPT);
            emit(c, Vocab.IN_SCHEME, s);
            emit(c, Vocab.TOP_CONCEPT_OF, s);
        }
        label(c, label);
        return c;
    }

    private Node chain(Node scheme, String en, String sv, List<Coded> levels, Function<String, Node> mint,
                       java.util.function.Predicate<String> top) {
        if (levels.isEmpty()) return null;
        if (first("s " + scheme.getURI())) describeScheme(scheme, en, sv);
        Node parent = null;
        for (Coded level : levels) {
            Node c = mint.apply(level.code());
            if (first("c " + c.getURI())) {
                emit(c, Vocab.TYPE, Vocab.CONCEPT);
                emit(c, Vocab.IN_SCHEME, scheme);
                emit(c, Vocab.NOTATION, string(level.code()));
                if (top.test(level.code())) emit(c, Vocab.TOP_CONCEPT_OF, scheme);
            }
            // the first row that gives a parent decides it: a row may leave a level empty (SNI section missing)
            if (parent != null && first("b " + c.getURI())) emit(c, Vocab.BROADER, parent);
            if (level.label() != null) label(c, level.label());
            parent = c;
        }
        return parent;
    }

    /**
     * The first label a file gives a concept is its skos:prefLabel, any other spelling an skos:altLabel: the
     * workbooks name one SNI section two ways ("Vård och omsorg: sociala tjänster" for buyers, "Enheter för vård och
     * omsorg, socialtjänst" for suppliers), and SKOS allows one prefLabel per language.
     */
    private void label(Node concept, String label) {
        if (!first("l " + concept.getURI() + " " + label)) return;
        emit(concept, first("pl " + concept.getURI()) ? Vocab.PREF_LABEL : Vocab.ALT_LABEL, sv(label));
    }

    private void describeScheme(Node scheme, String en, String sv) {
        emit(scheme, Vocab.TYPE, Vocab.CONCEPT_SCHEME);
        emit(scheme, Vocab.PREF_LABEL, sv(sv));
        if (en != null) emit(scheme, Vocab.PREF_LABEL, NodeFactory.createLiteralLang(en, "en"));
    }
}
