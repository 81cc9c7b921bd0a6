package se.openup.loader.procurement;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import se.openup.loader.normalise.Names;
import se.openup.loader.procurement.ProcurementRow.Party;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;

/**
 * Buyers, suppliers and the publisher. An organisation with an orgnr gets the IRI ledger payments use
 * (id:org/{orgnr}), so a buyer here is the payer there. One without is known by its name within the publisher's data
 * (id:supplier/{publisherOrgnr}/{nameKey}, openup:UnidentifiedOrganisation); a withheld supplier is the publisher's
 * payment:Redaction, with labels only.
 */
final class PartyTriples extends Emitter {
    private final Iris iris;
    private final ConceptTriples concepts;
    private final String publisherOrgnr;

    PartyTriples(Emitter emitter, Iris iris, ConceptTriples concepts, String publisherOrgnr) {
        super(emitter);
        this.iris = iris;
        this.concepts = concepts;
        this.publisherOrgnr = publisherOrgnr;
    }

    Node publisher(String name) {
        Node org = registered(publisherOrgnr);
        name(org, name, null);
        return org;
    }

    Node buyer(Party p) {
        Node org = p.orgnr() != null ? registered(p.orgnr()) : nameOnly(p.name());
        name(org, p.name(), p.nameAsPublished());
        attribute(org, Vocab.SECTOR, "buyer-sector", "Sektor för köpare", p.sector());
        attribute(org, Vocab.SUBSECTOR, "buyer-subsector", "Delsektor för köpare", p.subsector());
        attributes(org, p);
        return org;
    }

    Node supplier(Party p) {
        if (p.redacted()) return redacted();
        Node org = nameOnly(p.name());
        name(org, p.name(), p.nameAsPublished());
        attribute(org, Vocab.SECTOR, "supplier-sector", "Sektor för leverantör", p.sector());
        attribute(org, Vocab.SIZE_CLASS, "company-size", "Företagsstorlek", p.sizeClass());
        attributes(org, p);
        return org;
    }

    /** Legal form (one list for buyers and suppliers: the register's juridisk form) and industry (SNI). */
    private void attributes(Node org, Party p) {
        attribute(org, Vocab.LEGAL_FORM, "legal-form", "Juridisk form", p.legalForm());
        Node sni = concepts.sni(p.industry());
        if (sni != null && first("ind " + org.getURI() + " " + sni.getURI())) emit(org, Vocab.INDUSTRY, sni);
    }

    private void attribute(Node org, Node property, String scheme, String schemeLabel, String value) {
        if (value == null) return;
        Node c = concepts.category(scheme, schemeLabel, value);
        if (first("a " + org.getURI() + " " + property.getURI() + " " + c.getURI())) emit(org, property, c);
    }

    private Node registered(String orgnr) {
        Node org = iris.org(orgnr);
        if (first("o " + orgnr)) {
            organisation(org);
            emit(org, Vocab.TYPE, Vocab.REGISTERED_ORGANIZATION);
            Node id = iris.identifier("SE-ON", orgnr);
            emit(org, Vocab.ADMS_IDENTIFIER, id);
            emit(id, Vocab.TYPE, Vocab.IDENTIFIER_CLASS);
            emit(id, Vocab.NOTATION, string(orgnr));
            emit(id, Vocab.CONFORMS_TO, Vocab.uri(Vocab.SE_ON));
            // the hyphenated form Wikidata uses (P6460), as ledger loads write it
            emit(org, Vocab.ORGANISATIONSNUMMER, string(orgnr.substring(0, 6) + "-" + orgnr.substring(6)));
        }
        return org;
    }

    private Node nameOnly(String name) {
        Node org = iris.nameOnlySupplier(publisherOrgnr, Names.key(name));
        if (first("n " + org.getURI())) {
            organisation(org);
            emit(org, Vocab.TYPE, Vocab.UNIDENTIFIED_ORGANISATION);
        }
        return org;
    }

    private Node redacted() {
        Node n = iris.redacted(publisherOrgnr);
        if (first("redacted")) {
            emit(n, Vocab.TYPE, Vocab.REDACTION);
            emit(n, Vocab.LABEL, sv("Maskerad leverantör (personuppgifter)"));
            emit(n, Vocab.LABEL, NodeFactory.createLiteralLang("Redacted supplier (personal data)", "en"));
        }
        return n;
    }

    private void organisation(Node org) {
        emit(org, Vocab.TYPE, Vocab.ORGANIZATION);
        emit(org, Vocab.TYPE, Vocab.OCDS_ORGANISATION);
    }

    private void name(Node org, String name, String asPublished) {
        if (name != null && first("name " + org.getURI() + " " + name)) emit(org, Vocab.NAME, string(name));
        if (asPublished != null && first("raw " + org.getURI() + " " + asPublished))
            emit(org, Vocab.NAME_AS_PUBLISHED, string(asPublished));
    }
}
