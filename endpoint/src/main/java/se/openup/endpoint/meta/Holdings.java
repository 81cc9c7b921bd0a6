package se.openup.endpoint.meta;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the graph holds, as the home page tells it: read from the load records the loader wrote per file
 * (prov:Activity with counts and sums, docs/ontology.md), plus the buyers and procurement processes. Call inside a
 * read transaction.
 *
 * @param files          one line per loaded source file
 * @param buyers         display names of the organisations that pay in the ledgers
 * @param periods        the months/years the ledger files cover, sorted
 * @param payments       payments loaded from ledger files
 * @param paid           their sum, SEK
 * @param rejected       rows rejected, all files
 * @param redacted       payees redacted (sole traders) in ledger files
 * @param processes      procurement processes (OCDS contracting processes)
 * @param contracted     Σ contracted value of those processes, SEK
 */
public record Holdings(List<SourceFile> files, List<String> buyers, List<String> periods, long payments,
                       BigDecimal paid, long rejected, long redacted, long processes, BigDecimal contracted) {

    /** One loaded file: its graph, title, publisher (as the file's mapping names it), kind, period and load figures. */
    public record SourceFile(String graph, String source, String title, String publisher, String kind, String period,
                             long rowsRead, long rowsLoaded, long rowsRejected, long rowsRedacted, BigDecimal amount,
                             String loadedAt) {
        /** Ledger rows are payments in SEK; other kinds (procurement, reference) count other things. */
        public boolean isLedger() { return kind == null || kind.equals("ledger"); }
    }

    static Holdings compute(DatasetGraph dsg) {
        List<SourceFile> files = StoreQueries.select(dsg, """
                SELECT ?graph ?source ?title ?kind ?period ?read ?loaded ?rejected ?redacted ?amount ?ended
                       (MIN(?name) AS ?publisher)
                WHERE {
                  ?graph prov:wasGeneratedBy ?load .
                  ?load prov:used ?source ; openup:rowsRead ?read ; openup:rowsLoaded ?loaded ;
                        openup:rowsRejected ?rejected ; openup:rowsRedacted ?redacted ; openup:amountLoaded ?amount ;
                        prov:endedAtTime ?ended .
                  ?source dcterms:title ?title .
                  OPTIONAL { ?source openup:rowKind ?kind }
                  OPTIONAL { ?source openup:period ?period }
                  OPTIONAL { GRAPH ?graph { ?dataset dcat:distribution ?source ; dcterms:publisher ?org .
                                            ?org schema:name ?name } }
                }
                GROUP BY ?graph ?source ?title ?kind ?period ?read ?loaded ?rejected ?redacted ?amount ?ended
                ORDER BY ?publisher ?period ?title""").stream().map(Holdings::file).toList();
        List<String> buyers = StoreQueries.select(dsg, """
                SELECT ?buyer (SAMPLE(?published) AS ?asPublished) (MIN(?anyName) AS ?name) {
                  { SELECT DISTINCT ?buyer { ?payment payment:payer ?buyer } }
                  OPTIONAL { ?buyer schema:name ?anyName }
                  OPTIONAL { GRAPH ?g { ?dataset dcterms:publisher ?buyer . ?buyer schema:name ?published } }
                } GROUP BY ?buyer""").stream().map(Holdings::buyerName).sorted().toList();
        QuerySolution procurement = StoreQueries.select(dsg, """
                SELECT (COUNT(?process) AS ?processes) (SUM(COALESCE(?value, 0)) AS ?contracted) {
                  ?process a ocds:ContractingProcess .
                  OPTIONAL { ?process openup:contractedValue/ocds:valueAmount ?value } }""").get(0);
        List<SourceFile> ledgers = files.stream().filter(SourceFile::isLedger).toList();
        return new Holdings(files, buyers,
                List.copyOf(new TreeSet<>(ledgers.stream().map(SourceFile::period).filter(p -> p != null).toList())),
                ledgers.stream().mapToLong(SourceFile::rowsLoaded).sum(),
                ledgers.stream().map(SourceFile::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                files.stream().mapToLong(SourceFile::rowsRejected).sum(),
                ledgers.stream().mapToLong(SourceFile::rowsRedacted).sum(),
                StoreQueries.count(procurement, "processes"), StoreQueries.decimal(procurement, "contracted"));
    }

    private static SourceFile file(QuerySolution r) {
        return new SourceFile(StoreQueries.string(r, "graph"), StoreQueries.string(r, "source"),
                StoreQueries.string(r, "title"), StoreQueries.string(r, "publisher"), StoreQueries.string(r, "kind"),
                StoreQueries.string(r, "period"), StoreQueries.count(r, "read"), StoreQueries.count(r, "loaded"),
                StoreQueries.count(r, "rejected"), StoreQueries.count(r, "redacted"), StoreQueries.decimal(r, "amount"),
                StoreQueries.string(r, "ended"));
    }

    /** The name the buyer's own file gives it, else any name the data has, else its IRI. */
    private static String buyerName(QuerySolution r) {
        String published = StoreQueries.string(r, "asPublished");
        if (published != null) return published;
        String any = StoreQueries.string(r, "name");
        return any != null ? any : StoreQueries.string(r, "buyer");
    }
}
