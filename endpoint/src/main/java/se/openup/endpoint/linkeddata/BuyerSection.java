package se.openup.endpoint.linkeddata;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import se.openup.endpoint.linkeddata.Display.Term;
import se.openup.endpoint.linkeddata.StoreReader.Row;

/**
 * What a buyer page shows: its payments per year (and in all), its top suppliers, its units, and the procurements
 * it ran. Aggregates over all of its payments (Örebro kommun: 68 021 in one file), never the payments themselves.
 */
record BuyerSection(Totals.Table perYear, Totals.Table topSuppliers, Totals.Table units,
                    long processCount, String processValue, List<ProcessRow> processes) {
    static final int TOP_SUPPLIERS = 20;
    static final int MAX_UNITS = 200;
    static final int TOP_PROCESSES = 20;

    private static final Query IS_BUYER = StoreReader.query("""
            ASK { { ?payment payment:payer ?this } UNION { ?process ocds:hasBuyer ?this } }""");
    // Per supplier and year: the year-level sums, or one scan of the buyer's payments (Totals.spend).
    private static final Query PAIR_YEARS = StoreReader.query("""
            SELECT ?payee (STR(?year) AS ?date) ?total ?payments
            { ?o openup:buyer ?this ; qb:dataSet ?level ; openup:supplier ?payee ; openup:year ?year ;
                 openup:amount ?total ; openup:paymentCount ?payments .
              ?level qb:structure openup:spendByPairYearStructure }""");
    private static final Query PAYMENTS = StoreReader.query("""
            SELECT ?payee ?date (SUM(?amount) AS ?total) (COUNT(?payment) AS ?payments)
            { ?payment payment:payer ?this ; payment:payee ?payee ; payment:date ?date ; payment:netAmount ?amount }
            GROUP BY ?payee ?date""");
    // Units are not a dimension of the sums: this one reads the payments (two values each, so it stays cheap).
    private static final Query UNITS = StoreReader.query("""
            SELECT ?unit (SUM(?amount) AS ?total) (COUNT(?payment) AS ?payments)
            { ?payment payment:payer ?this ; payment:unit ?unit ; payment:netAmount ?amount }
            GROUP BY ?unit""");
    private static final Query PROCESS_TOTALS = StoreReader.query("""
            SELECT (COUNT(DISTINCT ?process) AS ?n) (SUM(?value) AS ?total)
            { ?process ocds:hasBuyer ?this OPTIONAL { ?process openup:contractedValue/ocds:valueAmount ?value } }""");
    private static final Query TOP_PROCESS_LIST = StoreReader.query("""
            SELECT ?process (SAMPLE(?t) AS ?title) (MAX(?v) AS ?value)
            { ?process ocds:hasBuyer ?this
              OPTIONAL { ?process ocds:hasTender/dcterms:title ?t }
              OPTIONAL { ?process openup:contractedValue/ocds:valueAmount ?v } }
            GROUP BY ?process ORDER BY DESC(?value) ?process LIMIT %d""".formatted(TOP_PROCESSES));

    static boolean applies(StoreReader store, Node org) { return store.ask(IS_BUYER, org); }

    static BuyerSection of(StoreReader store, Node org, Display display) {
        List<Row> payments = Totals.spend(store, org, PAIR_YEARS, PAYMENTS);
        Row processTotals = store.select(PROCESS_TOTALS, org).get(0);
        return new BuyerSection(
                Totals.table(Totals.byYear(payments, "date"), Integer.MAX_VALUE, store, display),
                Totals.table(Totals.byResource(payments, "payee"), TOP_SUPPLIERS, store, display),
                Totals.table(Totals.byResource(store.select(UNITS, org), "unit"), MAX_UNITS, store, display),
                processTotals.count("n"), Display.money(processTotals.number("total")),
                store.select(TOP_PROCESS_LIST, org).stream().map(r -> new ProcessRow(display.term(r.node("process")),
                        r.text("title"), r.node("value") == null ? null : Display.money(r.number("value")))).toList());
    }

    record ProcessRow(Term process, String title, String value) { }
}
