package se.openup.loader.reference;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import se.openup.loader.normalise.OrgNumber;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;

/**
 * Reference rows → triples. A municipality is the organisation with its orgnr — the very IRI ledgers use for it as
 * payer — so a payment reaches its kommunkod, county and population without any lookup table. Population is an
 * RDF Data Cube: one observation per municipality and day counted (docs/ontology.md says why).
 */
public final class ReferenceTriples {
    private final Iris iris;
    private final Node source;
    private final StreamRDF out;
    private final Set<String> written = new HashSet<>();

    public ReferenceTriples(Iris iris, String sourceKey, StreamRDF out) {
        this.iris = iris;
        this.source = iris.source(sourceKey);
        this.out = out;
    }

    /** The publisher of the file's dcat:Dataset must be an organisation in the same graph (SHACL checks per graph). */
    void publisher(Publisher p) {
        Node org = registeredOrg(p.orgnr());
        emit(org, Vocab.NAME, NodeFactory.createLiteralString(p.name()));
    }

    void populationDataSet(String sourceIri) {
        Node ds = populationDataSet(iris);
        emit(ds, Vocab.TYPE, RefVocab.QB_DATASET_CLASS);
        emit(ds, RefVocab.QB_STRUCTURE, RefVocab.POPULATION_STRUCTURE);
        emit(ds, RefVocab.SOURCE, Vocab.uri(sourceIri));
        emit(ds, Vocab.TITLE, NodeFactory.createLiteralLang("Folkmängd per kommun", "sv"));
        emit(ds, Vocab.TITLE, NodeFactory.createLiteralLang("Population by municipality", "en"));
    }

    void municipality(MunicipalityRow r) {
        Node org = registeredOrg(r.orgnr());
        emit(org, Vocab.TYPE, RefVocab.MUNICIPALITY);
        emit(org, Vocab.KOMMUNKOD, NodeFactory.createLiteralString(r.kommunkod()));
        emit(org, Vocab.PREF_LABEL, NodeFactory.createLiteralLang(r.name(), "sv"));
        Node county = county(iris, r.countyCode());
        emit(org, RefVocab.COUNTY, county);
        countyNode(county, r.countyCode(), r.countyName());
        Node ds = populationDataSet(iris);
        for (Map.Entry<LocalDate, Long> e : r.population().entrySet()) {
            Node obs = population(iris, r.kommunkod(), e.getKey());
            emit(obs, Vocab.TYPE, RefVocab.QB_OBSERVATION);
            emit(obs, RefVocab.QB_DATASET, ds);
            emit(obs, RefVocab.REF_AREA, org);
            emit(obs, RefVocab.REF_DATE, NodeFactory.createLiteralDT(e.getKey().toString(), XSDDatatype.XSDdate));
            emit(obs, RefVocab.POPULATION, NodeFactory.createLiteralDT(Long.toString(e.getValue()), XSDDatatype.XSDinteger));
            emit(obs, Vocab.WAS_DERIVED_FROM, source);
        }
    }

    void county(CountyRow r) {
        Node county = county(iris, r.code());
        countyNode(county, r.code(), r.name());
        if (r.shortName() != null) emit(county, RefVocab.ALT_LABEL, NodeFactory.createLiteralLang(r.shortName(), "sv"));
    }

    /** Written wherever a county is mentioned, so each graph validates on its own. */
    private void countyNode(Node county, String code, String name) {
        if (written.add("c " + code)) {
            emit(county, Vocab.TYPE, RefVocab.COUNTY_CLASS);
            emit(county, RefVocab.LANSKOD, NodeFactory.createLiteralString(code));
        }
        if (name != null && written.add("cn " + code + " " + name))
            emit(county, Vocab.PREF_LABEL, NodeFactory.createLiteralLang(name, "sv"));
    }

    /** Exactly the organisation and SE-ON identifier triples PaymentTriples writes, so the two merge in the union. */
    private Node registeredOrg(OrgNumber orgnr) {
        Node org = iris.org(orgnr.digits());
        if (written.add("o " + orgnr.digits())) {
            emit(org, Vocab.TYPE, Vocab.ORGANIZATION);
            emit(org, Vocab.TYPE, Vocab.OCDS_ORGANISATION);
            emit(org, Vocab.TYPE, Vocab.REGISTERED_ORGANIZATION);
            Node id = iris.identifier("SE-ON", orgnr.digits());
            emit(org, Vocab.ADMS_IDENTIFIER, id);
            emit(id, Vocab.TYPE, Vocab.IDENTIFIER_CLASS);
            emit(id, Vocab.NOTATION, NodeFactory.createLiteralString(orgnr.digits()));
            emit(id, Vocab.CONFORMS_TO, Vocab.uri(Vocab.SE_ON));
            emit(org, Vocab.ORGANISATIONSNUMMER, NodeFactory.createLiteralString(orgnr.hyphenated()));
        }
        return org;
    }

    public static Node county(Iris iris, String code) { return Vocab.uri(iris.base() + "county/" + code); }

    public static Node populationDataSet(Iris iris) { return Vocab.uri(iris.base() + "dataset/population"); }

    public static Node population(Iris iris, String kommunkod, LocalDate day) {
        return Vocab.uri(iris.base() + "population/" + kommunkod + "/" + day.getYear());
    }

    private void emit(Node s, Node p, Node o) { out.triple(Triple.create(s, p, o)); }
}
