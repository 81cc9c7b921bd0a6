package se.openup.endpoint.queries;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import se.openup.endpoint.server.Pages;

/**
 * The journalist's view of the library: {@code /queries} (the queries by category) and {@code /queries/{id}} (a
 * form for the parameters; the page's script fetches the answer from the API and draws the table and the chart).
 * The form is filled from the request, so {@code /queries/{id}?year=2023} is a permalink. {@code ?lang=en} switches
 * the texts; Swedish is the default.
 */
final class QueryPages {
    private final QueryLibrary library;
    private final Binder binder;
    private final QueryRunner runner;
    private final String base;

    QueryPages(QueryLibrary library, Binder binder, QueryRunner runner, String base) {
        this.library = library;
        this.binder = binder;
        this.runner = runner;
        this.base = base;
    }

    /** One category of the list page, its queries in title order. */
    record Category(String id, String label, List<Item> queries) { }

    record Item(String id, String title, String description) { }

    /** A form field: a select when the values are enumerable, else a number or text input. */
    record Field(String name, String label, String kind, boolean required, String value, List<Option> options,
                 String min, String max, int maxLength) { }

    record Option(String value, String label, boolean selected) { }

    void list(Context ctx) {
        String lang = PageText.lang(ctx);
        Map<String, Category> categories = new LinkedHashMap<>();
        for (String c : PageText.CATEGORIES) categories.put(c, new Category(c, PageText.text(c, lang), new ArrayList<>()));
        for (SavedQuery q : library.all()) {
            Category c = categories.computeIfAbsent(q.category(), id -> new Category(id, id, new ArrayList<>()));
            c.queries().add(new Item(q.id(), q.title().get(lang), q.description().get(lang)));
        }
        categories.values().removeIf(c -> c.queries().isEmpty());
        Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
        categories.values().forEach(c -> c.queries().sort(Comparator.comparing(Item::title, collator)));
        Map<String, Object> model = PageText.model(lang, ctx);
        model.put("categories", List.copyOf(categories.values()));
        Pages.html(ctx, "queries", model);
    }

    void page(Context ctx) {
        SavedQuery q = library.get(ctx.pathParam("id"));
        if (q == null) {
            ctx.status(404);
            list(ctx);
            return;
        }
        String lang = PageText.lang(ctx);
        List<Field> fields = new ArrayList<>();
        for (Parameter p : q.params()) fields.add(field(p, ctx.queryParam(p.name()), lang));
        String params = apiParams(q, ctx);
        Map<String, Object> model = PageText.model(lang, ctx);
        model.put("query", q);
        model.put("title", q.title().get(lang));
        model.put("description", q.description().get(lang));
        model.put("caveat", q.caveat().get(lang));
        model.put("category", PageText.text(q.category(), lang));
        model.put("fields", fields);
        model.put("chart", q.chart());
        model.put("base", base);
        model.put("csv", "/api/queries/" + q.id() + ".csv" + params);
        model.put("json", "/api/queries/" + q.id() + ".json" + params);
        String sparql = boundText(q, ctx);
        model.put("sparql", sparql);
        model.put("editor", editorLink(sparql, q.title().get(lang)));
        model.put("ui", PageText.scriptTexts(lang));
        model.put("headings", headings(q, lang));
        Pages.html(ctx, "query", model);
    }

    /**
     * {@code /queries/{id}/sparql?…}: the query with the request's values bound (text/plain), for "show the SPARQL"
     * and the editor link after the form changed. Values are bound as RDF terms in the parsed query, as for the API.
     */
    void sparql(Context ctx) {
        SavedQuery q = library.get(ctx.pathParam("id"));
        if (q == null) {
            ctx.status(404).result("no saved query");
            return;
        }
        try {
            String text = binder.bind(q, ctx.queryParamMap()).apply(q.query()).serialize();
            ctx.contentType("text/plain; charset=utf-8").result(text);
        } catch (Binder.BadParameter e) {
            ctx.status(400).contentType("text/plain; charset=utf-8").result(e.getMessage());
        }
    }

    /** Column → heading and parameter → label in the page's language, as JSON for the page's script. */
    private static String headings(SavedQuery q, String lang) {
        Map<String, Object> h = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>(), params = new LinkedHashMap<>();
        for (String c : q.query().getResultVars()) columns.put(c, q.heading(c, lang));
        for (Parameter p : q.params()) params.put(p.name(), p.label().getOrDefault(lang, p.name()));
        h.put("columns", columns);
        h.put("params", params);
        return Answer.JSON.valueToTree(h).toString();
    }

    /** The request's parameters as the API takes them: declared names only, empty values left out. */
    private static String apiParams(SavedQuery q, Context ctx) {
        List<String> parts = new ArrayList<>();
        for (Parameter p : q.params()) {
            String v = ctx.queryParam(p.name());
            if (v != null && !v.isEmpty()) parts.add(p.name() + "=" + encode(v));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The bound query when the request's values bind, else the saved text with its {@code ?_name} variables. */
    private String boundText(SavedQuery q, Context ctx) {
        Map<String, List<String>> sent = new LinkedHashMap<>(ctx.queryParamMap());
        sent.remove("lang");
        try {
            return binder.bind(q, sent).apply(q.query()).serialize();
        } catch (Binder.BadParameter e) {
            return q.sparql();
        }
    }

    /** YASGUI reads {@code #query=…&tabTitle=…} from the address (the fragment never reaches a server log). */
    static String editorLink(String sparql, String title) {
        return "/editor#query=" + encode(sparql) + "&tabTitle=" + encode(title);
    }

    private Field field(Parameter p, String sent, String lang) {
        String value = sent != null ? sent : p.defaultValue() != null ? p.defaultValue() : "";
        String label = p.label().getOrDefault(lang, p.name());
        String min = p.min() == null ? null : p.min().toPlainString();
        String max = p.max() == null ? null : p.max().toPlainString();
        List<Option> options = new ArrayList<>();
        if (value.isEmpty() || (!p.required() && p.defaultValue() == null))
            options.add(new Option("", PageText.text(p.required() ? "choose" : "any", lang), value.isEmpty()));
        if (p.enumeration() != null) enumerated(p, value, options);
        else if (p.type() == ParamType.ENUM) for (String v : p.values()) options.add(new Option(v, v, v.equals(value)));
        else if (p.type() == ParamType.BOOLEAN) for (String v : List.of("true", "false"))
            options.add(new Option(v, PageText.text(v, lang), v.equals(value)));
        else {
            boolean number = p.type() == ParamType.YEAR || p.type() == ParamType.INTEGER;
            return new Field(p.name(), label, number ? "number" : "text", p.required(), value, List.of(), min, max, p.lengthLimit());
        }
        if (!value.isEmpty() && options.stream().noneMatch(Option::selected))
            options.add(new Option(value, value, true)); // kept as sent, so the API's error names the problem
        return new Field(p.name(), label, "select", p.required(), value, options, min, max, p.lengthLimit());
    }

    /**
     * The enumeration's rows as options. The option's value is the row's shortest alias (kommunkod 1880, class 4),
     * which keeps permalinks short; a value sent as another alias (an orgnr) still selects its row.
     */
    private void enumerated(Parameter p, String value, List<Option> options) {
        Node chosen = null;
        try {
            if (!value.isEmpty()) chosen = binder.term(p, value);
        } catch (Binder.BadParameter e) {
            // not one of the rows: the form keeps it as sent (see field)
        }
        QueryRunner.Table table = runner.run(library.get(p.enumeration()).query());
        for (Map<String, Node> row : table.records()) {
            Node v = row.get("value");
            String alias = null;
            for (String column : table.columns()) {
                Node n = row.get(column);
                if (column.equals("value") || column.equals("label") || n == null) continue;
                String text = Answer.text(n);
                if (alias == null || text.length() < alias.length()) alias = text;
            }
            String label = row.get("label") == null ? Answer.text(v) : Answer.text(row.get("label"));
            String optionValue = alias != null ? alias : Answer.text(v);
            String shown = alias == null || label.contains(alias) ? label : label + " (" + alias + ")";
            options.add(new Option(optionValue, shown, v.equals(chosen)));
        }
    }

    static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }
}
