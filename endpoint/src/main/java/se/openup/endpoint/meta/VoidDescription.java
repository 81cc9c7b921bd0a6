package se.openup.endpoint.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import se.openup.endpoint.meta.Holdings.SourceFile;
import se.openup.endpoint.meta.MetadataCache.Snapshot;

/** The VoID description of the whole graph (https://www.w3.org/TR/void/), from a cached {@link Snapshot}. */
final class VoidDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final Property TRIPLES = p("triples");

    private VoidDescription() { }

    /** The void:Dataset that stands for everything this server holds. */
    static String datasetIri(String base) { return base + "dataset/all"; }

    /**
     * @param serverUrl absolute URL of this server, without a trailing slash (void:sparqlEndpoint is absolute)
     * @param dataDumps absolute URLs of whole-store dumps (void:dataDump); empty until dumps are configured
     */
    static Model build(Snapshot snapshot, String serverUrl, String base, List<String> dataDumps) {
        StoreStatistics stats = snapshot.statistics();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("xsd", XSDDatatype.XSD + "#")
                .setNsPrefix("foaf", DcatCatalogue.FOAF);
        Resource all = m.createResource(datasetIri(base), m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, m.createLiteral("Open Up Graph", "en"))
                .addProperty(DCTerms.description, m.createLiteral(
                        "Svenska offentliga leverantörsreskontror och upphandlingsstatistik som länkade data.", "sv"))
                .addProperty(DCTerms.description, m.createLiteral(
                        "Swedish public purchase ledgers and procurement statistics as linked data.", "en"))
                .addProperty(m.createProperty(DcatCatalogue.FOAF + "homepage"), m.createResource(serverUrl + "/"))
                .addProperty(p("sparqlEndpoint"), m.createResource(serverUrl + "/sparql"))
                .addProperty(p("uriSpace"), base)
                .addProperty(TRIPLES, integer(stats.triples()))
                .addProperty(p("entities"), integer(stats.entities()))
                .addProperty(p("classes"), integer(stats.classEntities().size()))
                .addProperty(p("properties"), integer(stats.propertyTriples().size()))
                .addProperty(p("distinctSubjects"), integer(stats.distinctSubjects()))
                .addProperty(p("distinctObjects"), integer(stats.distinctObjects()));
        StoreStatistics.Examples ex = stats.examples();
        for (String example : new String[] {ex.payment(), ex.supplier(), ex.buyer()})
            if (example != null) all.addProperty(p("exampleResource"), m.createResource(example));
        TreeSet<String> vocabularies = new TreeSet<>();
        stats.classEntities().forEach((cls, n) -> {
            vocabularies.add(StoreStatistics.namespace(cls));
            all.addProperty(p("classPartition"), m.createResource()
                    .addProperty(p("class"), m.createResource(cls)).addProperty(p("entities"), integer(n)));
        });
        stats.propertyTriples().forEach((property, n) -> {
            vocabularies.add(StoreStatistics.namespace(property));
            all.addProperty(p("propertyPartition"), m.createResource()
                    .addProperty(p("property"), m.createResource(property)).addProperty(TRIPLES, integer(n)));
        });
        vocabularies.forEach(v -> all.addProperty(p("vocabulary"), m.createResource(v)));
        Map<String, SourceFile> fileOfGraph = new HashMap<>();
        snapshot.holdings().files().forEach(f -> fileOfGraph.put(f.graph(), f));
        stats.graphTriples().forEach((graph, n) -> {
            Resource subset = m.createResource(graph, m.createResource(VOID + "Dataset")).addProperty(TRIPLES, integer(n));
            SourceFile file = fileOfGraph.get(graph);
            if (file != null) subset.addProperty(DCTerms.title, file.title())
                    .addProperty(DCTerms.source, m.createResource(file.source()));
            all.addProperty(p("subset"), subset);
        });
        addLinksets(m, all, stats.links());
        dataDumps.forEach(url -> all.addProperty(p("dataDump"), m.createResource(url)));
        return m;
    }

    /** One void:Linkset per link predicate and target; targets outside are named by their IRI namespace. */
    private static void addLinksets(Model m, Resource all, List<StoreStatistics.LinkCount> links) {
        Map<String, Resource> targets = new HashMap<>();
        for (StoreStatistics.LinkCount link : links) {
            Resource target = link.target() == null ? all : targets.computeIfAbsent(link.target(), ns -> m.createResource()
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset")).addProperty(p("uriSpace"), ns));
            all.addProperty(p("subset"), m.createResource(m.createResource(VOID + "Linkset"))
                    .addProperty(p("linkPredicate"), m.createResource(link.predicate()))
                    .addProperty(p("subjectsTarget"), all)
                    .addProperty(p("objectsTarget"), target)
                    .addProperty(TRIPLES, integer(link.triples())));
        }
    }

    /** VoID counts are xsd:integer (Jena's addLiteral(long) would write xsd:long). */
    private static Literal integer(long n) { return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger); }

    private static Property p(String local) { return ResourceFactory.createProperty(VOID + local); }
}
