package se.openup.endpoint.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import se.openup.loader.export.Dumps;

/**
 * The DCAT-AP-SE catalogue (what dataportal.se harvests): the loader's publisher-year datasets and per-file
 * distributions, copied from the store, completed with what DCAT-AP-SE asks for and the store can source —
 * descriptions generated from the load figures, themes, temporal coverage, access URL, format, licence, the
 * publisher as a named foaf:Agent. Shapes: ontology/dcat-ap-se-shapes.ttl; what is left out and why: docs/metadata.md.
 */
final class DcatCatalogue {
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final String EU = "http://publications.europa.eu/resource/authority/";

    private DcatCatalogue() { }

    static String catalogIri(String base) { return base + "catalog"; }

    /** Builds the catalogue; call inside a read transaction. */
    static Model build(DatasetGraph dsg, String serverUrl, String base, SourceAccess access, List<Dumps.Dump> dumps) {
        Model m = copyFromStore(dsg);
        m.clearNsPrefixMap().setNsPrefix("dcat", DCAT).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("foaf", FOAF)
                .setNsPrefix("spdx", "http://spdx.org/rdf/terms#").setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource service = m.createResource(base + "service/sparql", dcat("DataService"))
                .addProperty(DCTerms.title, m.createLiteral("SPARQL-ändpunkt för Open Up Graph", "sv"))
                .addProperty(DCTerms.title, m.createLiteral("Open Up Graph SPARQL endpoint", "en"))
                .addProperty(p(DCAT + "endpointURL"), m.createResource(serverUrl + "/sparql"))
                .addProperty(p(DCAT + "endpointDescription"), m.createResource(serverUrl + "/.well-known/void"));
        Resource publisher = m.createResource(base + "agent/openup-graph", foaf("Agent"))
                .addProperty(p(FOAF + "name"), "Open Up Graph");
        Resource catalog = m.createResource(catalogIri(base), dcat("Catalog"))
                .addProperty(DCTerms.title, m.createLiteral("Open Up Graph: offentliga inköp som länkade data", "sv"))
                .addProperty(DCTerms.title, m.createLiteral("Open Up Graph: public purchases as linked data", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Leverantörsreskontror från svenska kommuner och "
                        + "regioner och nationell upphandlingsstatistik, inlästa fil för fil; en datamängd per "
                        + "utgivare och år, en distribution per källfil.", "sv"))
                .addProperty(DCTerms.description, m.createLiteral("Purchase ledgers of Swedish municipalities and "
                        + "regions and national procurement statistics, loaded file by file; one dataset per "
                        + "publisher and year, one distribution per source file.", "en"))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.license, m.createResource(CC0)) // DCAT-AP-SE: catalogue metadata is CC0
                .addProperty(DCTerms.language, m.createResource(EU + "language/SWE"))
                .addProperty(DCTerms.language, m.createResource(EU + "language/ENG"))
                .addProperty(p(FOAF + "homepage"), m.createResource(serverUrl + "/"))
                .addProperty(p(DCAT + "themeTaxonomy"), m.createResource(EU + "data-theme"))
                .addProperty(p(DCAT + "service"), service);
        service.addProperty(DCTerms.publisher, publisher);

        Map<String, List<QuerySolution>> filesOfDataset = new LinkedHashMap<>();
        StoreQueries.select(dsg, """
                SELECT ?dataset ?source ?title ?mapping ?kind ?period ?rows ?ended ?mediaType {
                  ?dataset a dcat:Dataset ; dcat:distribution ?source .
                  ?source dcterms:title ?title ; openup:mapping ?mapping .
                  OPTIONAL { ?source openup:rowKind ?kind }
                  OPTIONAL { ?source openup:period ?period }
                  OPTIONAL { ?source dcat:mediaType ?mediaType }
                  OPTIONAL { ?load prov:used ?source ; openup:rowsLoaded ?rows ; prov:endedAtTime ?ended }
                } ORDER BY ?dataset ?period ?title""")
                .forEach(f -> filesOfDataset.computeIfAbsent(StoreQueries.string(f, "dataset"), d -> new ArrayList<>()).add(f));
        String modified = null;
        for (Map.Entry<String, List<QuerySolution>> e : filesOfDataset.entrySet()) {
            Resource dataset = m.createResource(e.getKey());
            catalog.addProperty(p(DCAT + "dataset"), dataset);
            service.addProperty(p(DCAT + "servesDataset"), dataset);
            describeDataset(m, dataset, e.getValue());
            for (QuerySolution f : e.getValue()) {
                describeDistribution(m, f, access, serverUrl, service);
                String ended = StoreQueries.string(f, "ended");
                if (ended != null && (modified == null || ended.compareTo(modified) > 0)) modified = ended;
            }
        }
        if (modified != null) catalog.addProperty(DCTerms.modified, modified, XSDDatatype.XSDdateTime);
        DumpDistributions.describe(m, catalog, publisher, service, base, serverUrl, dumps);
        describePublishers(dsg, m);
        return m;
    }

    /** The loader's own description of datasets and files, as it is in the store. */
    private static Model copyFromStore(DatasetGraph dsg) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(StoreQueries.PREFIXES + """
                CONSTRUCT {
                  ?dataset a dcat:Dataset ; dcterms:title ?title ; dcterms:publisher ?publisher ; dcat:distribution ?source .
                  ?source a dcat:Distribution ; dcterms:title ?fileTitle ; dcat:byteSize ?bytes ; dcat:mediaType ?mediaType ;
                          spdx:checksum ?checksum .
                  ?checksum a spdx:Checksum ; spdx:algorithm ?algorithm ; spdx:checksumValue ?checksumValue .
                } WHERE {
                  ?dataset a dcat:Dataset ; dcterms:title ?title ; dcterms:publisher ?publisher ; dcat:distribution ?source .
                  ?source dcterms:title ?fileTitle .
                  OPTIONAL { ?source dcat:byteSize ?bytes }
                  OPTIONAL { ?source dcat:mediaType ?mediaType }
                  OPTIONAL { ?source spdx:checksum ?checksum .
                             ?checksum spdx:algorithm ?algorithm ; spdx:checksumValue ?checksumValue }
                }""").set(TDB2.symUnionDefaultGraph, true).build()) {
            return qe.execConstruct();
        }
    }

    /** Description (sv, en) from the files' load figures; themes and keywords by the kind of rows; temporal from periods. */
    private static void describeDataset(Model m, Resource dataset, List<QuerySolution> files) {
        StringBuilder sv = new StringBuilder("Inläst från " + files.size() + (files.size() == 1 ? " källfil: " : " källfiler: "));
        StringBuilder en = new StringBuilder("Loaded from " + files.size() + (files.size() == 1 ? " source file: " : " source files: "));
        TreeSet<String> kinds = new TreeSet<>();
        TreeSet<String> periods = new TreeSet<>();
        for (int i = 0; i < files.size(); i++) {
            QuerySolution f = files.get(i);
            String title = StoreQueries.string(f, "title");
            long rows = StoreQueries.count(f, "rows");
            sv.append(i == 0 ? "" : "; ").append(title).append(" (").append(Figures.count(rows)).append(" rader)");
            en.append(i == 0 ? "" : "; ").append(title).append(" (").append(String.format(Locale.ENGLISH, "%,d", rows)).append(" rows)");
            String kind = StoreQueries.string(f, "kind");
            kinds.add(kind == null ? "ledger" : kind);
            String period = StoreQueries.string(f, "period");
            if (period != null) periods.add(period);
        }
        dataset.addProperty(DCTerms.description, m.createLiteral(sv + ".", "sv"))
                .addProperty(DCTerms.description, m.createLiteral(en + ".", "en"));
        for (String kind : kinds) {
            for (String theme : themes(kind)) dataset.addProperty(p(DCAT + "theme"), m.createResource(EU + "data-theme/" + theme));
            if (kind.equals("ledger")) dataset.addProperty(p(DCAT + "keyword"), m.createLiteral("leverantörsreskontra", "sv"))
                    .addProperty(p(DCAT + "keyword"), m.createLiteral("accounts payable", "en"));
            if (kind.equals("procurement")) dataset.addProperty(p(DCAT + "keyword"), m.createLiteral("offentlig upphandling", "sv"))
                    .addProperty(p(DCAT + "keyword"), m.createLiteral("public procurement", "en"));
        }
        if (!periods.isEmpty()) dataset.addProperty(DCTerms.temporal, m.createResource(DCTerms.PeriodOfTime)
                .addProperty(p(DCAT + "startDate"), Figures.firstDay(periods.first()), XSDDatatype.XSDdate)
                .addProperty(p(DCAT + "endDate"), Figures.lastDay(periods.last()), XSDDatatype.XSDdate));
    }

    /** EU data themes: spending and procurement are government and economy; reference data is regions and population. */
    private static List<String> themes(String kind) {
        return switch (kind) {
            case "ledger", "procurement" -> List.of("GOVE", "ECON");
            case "municipalities", "counties" -> List.of("REGI", "SOCI");
            default -> List.of();
        };
    }

    private static void describeDistribution(Model m, QuerySolution f, SourceAccess access, String serverUrl, Resource service) {
        Resource d = m.createResource(StoreQueries.string(f, "source"));
        String mapping = StoreQueries.string(f, "mapping");
        SourceAccess.Location location = access.location(mapping, StoreQueries.string(f, "title"));
        if (location != null) {
            d.addProperty(p(DCAT + "accessURL"), m.createResource(location.accessUrl()));
            if (location.downloadUrl() != null) d.addProperty(p(DCAT + "downloadURL"), m.createResource(location.downloadUrl()));
        } else {
            // the original's address is not on record: the file's rows are still reachable, as RDF, through SPARQL
            d.addProperty(p(DCAT + "accessURL"), m.createResource(serverUrl + "/sparql"))
                    .addProperty(p(DCAT + "accessService"), service);
        }
        String mediaType = StoreQueries.string(f, "mediaType");
        String format = mediaType == null ? null : fileType(mediaType);
        if (format != null) d.addProperty(DCTerms.format, m.createResource(EU + "file-type/" + format));
        String licence = access.licence(mapping);
        if (licence != null) d.addProperty(DCTerms.license, m.createResource(licence));
    }

    /** EU file-type authority code for the IANA media types the loader writes. */
    private static String fileType(String mediaType) {
        if (mediaType.endsWith("/text/csv")) return "CSV";
        if (mediaType.endsWith("spreadsheetml.sheet")) return "XLSX";
        if (mediaType.endsWith("/application/json")) return "JSON";
        return null;
    }

    /** Publishers as foaf:Agents named as their own files name them; municipalities typed as local authorities. */
    private static void describePublishers(DatasetGraph dsg, Model m) {
        for (QuerySolution r : StoreQueries.select(dsg, """
                SELECT ?publisher (MIN(?name) AS ?published) (MIN(?anyName) AS ?other) (SAMPLE(?m) AS ?municipality) {
                  { SELECT DISTINCT ?publisher { ?dataset a dcat:Dataset ; dcterms:publisher ?publisher } }
                  OPTIONAL { GRAPH ?g { ?d a dcat:Dataset ; dcterms:publisher ?publisher . ?publisher schema:name ?name } }
                  OPTIONAL { ?publisher schema:name ?anyName }
                  OPTIONAL { ?publisher a openup:Municipality BIND(?publisher AS ?m) }
                } GROUP BY ?publisher""")) {
            String name = StoreQueries.string(r, "published");
            if (name == null) name = StoreQueries.string(r, "other");
            Resource agent = m.createResource(StoreQueries.string(r, "publisher"), foaf("Agent"));
            if (name != null) agent.addProperty(p(FOAF + "name"), name);
            if (r.contains("municipality"))
                agent.addProperty(DCTerms.type, m.createResource("http://purl.org/adms/publishertype/LocalAuthority"));
        }
    }

    static Property p(String iri) { return ResourceFactory.createProperty(iri); }

    static Resource dcat(String local) { return ResourceFactory.createResource(DCAT + local); }

    private static Resource foaf(String local) { return ResourceFactory.createResource(FOAF + local); }
}
