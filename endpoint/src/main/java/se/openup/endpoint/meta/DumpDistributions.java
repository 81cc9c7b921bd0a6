package se.openup.endpoint.meta;

import static se.openup.endpoint.meta.DcatCatalogue.DCAT;
import static se.openup.endpoint.meta.DcatCatalogue.dcat;
import static se.openup.endpoint.meta.DcatCatalogue.p;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import se.openup.loader.export.Dumps;

/**
 * The whole store as one DCAT dataset ({@code {base}dataset/all}, the IRI VoID uses for the whole graph) whose
 * distributions are the dumps offered at /dumps/ — the bulk download a harvester or a researcher takes instead of
 * many source files. Listed only when the server has dumps (serve --dumps DIR).
 */
final class DumpDistributions {
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String SPDX = "http://spdx.org/rdf/terms#";

    private DumpDistributions() { }

    static String url(String serverUrl, Dumps.Dump dump) { return serverUrl + "/dumps/" + dump.name(); }

    static void describe(Model m, Resource catalog, Resource publisher, Resource service, String base, String serverUrl,
                         List<Dumps.Dump> dumps) {
        if (dumps.isEmpty()) return;
        Resource all = m.createResource(base + "dataset/all", dcat("Dataset"))
                .addProperty(DCTerms.title, m.createLiteral("Open Up Graph: hela grafen", "sv"))
                .addProperty(DCTerms.title, m.createLiteral("Open Up Graph: the whole graph", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Alla inlästa källfiler som RDF i en fil "
                        + "(gzip-komprimerad), en namngiven graf per källfil där formatet tillåter det.", "sv"))
                .addProperty(DCTerms.description, m.createLiteral("Every loaded source file as RDF in one gzip "
                        + "file, one named graph per source file where the format allows it.", "en"))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(p(DCAT + "theme"), m.createResource("http://publications.europa.eu/resource/authority/data-theme/GOVE"))
                .addProperty(p(DCAT + "keyword"), m.createLiteral("länkade data", "sv"))
                .addProperty(p(DCAT + "keyword"), m.createLiteral("linked data", "en"));
        catalog.addProperty(p(DCAT + "dataset"), all);
        service.addProperty(p(DCAT + "servesDataset"), all);
        for (Dumps.Dump dump : dumps) {
            String url = url(serverUrl, dump);
            Resource checksum = m.createResource(m.createResource(SPDX + "Checksum"))
                    .addProperty(p(SPDX + "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                    .addLiteral(p(SPDX + "checksumValue"), m.createTypedLiteral(dump.sha256(), XSDDatatype.XSDhexBinary));
            Resource d = m.createResource(url + "#distribution", dcat("Distribution"))
                    .addProperty(DCTerms.title, m.createLiteral(dump.name()))
                    .addProperty(p(DCAT + "accessURL"), m.createResource(serverUrl + "/dumps/"))
                    .addProperty(p(DCAT + "downloadURL"), m.createResource(url))
                    .addProperty(p(DCAT + "mediaType"), m.createResource(IANA + dump.mediaType()))
                    .addProperty(p(DCAT + "compressFormat"), m.createResource(IANA + dump.compressFormat()))
                    .addLiteral(p(DCAT + "byteSize"), m.createTypedLiteral(Long.toString(dump.size()), XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(DCTerms.modified, m.createTypedLiteral(dump.modified().toString(), XSDDatatype.XSDdateTime))
                    .addProperty(p(SPDX + "checksum"), checksum);
            all.addProperty(p(DCAT + "distribution"), d);
        }
    }
}
