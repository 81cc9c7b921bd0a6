package se.openup.endpoint.queries;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAPI 3 document of the query API, derived from the library: one path per saved query. */
public final class OpenApi {
    private OpenApi() { }

    public static ObjectNode document(QueryLibrary library) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Open Up Graph — saved queries").put("version", "1")
                .put("description", "Prepared questions on Swedish public purchase ledgers and procurement statistics. "
                        + "Every query answers as JSON (columns + rows, typed values) or CSV (Accept: text/csv, or the "
                        + "path with .csv). Flags are a reason to look, not proof: read each query's caveat.");
        ObjectNode paths = doc.putObject("paths");
        paths.putObject("/api/queries").putObject("get").put("summary", "The catalogue of saved queries")
                .put("operationId", "listQueries")
                .putObject("responses").putObject("200").put("description", "the catalogue")
                .putObject("content").putObject("application/json").putObject("schema").put("type", "object");
        for (SavedQuery q : library.all()) {
            ObjectNode get = paths.putObject("/api/queries/" + q.id()).putObject("get");
            get.put("operationId", camel(q.id()));
            get.put("summary", q.title().get("en"));
            get.put("description", q.description().get("en")
                    + (q.caveat().containsKey("en") ? "\n\nCaveat: " + q.caveat().get("en") : ""));
            get.putArray("tags").add(q.category());
            ArrayNode params = get.putArray("parameters");
            for (Parameter p : q.params()) {
                ObjectNode po = params.addObject();
                po.put("name", p.name()).put("in", "query").put("required", p.required());
                po.put("description", p.label().getOrDefault("en", p.name()) + " (" + p.type().id() + ")"
                        + (p.enumeration() != null ? "; allowed values: /api/queries/" + p.enumeration() : ""));
                ObjectNode schema = po.putObject("schema");
                schema.put("type", p.type().jsonType());
                if (p.type().jsonType().equals("string")) schema.put("maxLength", p.lengthLimit());
                if (p.defaultValue() != null) schema.put("default", p.defaultValue());
                if (p.min() != null) schema.put("minimum", p.min());
                if (p.max() != null) schema.put("maximum", p.max());
                if (!p.values().isEmpty()) {
                    ArrayNode e = schema.putArray("enum");
                    p.values().forEach(e::add);
                }
            }
            ObjectNode responses = get.putObject("responses");
            ObjectNode ok = responses.putObject("200").put("description", "the result");
            ok.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Result");
            ((ObjectNode) ok.get("content")).putObject("text/csv").putObject("schema").put("type", "string");
            responses.putObject("400").put("description", "a parameter value is not allowed (the message names it)")
                    .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
            responses.putObject("503").put("description", "the query ran out of time");
        }
        ObjectNode schemas = doc.putObject("components").putObject("schemas");
        ObjectNode result = schemas.putObject("Result").put("type", "object");
        ObjectNode props = result.putObject("properties");
        props.putObject("query").put("type", "string");
        props.putObject("params").put("type", "object");
        ObjectNode column = props.putObject("columns").put("type", "array").putObject("items").put("type", "object");
        column.putObject("properties").putObject("name").put("type", "string");
        ((ObjectNode) column.get("properties")).putObject("type").put("type", "string").putArray("enum")
                .add("integer").add("decimal").add("double").add("boolean").add("date").add("iri").add("string");
        props.putObject("rows").put("type", "array").put("description",
                "one array per row, cells in column order; integer and decimal cells are exact JSON numbers")
                .putObject("items").put("type", "array").putObject("items");
        props.putObject("rowCount").put("type", "integer");
        props.putObject("truncated").put("type", "boolean");
        ObjectNode error = schemas.putObject("Error").put("type", "object").putObject("properties");
        error.putObject("error").put("type", "string");
        error.putObject("parameter").put("type", "string");
        return doc;
    }

    private static String camel(String id) {
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char c : id.toCharArray()) {
            if (c == '-') up = true;
            else { s.append(up ? Character.toUpperCase(c) : c); up = false; }
        }
        return s.toString();
    }
}
