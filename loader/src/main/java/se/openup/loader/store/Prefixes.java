package se.openup.loader.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;

/** The prefixes written at the head of Turtle and TriG exports. */
public final class Prefixes {
    private Prefixes() {}

    public static Map<String, String> all() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("openup", Vocab.OPENUP);
        p.put("id", Iris.DEFAULT_BASE);
        p.put("payment", Vocab.PAYMENT);
        p.put("ocds", Vocab.OCDS);
        p.put("org", Vocab.ORG);
        p.put("rov", Vocab.ROV);
        p.put("adms", Vocab.ADMS);
        p.put("skos", Vocab.SKOS);
        p.put("dcat", Vocab.DCAT);
        p.put("dcterms", Vocab.DCT);
        p.put("prov", Vocab.PROV);
        p.put("spdx", Vocab.SPDX);
        p.put("schema", Vocab.SCHEMA);
        p.put("rdfs", Vocab.RDFS);
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return p;
    }

    static void declare(StreamRDF w) { all().forEach(w::prefix); }
}
