package se.openup.loader.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;

/**
 * Writes payments in the layout of "Specifikation för leverantörsreskontra" v1.1: one row per posting, the
 * lower-case column names, UTF-8, ';', dot decimals, ISO dates ("yyyy-MM" where only the month is known), one file
 * per buyer and month. What each cell is made from, and what does not survive, is in docs/exports.md.
 */
public final class SpecCsvWriter {
    /** The columns, in the order the generator writes them too (s_kod_nr, optional, has no source in our data). */
    public static final List<String> COLUMNS = List.of("kopare_id", "kopare", "verifikationsnummer", "leverantor",
            "leverantor_id", "konto_nr", "konto_text", "belopp", "datum", "forvaltning", "fakturanummer", "grund",
            "avtal", "kommun_id");
    /** What the spec-v1.1 mapping reads as "none" and as a withheld payee. */
    static final String NONE = "-", WITHHELD = "ANONYMERAD";
    private static final Node MISSING_ID = Vocab.openup("MissingId");

    /** What was written: the files, the rows, and the payments left out because v1.1 has no currency column. */
    public record Result(List<Path> files, long rows, long notSek) {}

    private final DatasetGraph dsg;
    private final String base;
    private final Map<String, String> labels = new HashMap<>();

    private SpecCsvWriter(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.base = iris.base();
    }

    /** All buyers' payments (or one buyer's: 10-digit orgnr), into {@code dir}; one read transaction. */
    public static Result write(DatasetGraph dsg, String buyerOrgnr, Iris iris, Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            return Txn.calculateRead(dsg, () -> new SpecCsvWriter(dsg, iris).writeAll(buyerOrgnr, dir));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static final Query PAYMENTS = StoreQuery.parse("""
            SELECT ?g ?p ?buyer ?payee ?date ?amount ?currency ?line ?source ?precision ?voucher ?code ?account ?unit
                   ?invoice ?basis ?contract ?month WHERE {
              GRAPH ?g {
                ?p a payment:Payment ; payment:payer ?buyer ; payment:payee ?payee ; payment:date ?date ;
                   payment:netAmount ?amount ; payment:currency ?currency ; openup:sourceLine ?line ;
                   prov:wasDerivedFrom ?source .
                OPTIONAL { ?p openup:datePrecision ?precision }
                OPTIONAL { ?p payment:reference ?voucher }
                OPTIONAL { ?p payment:expenditureCode ?code }
                OPTIONAL { ?p payment:expenditureCategory ?account }
                OPTIONAL { ?p payment:unit ?unit }
                OPTIONAL { ?p openup:invoiceNumber ?invoice }
                OPTIONAL { ?p openup:procurementBasis ?basis }
                OPTIONAL { ?p openup:contractReference ?contract }
              }
              BIND (SUBSTR(STR(?date), 1, 7) AS ?month)
            } ORDER BY ?buyer ?month ?source ?line""");

    private Result writeAll(String buyerOrgnr, Path dir) {
        List<Path> files = new ArrayList<>();
        long rows = 0, notSek = 0;
        Map<String, Node> bindings = buyerOrgnr == null ? Map.of() : Map.of("buyer", new Iris(base).org(buyerOrgnr));
        String openKey = null;
        CsvWriter csv = null;
        try (var result = StoreQuery.select(dsg, PAYMENTS, bindings)) {
            for (Binding b; (b = result.take()) != null; ) {
                if (!b.get(Var.alloc("currency")).getURI().endsWith("/SEK")) { notSek++; continue; }
                String orgnr = path(b.get(Var.alloc("buyer"))).substring("org/".length());
                String key = orgnr + "-" + text(b, "month");
                if (!key.equals(openKey)) {
                    if (csv != null) csv.close();
                    Path file = dir.resolve("leverantorsreskontra-" + key + ".csv");
                    csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF)
                            .build(file, StandardCharsets.UTF_8);
                    csv.writeRecord(COLUMNS);
                    files.add(file);
                    openKey = key;
                }
                csv.writeRecord(row(b, orgnr));
                rows++;
            }
            if (csv != null) csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(files, rows, notSek);
    }

    private List<String> row(Binding b, String orgnr) {
        Node g = b.get(Var.alloc("g")), p = b.get(Var.alloc("p")), buyer = b.get(Var.alloc("buyer"));
        String date = text(b, "date");
        String[] supplier = supplier(g, p, b.get(Var.alloc("payee")));
        return List.of(orgnr.substring(0, 6) + "-" + orgnr.substring(6), orNone(lowest(g, buyer, Vocab.NAME)),
                orNone(text(b, "voucher")), supplier[0], supplier[1], orNone(text(b, "code")),
                orNone(lowest(g, b.get(Var.alloc("account")), Vocab.PREF_LABEL)),
                new BigDecimal(text(b, "amount")).toPlainString(),
                b.get(Var.alloc("precision")) != null ? date.substring(0, 7) : date,
                orNone(lowest(g, b.get(Var.alloc("unit")), Vocab.PREF_LABEL)), orNone(text(b, "invoice")),
                orNone(text(b, "basis")), orNone(text(b, "contract")), orNone(lowest(g, buyer, Vocab.KOMMUNKOD)));
    }

    /**
     * {leverantor, leverantor_id}. A withheld payee stays withheld: no name, and either the mask the spec-v1.1
     * mapping knows or, where the publisher gave neither name nor number (issue MissingId), two empty cells.
     */
    private String[] supplier(Node g, Node payment, Node payee) {
        String path = path(payee);
        if (path.startsWith("redacted/"))
            return new String[] {NONE, dsg.contains(g, payment, Vocab.SUPPLIER_ID_ISSUE, MISSING_ID) ? NONE : WITHHELD};
        String name = lowest(g, payee, Vocab.NAME_AS_PUBLISHED);
        if (name == null) name = lowest(g, payee, Vocab.NAME);
        String id;
        if (path.matches("org/[0-9]{10}")) id = path.substring(4, 10) + "-" + path.substring(10);
        else if (path.startsWith("org/vat/")) id = path.substring(8);
        else id = lowest(g, payee, Vocab.PUBLISHER_SUPPLIER_NUMBER);
        if (id != null) {
            // further numbers of a multi-id cell, after the one the loader chose (it keeps the first valid one)
            Set<String> others = new TreeSet<>();
            Iterator<Triple> it = dsg.getGraph(g).find(payment, Vocab.OTHER_SUPPLIER_ID, Node.ANY);
            try {
                it.forEachRemaining(t -> others.add(t.getObject().getLiteralLexicalForm()));
            } finally {
                Iter.close(it);
            }
            for (String o : others) id += "/" + o;
        }
        return new String[] {orNone(name), orNone(id)};
    }

    /** The lowest value of a property in this file's graph (one where the file gave one), cached per graph. */
    private String lowest(Node g, Node s, Node p) {
        if (s == null) return null;
        String key = g.getURI() + ' ' + s + ' ' + p.getURI();
        String v = labels.get(key);
        if (v != null || labels.containsKey(key)) return v;
        v = StoreQuery.lowest(dsg.getGraph(g), s, p);
        labels.put(key, v);
        return v;
    }

    private String path(Node n) { return n.getURI().startsWith(base) ? n.getURI().substring(base.length()) : n.getURI(); }

    private static String text(Binding b, String var) { return OcdsWriter.lexical(b, var); }

    private static String orNone(String v) { return v == null || v.isEmpty() ? NONE : v; }
}
