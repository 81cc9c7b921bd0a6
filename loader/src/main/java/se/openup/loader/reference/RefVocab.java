package se.openup.loader.reference;

import org.apache.jena.graph.Node;
import se.openup.loader.rdf.Vocab;

/** Terms of the reference data: ours (ontology/openup.ttl, "Reference data and links"), RDF Data Cube and SDMX. */
public final class RefVocab {
    private RefVocab() {}

    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String SDMX_DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#";

    public static final Node MUNICIPALITY = Vocab.openup("Municipality");
    public static final Node COUNTY_CLASS = Vocab.openup("County");
    public static final Node COUNTY = Vocab.openup("county");
    public static final Node LANSKOD = Vocab.openup("lanskod");
    public static final Node REF_DATE = Vocab.openup("refDate");
    public static final Node POPULATION = Vocab.openup("population");
    public static final Node POPULATION_STRUCTURE = Vocab.openup("populationStructure");

    public static final Node QB_OBSERVATION = Vocab.uri(QB + "Observation");
    public static final Node QB_DATASET_CLASS = Vocab.uri(QB + "DataSet");
    public static final Node QB_DATASET = Vocab.uri(QB + "dataSet");
    public static final Node QB_STRUCTURE = Vocab.uri(QB + "structure");
    public static final Node REF_AREA = Vocab.uri(SDMX_DIMENSION + "refArea");
    public static final Node SOURCE = Vocab.uri(Vocab.DCT + "source");
    public static final Node ALT_LABEL = Vocab.uri(Vocab.SKOS + "altLabel");
}
