package se.openup.endpoint.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.shared.PrefixMapping;
import se.openup.endpoint.linkeddata.Display.Term;
import se.openup.endpoint.linkeddata.StoreReader.Row;
import se.openup.loader.rdf.Vocab;

/**
 * The model of a resource's HTML page: its property table (every IRI a link, every value escaped by the template),
 * and the sections its roles call for — supplier, buyer (an organisation can be both), source row — plus a
 * bounded list of what links to it.
 */
final class ResourcePages {
    static final int MAX_INCOMING = 25;

    private static final Query INCOMING_COUNTS = StoreReader.query("""
            SELECT ?property (COUNT(?s) AS ?n) { ?s ?property ?this } GROUP BY ?property ORDER BY DESC(?n) ?property""");
    private static final Query INCOMING = StoreReader.query(
            "SELECT ?s ?property { ?s ?property ?this } LIMIT " + MAX_INCOMING);
    private static final Query SOURCE_GRAPH = StoreReader.query("""
            SELECT DISTINCT ?graph ?load { GRAPH ?graph { ?this openup:sourceLine ?line }
                                           OPTIONAL { ?graph prov:wasGeneratedBy ?load } } ORDER BY ?graph""");

    private final StoreReader store;
    private final IriSpace space;
    private final PrefixMapping prefixes;

    ResourcePages(StoreReader store, IriSpace space, PrefixMapping prefixes) {
        this.store = store;
        this.space = space;
        this.prefixes = prefixes;
    }

    Map<String, Object> model(Node resource, Graph description, String localPath) {
        Display display = new Display(space, prefixes).learnLabels(description);
        List<Node> types = description.find(resource, Vocab.TYPE, Node.ANY).mapWith(Triple::getObject).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("iri", resource.getURI());
        model.put("label", display.label(resource));
        model.put("path", localPath);
        model.put("formats", List.of(RdfFormat.values()));
        model.put("types", types.stream().map(display::term).toList());
        model.put("properties", properties(resource, description, display));

        boolean redacted = types.contains(Vocab.REDACTION);
        model.put("redacted", redacted);
        if (types.contains(Vocab.ORGANIZATION) || types.contains(Vocab.OCDS_ORGANISATION) || redacted) {
            try {
                if (SupplierSection.applies(store, resource)) {
                    model.put("supplier", SupplierSection.of(store, resource, redacted, display));
                }
                if (BuyerSection.applies(store, resource)) model.put("buyer", BuyerSection.of(store, resource, display));
            } catch (QueryCancelledException e) {
                model.put("totalsTimedOut", true); // the page still shows the resource itself
            }
        }
        sourceRow(resource, description, display, model);
        incoming(resource, display, model);
        return model;
    }

    /** A property and its values: rdf:type first, then by prefixed name; values by their text. */
    record PropertyRow(Term property, List<Term> values) { }

    private List<PropertyRow> properties(Node resource, Graph description, Display display) {
        Map<String, List<Term>> byProperty = new TreeMap<>(Comparator
                .comparing((String p) -> !p.equals(Vocab.TYPE.getURI())).thenComparing(p -> display.shortForm(node(p))));
        description.find(resource, Node.ANY, Node.ANY).forEachRemaining(t -> byProperty
                .computeIfAbsent(t.getPredicate().getURI(), p -> new ArrayList<>()).add(display.term(t.getObject(), t.getPredicate())));
        List<PropertyRow> rows = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            values.sort(Comparator.comparing(Term::text));
            rows.add(new PropertyRow(propertyTerm(node(p), display), values));
        });
        return rows;
    }

    private Term propertyTerm(Node property, Display display) {
        return new Term(display.shortForm(property), space.href(property.getURI()), property.getURI(), null);
    }

    /** A row read from a file (a payment, an award…): which file, which line, which graph and load. */
    private void sourceRow(Node resource, Graph description, Display display, Map<String, Object> model) {
        List<Node> lines = description.find(resource, Vocab.SOURCE_LINE, Node.ANY).mapWith(Triple::getObject).toList();
        List<Node> sources = description.find(resource, Vocab.WAS_DERIVED_FROM, Node.ANY).mapWith(Triple::getObject).toList();
        if (lines.isEmpty() || sources.isEmpty()) return;
        List<Row> graphs = store.select(SOURCE_GRAPH, resource);
        display.learnLabels(store.labelsOf(Totals.nodes(graphs, "graph", "load")));
        model.put("source", Map.of(
                "files", sources.stream().map(display::term).toList(),
                "lines", lines.stream().map(display::term).toList(),
                "graphs", graphs.stream().map(r -> display.term(r.node("graph"))).toList(),
                "loads", graphs.stream().filter(r -> r.node("load") != null).map(r -> display.term(r.node("load"))).toList()));
    }

    /** How many triples point here, per property, and the first few of them. */
    private void incoming(Node resource, Display display, Map<String, Object> model) {
        List<Row> counts = store.select(INCOMING_COUNTS, resource);
        List<Row> sample = store.select(INCOMING, resource);
        display.learnLabels(store.labelsOf(Totals.nodes(sample, "s")));
        model.put("incomingCounts", counts.stream().map(r -> Map.of(
                "property", propertyTerm(r.node("property"), display), "count", Display.number(r.count("n")))).toList());
        model.put("incoming", sample.stream().map(r -> Map.of(
                "subject", display.term(r.node("s")), "property", propertyTerm(r.node("property"), display))).toList());
        model.put("incomingShown", sample.size());
    }

    private static Node node(String iri) { return org.apache.jena.graph.NodeFactory.createURI(iri); }
}
