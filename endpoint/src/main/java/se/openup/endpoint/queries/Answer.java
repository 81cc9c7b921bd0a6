package se.openup.endpoint.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * A saved query's result in the two shapes the API gives, with the same columns in the same order and the same
 * text for every value: JSON {@code {query, params, columns: [{name, type}], rows: [[…]]}} and CSV (header row,
 * UTF-8, '.' decimals). Decimals are JSON numbers written exactly as the store computed them (never through a
 * double), so 0.1 + 0.2 stays 0.3 in both shapes.
 */
public final class Answer {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private final SavedQuery query;
    private final Map<String, String> params;
    private final QueryRunner.Table table;
    private final List<String> types;

    public Answer(SavedQuery query, Map<String, String> params, QueryRunner.Table table) {
        this.query = query;
        this.params = params;
        this.table = table;
        this.types = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) types.add(columnType(c));
    }

    public List<String> types() { return types; }

    public JsonNode json() {
        ObjectNode o = F.objectNode();
        o.put("query", query.id());
        ObjectNode p = o.putObject("params");
        params.forEach(p::put);
        ArrayNode cols = o.putArray("columns");
        for (int c = 0; c < table.columns().size(); c++)
            cols.addObject().put("name", table.columns().get(c)).put("type", types.get(c));
        ArrayNode rows = o.putArray("rows");
        for (List<Node> row : table.rows()) {
            ArrayNode r = rows.addArray();
            for (int c = 0; c < row.size(); c++) r.add(jsonValue(row.get(c), types.get(c)));
        }
        o.put("rowCount", table.rows().size());
        o.put("truncated", table.truncated());
        if (!query.caveat().isEmpty()) o.set("caveat", JSON.valueToTree(query.caveat()));
        return o;
    }

    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(table.columns().toArray(String[]::new)).get())) {
            for (List<Node> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Node n : row) cells.add(n == null ? "" : text(n));
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** e.g. {@code spend-per-inhabitant_year-2016.csv}: the query and its parameters, safe in any file system. */
    public String fileName(String extension) {
        StringBuilder name = new StringBuilder(query.id());
        params.forEach((k, v) -> name.append('_').append(k).append('-').append(v.replaceAll("[^A-Za-z0-9.]+", "")));
        String n = name.length() > 120 ? name.substring(0, 120) : name.toString();
        return n + "." + extension;
    }

    /** The column's type: integer, decimal, double, boolean, date, iri or string (mixed numbers widen to decimal). */
    private String columnType(int c) {
        String type = null;
        for (List<Node> row : table.rows()) {
            Node n = row.get(c);
            if (n == null) continue;
            String t = type(n);
            if (type == null || type.equals(t)) type = t;
            else if (isNumber(type) && isNumber(t)) type = "decimal";
            else return "string";
        }
        return type == null ? "string" : type;
    }

    private static boolean isNumber(String t) { return t.equals("integer") || t.equals("decimal"); }

    static String type(Node n) {
        if (n.isURI()) return "iri";
        if (!n.isLiteral()) return "string";
        NodeValue v = NodeValue.makeNode(n);
        if (v.isInteger()) return "integer";
        if (v.isDecimal()) return "decimal";
        if (v.isDouble() || v.isFloat()) return Double.isFinite(v.getDouble()) ? "double" : "string";
        if (v.isBoolean()) return "boolean";
        if (v.isDate()) return "date";
        return "string";
    }

    /** One cell as text: the IRI, or the literal's lexical form (integers and decimals in plain notation). */
    static String text(Node n) {
        if (n.isURI()) return n.getURI();
        if (!n.isLiteral()) return n.toString();
        return switch (type(n)) {
            case "integer" -> NodeValue.makeNode(n).getInteger().toString();
            case "decimal" -> NodeValue.makeNode(n).getDecimal().toPlainString();
            default -> n.getLiteralLexicalForm();
        };
    }

    private static JsonNode jsonValue(Node n, String columnType) {
        if (n == null) return F.nullNode();
        String own = type(n);
        return switch (columnType.equals("string") ? "string" : own) {
            case "integer" -> F.numberNode(new BigInteger(text(n)));
            case "decimal" -> F.numberNode(new BigDecimal(text(n)));
            case "double" -> F.numberNode(Double.parseDouble(n.getLiteralLexicalForm()));
            case "boolean" -> F.booleanNode(NodeValue.makeNode(n).getBoolean());
            default -> F.textNode(text(n));
        };
    }
}
