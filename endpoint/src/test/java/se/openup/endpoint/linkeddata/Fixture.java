package se.openup.endpoint.linkeddata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;

/**
 * A tiny invented ledger and procurement, written as quads with the loader's vocabulary and IRIs into an in-memory
 * TDB2 dataset: one buyer (Örebro), a supplier whose name carries a {@code <script>} tag, paid in two files, a
 * redacted payee, a region that is both a payee and a buyer, and a contract naming a name-only organisation linked
 * to the supplier.
 */
final class Fixture {
    static final Iris IRIS = Iris.defaults();
    static final String SCRIPT_NAME = "Evil <script>alert(1)</script> AB";
    static final Node BUYER = IRIS.org("2120001967");
    static final Node SUPPLIER = IRIS.org("5560000001");
    static final Node REGION = IRIS.org("2321000164");
    static final Node NAME_ONLY = IRIS.nameOnlySupplier("2021006610", "evil-ab");
    static final Node REDACTED = IRIS.redacted("2120001967");
    static final Node UNIT = IRIS.unit("2120001967", "BGR Grundskolenämnd");
    static final Node FILE_2016 = IRIS.graph("orebro-2016/orebro-2016-03-xlsx");
    static final Node FILE_2017 = IRIS.graph("orebro-2017/orebro-2017-01-xlsx");
    static final Node SOURCE_2016 = IRIS.source("orebro-2016/orebro-2016-03-xlsx");
    static final Node PAYMENT = IRIS.payment("orebro-2016/orebro-2016-03-xlsx", 2);
    static final Node PROCESS = IRIS.process("2321000164/ka785-f5944495");
    static final Node PROCUREMENTS = IRIS.graph("uhm-2021-contracted-suppliers/suppliers-xlsx");

    private Fixture() { }

    static DatasetGraph dataset() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (Node g : new Node[] {FILE_2016, FILE_2017}) {
                organisation(dsg, g, BUYER, "ÖREBRO KOMMUN", "2120001967");
                add(dsg, g, BUYER, Vocab.PREF_LABEL, NodeFactory.createLiteralLang("Örebro", "sv"));
                organisation(dsg, g, SUPPLIER, SCRIPT_NAME, "5560000001"); // the same triples in both files
            }
            add(dsg, FILE_2016, SUPPLIER, Vocab.NAME_AS_PUBLISHED, text(SCRIPT_NAME + " "));
            add(dsg, FILE_2017, SUPPLIER, Vocab.NAME, text("EVIL AB"));
            add(dsg, FILE_2016, UNIT, Vocab.TYPE, Vocab.ORGANIZATIONAL_UNIT);
            add(dsg, FILE_2016, UNIT, Vocab.UNIT_OF, BUYER);
            add(dsg, FILE_2016, UNIT, Vocab.PREF_LABEL, NodeFactory.createLiteralLang("BGR Grundskolenämnd", "sv"));
            add(dsg, FILE_2016, REDACTED, Vocab.TYPE, Vocab.REDACTION);
            add(dsg, FILE_2016, REDACTED, Vocab.LABEL, NodeFactory.createLiteralLang("Maskerad betalningsmottagare (personuppgifter)", "sv"));
            organisation(dsg, FILE_2016, REGION, "REGION ÖREBRO LÄN", "2321000164");
            add(dsg, FILE_2016, SOURCE_2016, Vocab.TYPE, Vocab.DISTRIBUTION);
            add(dsg, FILE_2016, SOURCE_2016, Vocab.TITLE, text("Orebro.2016-03.xlsx"));

            payment(dsg, FILE_2016, PAYMENT, SUPPLIER, "2016-03-01", "1234567.5", 2);
            payment(dsg, FILE_2016, IRIS.payment("orebro-2016/orebro-2016-03-xlsx", 3), SUPPLIER, "2016-03-01", "100.25", 3);
            payment(dsg, FILE_2016, IRIS.payment("orebro-2016/orebro-2016-03-xlsx", 4), REDACTED, "2016-03-01", "5000.0", 4);
            payment(dsg, FILE_2016, IRIS.payment("orebro-2016/orebro-2016-03-xlsx", 5), REGION, "2016-03-01", "9632.0", 5);
            payment(dsg, FILE_2017, IRIS.payment("orebro-2017/orebro-2017-01-xlsx", 2), SUPPLIER, "2017-01-01", "-50.0", 2);

            // procurement: the region buys; the contract names a name-only organisation linked to the supplier
            Node g = PROCUREMENTS;
            Node tender = IRIS.tender("2321000164/ka785-f5944495");
            Node award = IRIS.award("2321000164/ka785-f5944495", "lot-1/evil-ab");
            Node contract = IRIS.contract("2321000164/ka785-f5944495", "lot-1/evil-ab");
            add(dsg, g, PROCESS, Vocab.TYPE, Vocab.CONTRACTING_PROCESS);
            add(dsg, g, PROCESS, Vocab.HAS_BUYER, REGION);
            add(dsg, g, PROCESS, Vocab.HAS_TENDER, tender);
            add(dsg, g, PROCESS, Vocab.HAS_AWARD, award);
            add(dsg, g, PROCESS, Vocab.HAS_CONTRACT, contract);
            add(dsg, g, tender, Vocab.TITLE, text("Lokalvård <i>i</i> regionen"));
            add(dsg, g, award, Vocab.TYPE, Vocab.AWARD);
            add(dsg, g, award, Vocab.HAS_SUPPLIER, NAME_ONLY);
            add(dsg, g, award, Vocab.LOT, text("LOT-1"));
            add(dsg, g, contract, Vocab.TYPE, Vocab.CONTRACT);
            add(dsg, g, contract, Vocab.HAS_SUPPLIER, NAME_ONLY);
            add(dsg, g, contract, Vocab.IS_ISSUED_FOR_AWARD, award);
            add(dsg, g, NAME_ONLY, Vocab.TYPE, Vocab.UNIDENTIFIED_ORGANISATION);
            add(dsg, g, NAME_ONLY, Vocab.NAME, text("Evil AB"));
            add(dsg, IRIS.graph("links/supplier-names"), NAME_ONLY, NodeFactory.createURI(Vocab.SKOS + "closeMatch"), SUPPLIER);
        });
        return dsg;
    }

    private static void organisation(DatasetGraph dsg, Node g, Node org, String name, String orgnr) {
        Node id = IRIS.identifier("SE-ON", orgnr);
        add(dsg, g, org, Vocab.TYPE, Vocab.ORGANIZATION);
        add(dsg, g, org, Vocab.TYPE, Vocab.REGISTERED_ORGANIZATION);
        add(dsg, g, org, Vocab.NAME, text(name));
        add(dsg, g, org, Vocab.ADMS_IDENTIFIER, id);
        add(dsg, g, id, Vocab.NOTATION, text(orgnr));
        add(dsg, g, id, Vocab.CONFORMS_TO, NodeFactory.createURI(Vocab.SE_ON));
    }

    private static void payment(DatasetGraph dsg, Node g, Node p, Node payee, String date, String amount, int line) {
        add(dsg, g, p, Vocab.TYPE, Vocab.PAYMENT_CLASS);
        add(dsg, g, p, Vocab.PAYER, BUYER);
        add(dsg, g, p, Vocab.PAYEE, payee);
        add(dsg, g, p, Vocab.DATE, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
        add(dsg, g, p, Vocab.NET_AMOUNT, NodeFactory.createLiteralDT(amount, XSDDatatype.XSDdecimal));
        add(dsg, g, p, Vocab.UNIT, UNIT);
        add(dsg, g, p, Vocab.SOURCE_LINE, NodeFactory.createLiteralDT(Integer.toString(line), XSDDatatype.XSDinteger));
        add(dsg, g, p, Vocab.WAS_DERIVED_FROM, g.equals(FILE_2016) ? SOURCE_2016 : IRIS.source("orebro-2017/orebro-2017-01-xlsx"));
    }

    private static Node text(String s) { return NodeFactory.createLiteralString(s); }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) { dsg.add(Quad.create(g, s, p, o)); }
}
