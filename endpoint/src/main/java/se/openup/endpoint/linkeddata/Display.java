package se.openup.endpoint.linkeddata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import se.openup.loader.rdf.Vocab;

/**
 * How pages show RDF terms to people: an IRI as its label (linked, locally when we serve it), a number the Swedish
 * way (450 187 283,39 kr). Only pages format; the RDF formats keep the canonical literals.
 */
final class Display {
    /** Label properties in order of preference; the description fetches them for every linked resource. */
    static final List<Node> LABELS = List.of(Vocab.PREF_LABEL, Vocab.NAME, Vocab.LABEL, Vocab.TITLE, Vocab.NOTATION);
    private static final Set<Node> MONEY = Set.of(Vocab.NET_AMOUNT, Vocab.VALUE_AMOUNT);
    private static final Set<String> NUMBERS = Set.of(XSDDatatype.XSDdecimal.getURI(), XSDDatatype.XSDinteger.getURI(),
            XSDDatatype.XSDnonNegativeInteger.getURI(), XSDDatatype.XSDlong.getURI(), XSDDatatype.XSDint.getURI(),
            XSDDatatype.XSDdouble.getURI());
    private static final DecimalFormatSymbols SWEDISH = new DecimalFormatSymbols();

    static {
        SWEDISH.setGroupingSeparator('\u00a0'); // a space that does not break a number over two lines
        SWEDISH.setDecimalSeparator(',');
        SWEDISH.setMinusSign('-');
    }

    private final IriSpace space;
    private final PrefixMapping prefixes;
    private final Map<Node, String> labels = new HashMap<>();
    private final Map<Node, Integer> ranks = new HashMap<>();

    Display(IriSpace space, PrefixMapping prefixes) {
        this.space = space;
        this.prefixes = prefixes;
    }

    /** Learns the labels a graph carries: per resource the most preferred property, Swedish or untagged first. */
    Display learnLabels(Graph graph) {
        for (int i = 0; i < LABELS.size(); i++) {
            int rank = 2 * i;
            graph.find(Node.ANY, LABELS.get(i), Node.ANY).forEachRemaining(t -> learn(t, rank));
        }
        return this;
    }

    private void learn(Triple t, int propertyRank) {
        Node o = t.getObject();
        if (!o.isLiteral()) return;
        int rank = propertyRank + (o.getLiteralLanguage().equals("en") ? 1 : 0);
        String text = o.getLiteralLexicalForm().strip();
        Integer current = ranks.get(t.getSubject());
        boolean better = current == null || rank < current
                || rank == current && text.compareTo(labels.get(t.getSubject())) < 0; // ties: the same pick every time
        if (better && !text.isEmpty()) {
            ranks.put(t.getSubject(), rank);
            labels.put(t.getSubject(), text);
        }
    }

    /** The label of a resource, or a short form of its IRI. */
    String label(Node node) {
        String label = labels.get(node);
        return label != null ? label : shortForm(node);
    }

    String shortForm(Node node) {
        if (!node.isURI()) return node.toString();
        String iri = node.getURI();
        if (iri.startsWith(space.base())) return iri.substring(space.base().length());
        String prefixed = prefixes.qnameFor(iri);
        return prefixed != null ? prefixed : iri;
    }

    /** Any term as a page shows it. */
    Term term(Node node, Node property) {
        if (node.isURI()) return new Term(label(node), space.href(node.getURI()), node.getURI(), null);
        if (node.isLiteral()) return literal(node, property);
        return new Term(node.toString(), null, null, null);
    }

    Term term(Node node) { return term(node, null); }

    private Term literal(Node node, Node property) {
        String datatype = node.getLiteralDatatypeURI();
        if (NUMBERS.contains(datatype)) {
            try {
                BigDecimal value = new BigDecimal(node.getLiteralLexicalForm());
                String text = property != null && MONEY.contains(property) ? money(value) : number(value);
                return new Term(text, null, null, shortForm(NodeFactory.createURI(datatype)));
            } catch (NumberFormatException e) {
                // an ill-typed literal is shown as written
            }
        }
        String lang = node.getLiteralLanguage();
        String note = !lang.isEmpty() ? "@" + lang
                : datatype.equals(XSDDatatype.XSDstring.getURI()) ? null : shortForm(NodeFactory.createURI(datatype));
        return new Term(node.getLiteralLexicalForm(), null, null, note);
    }

    /** 450187283.39 → "450 187 283,39 kr" (with non-breaking spaces). */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", SWEDISH);
        return format.format(amount.setScale(2, RoundingMode.HALF_EVEN)) + "\u00a0kr";
    }

    /** 68021 → "68 021"; decimals keep their own digits (0.95 → "0,95"). */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", SWEDISH);
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        format.setMinimumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    static String number(long value) { return number(BigDecimal.valueOf(value)); }

    /**
     * A term on a page: {@code text} to show, {@code href} to link (null for literals), {@code iri} the canonical
     * IRI (null for literals), {@code note} a datatype or language tag.
     */
    record Term(String text, String href, String iri, String note) { }
}
