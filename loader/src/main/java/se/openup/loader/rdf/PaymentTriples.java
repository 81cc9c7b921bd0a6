package se.openup.loader.rdf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import se.openup.loader.mapping.LedgerHandler;
import se.openup.loader.mapping.LedgerRow;
import se.openup.loader.mapping.Payee;
import se.openup.loader.mapping.Rejection;
import se.openup.loader.normalise.SupplierId;

/**
 * LedgerRow → triples, streamed. Organisations, accounts and units are described once per file (the set of
 * what was already written keeps that cheap); each payment is a fixed handful of triples.
 */
public final class PaymentTriples implements LedgerHandler {
    private static final Node CURRENCY_SEK = Vocab.uri(Vocab.CURRENCY + "SEK");
    private final Iris iris;
    private final String sourceKey;
    private final Node source;
    private final StreamRDF out;
    private final Set<Key> written = new HashSet<>();
    private final Map<LocalDate, Node> dates = new HashMap<>();
    private final Map<Key, Node> nodes = new HashMap<>();

    /** What was already written or minted in this file: a composite key, so no string is built per row. */
    private record Key(char kind, String a, String b, String c) {}

    public PaymentTriples(Iris iris, String sourceKey, StreamRDF out) {
        this.iris = iris;
        this.sourceKey = sourceKey;
        this.source = iris.source(sourceKey);
        this.out = out;
    }

    @Override
    public void payment(LedgerRow r) {
        Node p = iris.payment(sourceKey, r.line());
        Node buyer = buyer(r);
        emit(p, Vocab.TYPE, Vocab.PAYMENT_CLASS);
        emit(p, Vocab.TYPE, Vocab.TRANSACTION);
        emit(p, Vocab.PAYER, buyer);
        emit(p, Vocab.PAYEE, payee(r));
        emit(p, Vocab.DATE, dates.computeIfAbsent(r.date(), d -> literal(d.toString(), XSDDatatype.XSDdate)));
        if (r.monthOnly()) emit(p, Vocab.DATE_PRECISION, Vocab.MONTH_PRECISION);
        emit(p, Vocab.NET_AMOUNT, decimal(r.amount()));
        emit(p, Vocab.PAYMENT_CURRENCY, "SEK".equals(r.currency()) ? CURRENCY_SEK : Vocab.uri(Vocab.CURRENCY + r.currency()));
        if (r.accountCode() != null) {
            emit(p, Vocab.EXPENDITURE_CATEGORY, account(r));
            emit(p, Vocab.EXPENDITURE_CODE, string(r.accountCode()));
        }
        if (r.unit() != null) emit(p, Vocab.UNIT, unit(r));
        optional(p, Vocab.REFERENCE, r.voucherNumber());
        optional(p, Vocab.INVOICE_NUMBER, r.invoiceNumber());
        optional(p, Vocab.PROCUREMENT_BASIS, r.basis());
        optional(p, Vocab.CONTRACT_REFERENCE, r.contract());
        for (SupplierId.Issue issue : r.payee().issues()) emit(p, Vocab.SUPPLIER_ID_ISSUE, issue(issue));
        for (String other : r.payee().otherIds()) emit(p, Vocab.OTHER_SUPPLIER_ID, string(other));
        emit(p, Vocab.SOURCE_LINE, literal(Long.toString(r.line()), XSDDatatype.XSDinteger));
        emit(p, Vocab.WAS_DERIVED_FROM, source);
    }

    @Override
    public void rejected(Rejection rejection) {
        // described by ProvenanceTriples with the load, where the counts are
    }

    @Override
    public void skipped(long line, String reason) {
        // likewise
    }

    private Node buyer(LedgerRow r) {
        Node org = registeredOrg(r.buyerOrgnr());
        name(org, r.buyerOrgnr(), r.buyerName(), null);
        if (r.kommunkod() != null && written.add(new Key('k', r.buyerOrgnr(), r.kommunkod(), null)))
            emit(org, Vocab.KOMMUNKOD, string(r.kommunkod()));
        return org;
    }

    private Node payee(LedgerRow r) {
        Payee payee = r.payee();
        return switch (payee.kind()) {
            case REDACTED -> {
                Node n = iris.redacted(r.buyerOrgnr());
                if (written.add(new Key('r', r.buyerOrgnr(), null, null))) {
                    emit(n, Vocab.TYPE, Vocab.REDACTION);
                    emit(n, Vocab.LABEL, NodeFactory.createLiteralLang("Maskerad betalningsmottagare (personuppgifter)", "sv"));
                    emit(n, Vocab.LABEL, NodeFactory.createLiteralLang("Redacted payee (personal data)", "en"));
                }
                yield n;
            }
            case ORGNR -> named(registeredOrg(payee.id()), payee.id(), payee);
            case FOREIGN_VAT -> {
                Node org = nodes.computeIfAbsent(new Key('v', payee.id(), null, null), k -> iris.vatOrg(payee.id()));
                if (written.add(new Key('V', payee.id(), null, null))) {
                    organisation(org);
                    identifier(org, iris.identifier("VAT", payee.id()), payee.id(), Vocab.VAT_ID_SCHEME);
                }
                yield named(org, payee.id(), payee);
            }
            case NAME_ONLY -> {
                String key = Iris.nameKey(payee);
                Node org = nodes.computeIfAbsent(new Key('n', r.buyerOrgnr(), key, null), k -> iris.nameOnlySupplier(r.buyerOrgnr(), key));
                if (written.add(new Key('N', org.getURI(), null, null))) {
                    organisation(org);
                    emit(org, Vocab.TYPE, Vocab.UNIDENTIFIED_ORGANISATION);
                }
                if (payee.internalNumber() != null && written.add(new Key('i', org.getURI(), payee.internalNumber(), null)))
                    emit(org, Vocab.PUBLISHER_SUPPLIER_NUMBER, string(payee.internalNumber()));
                yield named(org, org.getURI(), payee);
            }
        };
    }

    private Node named(Node org, String key, Payee payee) {
        name(org, key, payee.name(), payee.nameAsPublished());
        return org;
    }

    private void name(Node org, String key, String name, String asPublished) {
        if (name != null && written.add(new Key('m', key, name, null))) emit(org, Vocab.NAME, string(name));
        if (asPublished != null && written.add(new Key('w', key, asPublished, null)))
            emit(org, Vocab.NAME_AS_PUBLISHED, string(asPublished));
    }

    private Node registeredOrg(String orgnr) {
        Node org = nodes.computeIfAbsent(new Key('o', orgnr, null, null), k -> iris.org(orgnr));
        if (written.add(new Key('O', orgnr, null, null))) {
            organisation(org);
            emit(org, Vocab.TYPE, Vocab.REGISTERED_ORGANIZATION);
            identifier(org, iris.identifier("SE-ON", orgnr), orgnr, Vocab.uri(Vocab.SE_ON));
            // the hyphenated form Wikidata uses (P6460), so federated queries can join on it
            emit(org, Vocab.ORGANISATIONSNUMMER, string(orgnr.substring(0, 6) + "-" + orgnr.substring(6)));
        }
        return org;
    }

    private void organisation(Node org) {
        emit(org, Vocab.TYPE, Vocab.ORGANIZATION);
        emit(org, Vocab.TYPE, Vocab.OCDS_ORGANISATION);
    }

    private void identifier(Node org, Node id, String notation, Node scheme) {
        emit(org, Vocab.ADMS_IDENTIFIER, id);
        emit(id, Vocab.TYPE, Vocab.IDENTIFIER_CLASS);
        emit(id, Vocab.NOTATION, string(notation));
        emit(id, Vocab.CONFORMS_TO, scheme);
    }

    private Node account(LedgerRow r) {
        String buyer = r.buyerOrgnr();
        String code = r.accountCode();
        Node concept = nodes.computeIfAbsent(new Key('a', buyer, code, null), k -> iris.account(buyer, code));
        if (written.add(new Key('A', buyer, code, null))) {
            Node scheme = iris.accountScheme(buyer);
            if (written.add(new Key('s', buyer, null, null))) {
                emit(scheme, Vocab.TYPE, Vocab.CONCEPT_SCHEME);
                emit(scheme, Vocab.PUBLISHER, iris.org(buyer));
            }
            concept(concept, scheme, code);
            if (code.chars().allMatch(Character::isDigit)) prefixes(buyer, scheme, concept, code);
        }
        if (r.accountText() != null && written.add(new Key('t', buyer, code, r.accountText())))
            emit(concept, Vocab.PREF_LABEL, NodeFactory.createLiteralLang(r.accountText(), "sv"));
        return concept;
    }

    /**
     * skos:broader by digit prefix (46362 → 46 → 4); the 2- and 1-digit groups broadMatch the shared
     * Kommun-Bas groups so that different publishers' charts of accounts compare.
     */
    private void prefixes(String buyer, Node scheme, Node concept, String code) {
        Node child = concept;
        String childCode = code;
        while (true) {
            if (childCode.length() <= 2) emit(child, Vocab.BROAD_MATCH, sharedClass(childCode));
            if (childCode.length() == 1) {
                emit(child, Vocab.TOP_CONCEPT_OF, scheme);
                return;
            }
            String parentCode = childCode.substring(0, childCode.length() > 2 ? 2 : 1);
            Node parent = iris.account(buyer, parentCode);
            emit(child, Vocab.BROADER, parent);
            if (!written.add(new Key('A', buyer, parentCode, null))) return;
            concept(parent, scheme, parentCode);
            child = parent;
            childCode = parentCode;
        }
    }

    /** The shared 1-digit classes are in ontology/openup.ttl; 2-digit groups are minted here, under them. */
    private Node sharedClass(String prefix) {
        Node shared = iris.sharedAccountClass(prefix);
        if (prefix.length() == 2 && written.add(new Key('b', prefix, null, null))) {
            emit(shared, Vocab.TYPE, Vocab.CONCEPT);
            emit(shared, Vocab.IN_SCHEME, iris.sharedAccountScheme());
            emit(shared, Vocab.NOTATION, string(prefix));
            emit(shared, Vocab.BROADER, iris.sharedAccountClass(prefix.substring(0, 1)));
        }
        return shared;
    }

    private void concept(Node concept, Node scheme, String notation) {
        emit(concept, Vocab.TYPE, Vocab.CONCEPT);
        emit(concept, Vocab.IN_SCHEME, scheme);
        emit(concept, Vocab.NOTATION, string(notation));
    }

    private Node unit(LedgerRow r) {
        Key key = new Key('u', r.buyerOrgnr(), r.unit(), null);
        Node unit = nodes.computeIfAbsent(key, k -> iris.unit(r.buyerOrgnr(), r.unit()));
        if (written.add(key)) {
            emit(unit, Vocab.TYPE, Vocab.ORGANIZATIONAL_UNIT);
            emit(unit, Vocab.UNIT_OF, iris.org(r.buyerOrgnr()));
            emit(unit, Vocab.PREF_LABEL, NodeFactory.createLiteralLang(r.unit(), "sv"));
        }
        return unit;
    }

    private static Node issue(SupplierId.Issue issue) {
        return Vocab.openup(switch (issue) {
            case MISSING_ID -> "MissingId";
            case MULTIPLE_IDS -> "MultipleIds";
            case FOREIGN_ID -> "ForeignId";
            case INTERNAL_NUMBER -> "InternalNumber";
            case INVALID_CHECKSUM -> "InvalidChecksum";
        });
    }

    private void optional(Node s, Node p, String value) {
        if (value != null) emit(s, p, string(value));
    }

    private void emit(Node s, Node p, Node o) { out.triple(Triple.create(s, p, o)); }

    static Node string(String s) { return NodeFactory.createLiteralString(s); }

    static Node literal(String lexical, XSDDatatype type) { return NodeFactory.createLiteralDT(lexical, type); }

    /**
     * An xsd:decimal in its canonical form (9632.0, 1204.1). TDB2 keeps decimals inline as values; written with
     * trailing zeros ("1204.10") they were found but not deleted when a file's graph was replaced (Jena 5.6),
     * so every amount is written canonically.
     */
    public static Node decimal(java.math.BigDecimal v) {
        java.math.BigDecimal c = v.stripTrailingZeros();
        if (c.scale() < 1) c = c.setScale(1);
        return NodeFactory.createLiteralDT(c.toPlainString(), XSDDatatype.XSDdecimal);
    }
}
