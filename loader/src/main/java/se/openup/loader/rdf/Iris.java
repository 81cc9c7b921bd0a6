package se.openup.loader.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import se.openup.loader.mapping.Payee;
import se.openup.loader.normalise.Names;

/**
 * Mints every IRI the loader writes, from a configurable base. Deterministic: the same input always gives the
 * same IRI (patterns in docs/ontology.md), so reloading a file reproduces its graph exactly.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/openup/id/";
    private final String base;

    public Iris(String base) { this.base = base.endsWith("/") ? base : base + "/"; }

    public static Iris defaults() { return new Iris(DEFAULT_BASE); }

    public String base() { return base; }

    /** The part of a file's IRIs that names it: {mappingId}/{fileKey}. */
    public static String sourceKey(String mappingId, String fileName) { return mappingId + "/" + Names.key(fileName); }

    public Node org(String orgnr) { return iri("org/" + orgnr); }

    public Node vatOrg(String vatId) { return iri("org/vat/" + vatId); }

    public Node identifier(String scheme, String id) { return iri("identifier/" + scheme + "/" + id); }

    public Node nameOnlySupplier(String buyerOrgnr, String nameKey) { return iri("supplier/" + buyerOrgnr + "/" + nameKey); }

    public Node redacted(String buyerOrgnr) { return iri("redacted/" + buyerOrgnr); }

    /** Who a buyer's row paid: the organisation, the buyer's name-only supplier or the buyer's redacted payee. */
    public Node payee(String buyerOrgnr, Payee payee) {
        return switch (payee.kind()) {
            case REDACTED -> redacted(buyerOrgnr);
            case ORGNR -> org(payee.id());
            case FOREIGN_VAT -> vatOrg(payee.id());
            case NAME_ONLY -> nameOnlySupplier(buyerOrgnr, nameKey(payee));
        };
    }

    /** The {nameKey} of a name-only supplier: its name's key, or nr-{number} when the row gives only a number. */
    public static String nameKey(Payee payee) {
        return payee.name() != null ? Names.key(payee.name()) : "nr-" + Names.key(payee.internalNumber());
    }

    public Node source(String sourceKey) { return iri("source/" + sourceKey); }

    public Node graph(String sourceKey) { return iri("graph/" + sourceKey); }

    public Node load(String sourceKey) { return iri("load/" + sourceKey); }

    public Node rejectedRow(String sourceKey, long line) { return iri("load/" + sourceKey + "/rejected/" + line); }

    public Node payment(String sourceKey, long line) { return iri("payment/" + sourceKey + "/" + line); }

    public Node dataset(String buyerOrgnr, int year) { return iri("dataset/" + buyerOrgnr + "/" + year); }

    /** The spend cube (docs/aggregates.md): one qb:DataSet for the observations of every file. */
    public Node spendDataset() { return iri("dataset/spend"); }

    /** cellKey = {buyerOrgnr}/{yyyy-mm}/{classKey}/{currency}/{payee's IRI below the base}. */
    public Node spendObservation(String sourceKey, String cellKey) { return iri("cube/" + sourceKey + "/" + cellKey); }

    /** A year level of the spend cube: its dataset id:dataset/{levelId}, its observations under id:cube/{levelId}/. */
    public Node spendLevel(String levelId) { return iri("dataset/" + levelId); }

    public Node spendLevelObservation(String levelId, String key) { return iri("cube/" + levelId + "/" + key); }

    /** The graph of the year levels, rebuilt whole by `openup cube`. */
    public Node spendYearsGraph() { return iri("graph/cube/years"); }

    public Node accountScheme(String buyerOrgnr) { return iri("account/" + buyerOrgnr); }

    public Node account(String buyerOrgnr, String code) { return iri("account/" + buyerOrgnr + "/" + Names.key(code)); }

    public Node sharedAccountScheme() { return iri("account/kommunbas"); }

    public Node sharedAccountClass(String prefix) { return iri("account/kommunbas/" + prefix); }

    public Node unit(String buyerOrgnr, String unitName) { return iri("unit/" + buyerOrgnr + "/" + Names.key(unitName)); }

    // Procurement statistics (docs/procurement.md). processKey = {buyerOrgnr | name-{nameKey}}/{idKey}-{hash}

    public Node process(String processKey) { return iri("process/" + processKey); }

    public Node tender(String processKey) { return iri("process/" + processKey + "/tender"); }

    public Node item(String processKey) { return iri("process/" + processKey + "/item"); }

    public Node contractedValue(String processKey) { return iri("process/" + processKey + "/value"); }

    /** awardKey = {lotKey}/{supplierKey}: one award (and one contract) per contracted supplier of a lot. */
    public Node award(String processKey, String awardKey) { return iri("process/" + processKey + "/award/" + awardKey); }

    public Node contract(String processKey, String awardKey) {
        return iri("process/" + processKey + "/contract/" + awardKey);
    }

    public Node cpvScheme() { return iri("cpv"); }

    public Node cpv(String code) { return iri("cpv/" + code); }

    public Node sniScheme() { return iri("sni"); }

    public Node sni(String code) { return iri("sni/" + code); }

    /** A small scheme of the publisher's categories (sector, size class, legal form …). */
    public Node categoryScheme(String scheme) { return iri("category/" + scheme); }

    public Node category(String scheme, String label) { return iri("category/" + scheme + "/" + Names.key(label)); }

    private Node iri(String path) { return NodeFactory.createURI(base + path); }
}
