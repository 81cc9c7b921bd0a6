package se.openup.endpoint.linkeddata;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import se.openup.endpoint.linkeddata.Display.Term;
import se.openup.endpoint.linkeddata.StoreReader.Row;

/**
 * Sums of payments grouped by something (a buyer, a supplier, a unit, a year). A page asks the store once for
 * fine-grained groups ({@code ?total} and {@code ?payments} per combination of keys) and rolls them up here: one
 * scan of a buyer's 68 021 payments instead of one per table.
 */
final class Totals {
    private Totals() { }

    private static final Query HAS_YEAR_LEVELS = StoreReader.query(
            "ASK { ?level qb:structure openup:spendByPairYearStructure }");

    /**
     * The groups a page rolls up: from the buyer × supplier × year sums the loader keeps (graph cube/years,
     * docs/aggregates.md) when the store has them — a few rows instead of a scan of every payment (Örebro kommun:
     * 68 021) — else from the payments themselves. Both queries bind {@code ?this} and give ?total and ?payments.
     */
    static List<Row> spend(StoreReader store, Node self, Query fromYearLevels, Query fromPayments) {
        return store.select(store.ask(HAS_YEAR_LEVELS, self) ? fromYearLevels : fromPayments, self);
    }

    /** One group: what (a linked resource or a year), its sum in kronor and its number of payments. */
    record Line(Term what, String amount, String payments) { }

    /** The first lines of {@code groups} in all, with the sums over all of them (a top 20 still states the whole). */
    record Table(List<Line> lines, String groups, String amount, String payments) { }

    /** The sum of one group; {@code key} is a resource or, for years, the year as text. */
    record Sum(Object key, BigDecimal total, long payments) { }

    /** Groups rolled up by a resource column, biggest sum first; rows without that column are left out. */
    static List<Sum> byResource(List<Row> rows, String var) {
        return rollUp(rows, r -> r.node(var), Comparator.comparing(Sum::total).reversed()
                .thenComparing(s -> s.key().toString()));
    }

    /** Groups rolled up by the year of an xsd:date column, in year order. */
    static List<Sum> byYear(List<Row> rows, String dateVar) {
        return rollUp(rows, r -> r.node(dateVar) == null ? null : r.node(dateVar).getLiteralLexicalForm().substring(0, 4),
                Comparator.comparing(s -> s.key().toString()));
    }

    private static List<Sum> rollUp(List<Row> rows, Function<Row, Object> keyOf, Comparator<Sum> order) {
        Map<Object, Sum> sums = new LinkedHashMap<>();
        for (Row row : rows) {
            Object key = keyOf.apply(row);
            if (key == null) continue;
            Sum add = new Sum(key, row.number("total"), row.count("payments"));
            sums.merge(key, add, (a, b) -> new Sum(key, a.total().add(b.total()), a.payments() + b.payments()));
        }
        return sums.values().stream().sorted(order).toList();
    }

    /** The first {@code max} groups as lines (resources labelled from the store), and the sums over all groups. */
    static Table table(List<Sum> sums, int max, StoreReader store, Display display) {
        List<Sum> shown = sums.subList(0, Math.min(max, sums.size()));
        display.learnLabels(store.labelsOf(shown.stream().map(Sum::key)
                .filter(Node.class::isInstance).map(Node.class::cast).toList()));
        List<Line> lines = shown.stream().map(s -> new Line(
                s.key() instanceof Node n ? display.term(n) : new Term(s.key().toString(), null, null, null),
                Display.money(s.total()), Display.number(s.payments()))).toList();
        BigDecimal total = sums.stream().map(Sum::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        long payments = sums.stream().mapToLong(Sum::payments).sum();
        return new Table(lines, Display.number(sums.size()), Display.money(total), Display.number(payments));
    }

    /** The IRIs in some columns of some rows (to look their labels up in one go). */
    static Set<Node> nodes(List<Row> rows, String... vars) {
        Set<Node> nodes = new LinkedHashSet<>();
        for (Row row : rows) {
            for (String var : vars) {
                Node n = row.node(var);
                if (n != null && n.isURI()) nodes.add(n);
            }
        }
        return nodes;
    }
}
