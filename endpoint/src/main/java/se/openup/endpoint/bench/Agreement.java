package se.openup.endpoint.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import se.openup.endpoint.bench.Endpoint.Table;

/**
 * Do two systems give the same answer? Same columns, same number of rows, and each cell the same term — numbers
 * equal to the öre (two decimals: engines print decimals with different scales), other literals by lexical form and
 * language (one engine's xsd:string is another's plain literal), IRIs exactly, blank nodes as blank.
 */
public final class Agreement {
    /** {@code same}: the answers agree; {@code note} says how (row count, order) or where they first differ. */
    public record Verdict(boolean same, String note) {}

    private Agreement() {}

    public static Verdict compare(Table ours, Table theirs) {
        if (!ours.columns().equals(theirs.columns()))
            return new Verdict(false, "columns " + ours.columns() + " vs " + theirs.columns());
        if (ours.rows().size() != theirs.rows().size())
            return new Verdict(false, ours.rows().size() + " rows vs " + theirs.rows().size());
        String first = firstDifference(ours.rows(), theirs.rows(), ours.columns());
        if (first == null) return new Verdict(true, ours.rows().size() + " rows, same order");
        // ORDER BY ties may come out in another order; the same rows in another order are the same answer set
        if (firstDifference(sorted(ours.rows()), sorted(theirs.rows()), ours.columns()) == null)
            return new Verdict(true, ours.rows().size() + " rows, other order (" + first + ")");
        return new Verdict(false, first);
    }

    private static String firstDifference(List<List<Node>> a, List<List<Node>> b, List<String> columns) {
        for (int r = 0; r < a.size(); r++)
            for (int c = 0; c < columns.size(); c++)
                if (!key(a.get(r).get(c)).equals(key(b.get(r).get(c))))
                    return "row " + (r + 1) + " ?" + columns.get(c) + ": " + show(a.get(r).get(c)) + " vs " + show(b.get(r).get(c));
        return null;
    }

    private static List<List<Node>> sorted(List<List<Node>> rows) {
        List<List<Node>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(row -> String.join("\u0000", row.stream().map(Agreement::key).toList())));
        return copy;
    }

    /** The comparable form of a cell. */
    static String key(Node n) {
        if (n == null) return "unbound";
        if (n.isBlank()) return "blank";
        if (n.isURI()) return "<" + n.getURI() + ">";
        BigDecimal number = number(n);
        if (number != null) return "n:" + number.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return "\"" + n.getLiteralLexicalForm() + "\"@" + Objects.toString(n.getLiteralLanguage(), "");
    }

    private static BigDecimal number(Node n) {
        String dt = n.getLiteralDatatypeURI();
        if (dt == null || !dt.startsWith("http://www.w3.org/2001/XMLSchema#")) return null;
        String local = dt.substring(dt.indexOf('#') + 1);
        if (!List.of("decimal", "integer", "int", "long", "double", "float", "short", "nonNegativeInteger").contains(local)) return null;
        try {
            return new BigDecimal(n.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null; // NaN, INF: compared as text
        }
    }

    private static String show(Node n) {
        return n == null ? "unbound" : n.toString(); // no personal numbers here: the store holds none (redacted at load)
    }
}
