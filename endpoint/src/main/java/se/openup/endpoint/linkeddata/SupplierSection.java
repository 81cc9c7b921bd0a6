package se.openup.endpoint.linkeddata;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import se.openup.endpoint.linkeddata.Display.Term;
import se.openup.endpoint.linkeddata.StoreReader.Row;

/**
 * What a supplier page shows beyond the property table: identifiers, the names it was published under, what it
 * was paid per buyer and per year, the contracts naming it (directly or through a name linked to it) and the
 * name-only organisations linked to it. Every list is an aggregate or bounded (docs/linked-data.md).
 */
record SupplierSection(boolean redacted, List<Identifier> identifiers, List<NameSeen> names, Totals.Table perBuyer,
                       Totals.Table perYear, long contractCount, List<ContractRow> contracts, List<Term> linkedNames) {
    static final int MAX_CONTRACTS = 100;
    static final int MAX_LINKED_NAMES = 100;

    private static final Query IS_SUPPLIER = StoreReader.query("""
            ASK { { ?payment payment:payee ?this } UNION { ?award ocds:hasSupplier ?this }
                  UNION { ?name skos:closeMatch ?this } }""");
    private static final Query IDENTIFIERS = StoreReader.query("""
            SELECT DISTINCT ?notation ?scheme
            { ?this adms:identifier ?id . ?id skos:notation ?notation OPTIONAL { ?id dcterms:conformsTo ?scheme } }
            ORDER BY ?notation""");
    private static final Query NAMES = StoreReader.query("""
            SELECT ?property ?name (COUNT(DISTINCT ?g) AS ?files)
            { VALUES ?property { schema:name openup:nameAsPublished skos:prefLabel skos:altLabel }
              GRAPH ?g { ?this ?property ?name } }
            GROUP BY ?property ?name ORDER BY DESC(?files) ?name""");
    // Per buyer and year: the year-level sums, or one scan of the payments to it (Totals.spend).
    private static final Query PAIR_YEARS = StoreReader.query("""
            SELECT ?payer (STR(?year) AS ?date) ?total ?payments
            { ?o openup:supplier ?this ; qb:dataSet ?level ; openup:buyer ?payer ; openup:year ?year ;
                 openup:amount ?total ; openup:paymentCount ?payments .
              ?level qb:structure openup:spendByPairYearStructure }""");
    private static final Query PAYMENTS = StoreReader.query("""
            SELECT ?payer ?date (SUM(?amount) AS ?total) (COUNT(?payment) AS ?payments)
            { ?payment payment:payee ?this ; payment:payer ?payer ; payment:date ?date ; payment:netAmount ?amount }
            GROUP BY ?payer ?date""");
    // Contracts naming the supplier itself or a name-only organisation linked to it (skos:closeMatch).
    private static final String CONTRACTS_WHERE = """
            { { BIND (?this AS ?supplier) } UNION { ?supplier skos:closeMatch ?this }
              ?contract a ocds:Contract ; ocds:hasSupplier ?supplier ; ocds:isIssuedForAward ?award .
              ?process ocds:hasContract ?contract . }""";
    private static final Query CONTRACT_COUNT = StoreReader.query(
            "SELECT (COUNT(DISTINCT ?contract) AS ?n) " + CONTRACTS_WHERE);
    private static final Query CONTRACTS = StoreReader.query("""
            SELECT ?contract ?process ?supplier (SAMPLE(?t) AS ?title) (SAMPLE(?b) AS ?buyer) (SAMPLE(?l) AS ?lot)
            { { SELECT DISTINCT ?contract ?process ?supplier ?award %s ORDER BY ?contract LIMIT %d }
              OPTIONAL { ?process ocds:hasTender/dcterms:title ?t } OPTIONAL { ?process ocds:hasBuyer ?b }
              OPTIONAL { ?award openup:lot ?l } }
            GROUP BY ?contract ?process ?supplier ORDER BY ?contract""".formatted(CONTRACTS_WHERE, MAX_CONTRACTS));
    private static final Query LINKED_NAMES = StoreReader.query(
            "SELECT DISTINCT ?name { ?name skos:closeMatch ?this } ORDER BY ?name LIMIT " + MAX_LINKED_NAMES);

    static boolean applies(StoreReader store, Node org) { return store.ask(IS_SUPPLIER, org); }

    static SupplierSection of(StoreReader store, Node org, boolean redacted, Display display) {
        List<Row> contractRows = store.select(CONTRACTS, org);
        List<Row> linked = store.select(LINKED_NAMES, org);
        List<Row> payments = Totals.spend(store, org, PAIR_YEARS, PAYMENTS);
        display.learnLabels(store.labelsOf(Totals.nodes(contractRows, "buyer", "supplier", "process")));
        display.learnLabels(store.labelsOf(Totals.nodes(linked, "name")));
        return new SupplierSection(redacted,
                redacted ? List.of() : store.select(IDENTIFIERS, org).stream()
                        .map(r -> new Identifier(r.text("notation"), r.node("scheme") == null ? null
                                : display.term(r.node("scheme")))).toList(),
                redacted ? List.of() : store.select(NAMES, org).stream()
                        .map(r -> new NameSeen(r.text("name"), display.shortForm(r.node("property")),
                                Display.number(r.count("files")))).toList(),
                Totals.table(Totals.byResource(payments, "payer"), Integer.MAX_VALUE, store, display),
                Totals.table(Totals.byYear(payments, "date"), Integer.MAX_VALUE, store, display),
                store.select(CONTRACT_COUNT, org).get(0).count("n"),
                contractRows.stream().map(r -> new ContractRow(display.term(r.node("contract")),
                        r.text("title"), r.node("buyer") == null ? null : display.term(r.node("buyer")),
                        r.text("lot"), r.node("supplier").equals(org) ? null : display.term(r.node("supplier")))).toList(),
                linked.stream().map(r -> display.term(r.node("name"))).toList());
    }

    record Identifier(String notation, Term scheme) { }

    /** A name as published, under which property, in how many source files. */
    record NameSeen(String name, String property, String files) { }

    /** {@code via}: the linked name-only organisation the contract names, null when it names this one. */
    record ContractRow(Term contract, String title, Term buyer, String lot, Term via) { }
}
