package se.openup.endpoint.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Reads one {@code .rq} file: the leading {@code #+ } comment lines are a YAML header (grlc's decorator style), the
 * whole file is the SPARQL query. Everything wrong with a file is reported with its name, so a broken query stops
 * the server (and the tests) at startup rather than at a journalist's first click.
 */
final class QueryFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KEYS = Set.of("title", "description", "category", "keywords", "questions",
            "params", "caveat", "chart", "columns");
    private static final Set<String> PARAM_KEYS = Set.of("type", "required", "default", "min", "max", "maxLength",
            "values", "enumeration", "label");

    private QueryFile() { }

    static SavedQuery parse(String fileName, String text) {
        try {
            return parseChecked(fileName, text);
        } catch (QueryParseException e) {
            throw new LibraryException(fileName + ": SPARQL syntax error: " + e.getMessage(), e);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JacksonException e) {
            throw new LibraryException(fileName + ": " + e.getMessage(), e);
        }
    }

    private static SavedQuery parseChecked(String fileName, String text) throws com.fasterxml.jackson.core.JacksonException {
        if (!fileName.matches("[a-z0-9]+(-[a-z0-9]+)*\\.rq"))
            throw new IllegalArgumentException("file name must be lower-case words joined by '-', ending .rq");
        String id = fileName.substring(0, fileName.length() - 3);
        JsonNode header = YAML.readTree(header(text));
        if (header == null || !header.isObject()) throw new IllegalArgumentException("no '#+ ' metadata header");
        header.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) throw new IllegalArgumentException("unknown metadata key '" + k + "'");
        });
        Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        if (!query.isSelectType()) throw new IllegalArgumentException("only SELECT queries can be saved");
        List<Parameter> params = params(header.path("params"));
        checkVariables(query, params);
        String category = require(header, "category").asText();
        return new SavedQuery(id, texts(header, "title", true), texts(header, "description", true), category,
                strings(header.path("keywords")), strings(header.path("questions")), params,
                texts(header, "caveat", !SavedQuery.ENUMERATION.equals(category)), map(header.path("chart")),
                headings(header.path("columns")), query);
    }

    /** The {@code #+ } lines before the query, without their marker. */
    static String header(String text) {
        StringBuilder yaml = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("#+ ")) yaml.append(line, 3, line.length()).append('\n');
            else if (line.equals("#+")) yaml.append('\n');
            else if (!line.isBlank() && !line.startsWith("#")) break;
        }
        return yaml.toString();
    }

    /** Every {@code ?_x} in the query is a declared parameter, every parameter is used, none is projected. */
    private static void checkVariables(Query query, List<Parameter> params) {
        Set<String> used = new TreeSet<>();
        // the very walk binding uses (patterns, expressions, subqueries), so the check sees what binding will replace
        QueryTransformOps.transform(query, (NodeTransform) n -> {
            if (n instanceof Var v && v.getVarName().startsWith("_")) used.add(v.getVarName());
            return n;
        });
        Set<String> declared = new TreeSet<>();
        for (Parameter p : params) declared.add(p.variable());
        for (String v : used)
            if (!declared.contains(v)) throw new IllegalArgumentException("?" + v + " is used but no parameter '" + v.substring(1) + "' is declared");
        for (String v : declared)
            if (!used.contains(v)) throw new IllegalArgumentException("parameter '" + v.substring(1) + "' is declared but ?" + v + " is not used");
        for (Var v : query.getProjectVars())
            if (v.getVarName().startsWith("_")) throw new IllegalArgumentException("a parameter may not be projected: ?" + v.getVarName());
    }

    private static List<Parameter> params(JsonNode node) {
        List<Parameter> list = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) return list;
        if (!node.isObject()) throw new IllegalArgumentException("params must be a map of name → declaration");
        node.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode p = e.getValue();
            p.fieldNames().forEachRemaining(k -> {
                if (!PARAM_KEYS.contains(k)) throw new IllegalArgumentException("parameter " + name + ": unknown key '" + k + "'");
            });
            list.add(new Parameter(name, ParamType.of(require(p, "type").asText()), p.path("required").asBoolean(false),
                    p.hasNonNull("default") ? p.get("default").asText() : null, decimal(p.get("min")), decimal(p.get("max")),
                    p.hasNonNull("maxLength") ? p.get("maxLength").asInt() : null, strings(p.path("values")),
                    p.hasNonNull("enumeration") ? p.get("enumeration").asText() : null,
                    p.has("label") ? map(p.get("label")) : Map.of()));
        });
        return list;
    }

    /** Column → {sv, en}: a query's own {@code columns:} header, or the shared queries/columns.yaml. */
    static Map<String, Map<String, String>> headings(JsonNode node) {
        Map<String, Map<String, String>> headings = new LinkedHashMap<>();
        if (node == null || node.isMissingNode() || node.isNull()) return headings;
        if (!node.isObject()) throw new IllegalArgumentException("columns must be a map of column → {sv, en}");
        node.fields().forEachRemaining(e -> {
            Map<String, String> texts = map(e.getValue());
            if (!texts.containsKey("sv") || !texts.containsKey("en"))
                throw new IllegalArgumentException("column " + e.getKey() + ": the heading needs both sv and en");
            headings.put(e.getKey(), texts);
        });
        return headings;
    }

    static Map<String, Map<String, String>> headings(String yaml) {
        try {
            return headings(YAML.readTree(yaml));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new LibraryException(QueryLibrary.HEADINGS + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new LibraryException(QueryLibrary.HEADINGS + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode require(JsonNode node, String key) {
        if (!node.hasNonNull(key)) throw new IllegalArgumentException("missing '" + key + "'");
        return node.get(key);
    }

    private static Map<String, String> texts(JsonNode header, String key, boolean required) {
        if (!header.hasNonNull(key)) {
            if (required) throw new IllegalArgumentException("missing '" + key + "' (sv and en)");
            return Map.of();
        }
        Map<String, String> texts = map(header.get(key));
        if (!texts.containsKey("sv") || !texts.containsKey("en"))
            throw new IllegalArgumentException("'" + key + "' needs both sv and en");
        return texts;
    }

    private static Map<String, String> map(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return Map.of();
        if (!node.isObject()) throw new IllegalArgumentException("expected a map, found: " + node);
        Map<String, String> m = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText().strip()));
        return m;
    }

    private static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) return list;
        if (!node.isArray()) throw new IllegalArgumentException("expected a list, found: " + node);
        node.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static BigDecimal decimal(JsonNode n) { return n == null || n.isNull() ? null : new BigDecimal(n.asText()); }
}
