package se.openup.endpoint.queries;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query pages' own words in Swedish and English (the queries' titles, descriptions, labels and caveats come
 * from their files). {@code ?lang=en} chooses English; anything else is Swedish.
 */
final class PageText {
    /** The list page's order of categories; a category not named here is listed after them under its id. */
    static final List<String> CATEGORIES = List.of("comparison", "suppliers", "risk", "procurement", "trends",
            "quality", SavedQuery.ENUMERATION);

    private static final Map<String, String> SV = Map.ofEntries(
            Map.entry("queries", "Frågor"),
            Map.entry("intro", "Färdiga frågor till grafen. Välj en fråga, fyll i formuläret och ladda ner svaret som CSV eller JSON. Adressen är en permalänk."),
            Map.entry("comparison", "Jämförelser"), Map.entry("suppliers", "Leverantörer"),
            Map.entry("risk", "Granskning"), Map.entry("procurement", "Upphandling"), Map.entry("trends", "Förändring"),
            Map.entry("quality", "Täckning och kvalitet"), Map.entry("enumeration", "Värdelistor"),
            Map.entry("run", "Visa"), Map.entry("any", "(alla)"), Map.entry("choose", "(välj)"),
            Map.entry("true", "ja"), Map.entry("false", "nej"),
            Map.entry("caveat", "Tänk på"), Map.entry("download", "Ladda ner"), Map.entry("permalink", "Permalänk"),
            Map.entry("showSparql", "Visa SPARQL-frågan"), Map.entry("openEditor", "Öppna i SPARQL-editorn"),
            Map.entry("allQueries", "Alla frågor"), Map.entry("otherLanguage", "In English"),
            Map.entry("sortNote", "Klicka på en kolumnrubrik för att sortera tabellen; nedladdningarna har API:ets ordning."),
            Map.entry("noScript", "Tabellen och diagrammet ritas med JavaScript; utan det fungerar nedladdningslänkarna."),
            Map.entry("loading", "Hämtar…"), Map.entry("rows", "{n} rader"), Map.entry("row", "1 rad"), Map.entry("noRows", "Inga rader."),
            Map.entry("truncated", "Svaret är avkortat efter {n} rader."), Map.entry("error", "Frågan kunde inte köras: {m}"),
            Map.entry("fillIn", "Fyll i formuläret och tryck Visa."), Map.entry("chart", "Diagram"),
            Map.entry("badParameter", "Värdet i fältet ”{p}” godtas inte. Servern svarade (på engelska): {m}"),
            Map.entry("tooSlow", "Frågan tog längre tid än servern tillåter. Försök igen eller avgränsa frågan."));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("queries", "Queries"),
            Map.entry("intro", "Prepared questions to the graph. Pick one, fill in the form and download the answer as CSV or JSON. The address is a permalink."),
            Map.entry("comparison", "Comparisons"), Map.entry("suppliers", "Suppliers"),
            Map.entry("risk", "Scrutiny"), Map.entry("procurement", "Procurement"), Map.entry("trends", "Change"),
            Map.entry("quality", "Coverage and quality"), Map.entry("enumeration", "Value lists"),
            Map.entry("run", "Show"), Map.entry("any", "(all)"), Map.entry("choose", "(choose)"),
            Map.entry("true", "yes"), Map.entry("false", "no"),
            Map.entry("caveat", "Keep in mind"), Map.entry("download", "Download"), Map.entry("permalink", "Permalink"),
            Map.entry("showSparql", "Show the SPARQL"), Map.entry("openEditor", "Open in the SPARQL editor"),
            Map.entry("allQueries", "All queries"), Map.entry("otherLanguage", "På svenska"),
            Map.entry("sortNote", "Click a column heading to sort the table; downloads keep the API's order."),
            Map.entry("noScript", "The table and the chart are drawn with JavaScript; without it the download links work."),
            Map.entry("loading", "Loading…"), Map.entry("rows", "{n} rows"), Map.entry("row", "1 row"), Map.entry("noRows", "No rows."),
            Map.entry("truncated", "The answer is cut off after {n} rows."), Map.entry("error", "The query could not run: {m}"),
            Map.entry("fillIn", "Fill in the form and press Show."), Map.entry("chart", "Chart"),
            Map.entry("badParameter", "The value in the field “{p}” is not accepted: {m}"),
            Map.entry("tooSlow", "The query took longer than the server allows. Try again or narrow it down."));

    /** The strings the page's script needs, handed to it as JSON in a data attribute. */
    private static final List<String> SCRIPT_KEYS = List.of("loading", "rows", "row", "noRows", "truncated", "error", "fillIn",
            "badParameter", "tooSlow");

    private PageText() { }

    static String lang(Context ctx) { return "en".equals(ctx.queryParam("lang")) ? "en" : "sv"; }

    static String text(String key, String lang) { return (lang.equals("en") ? EN : SV).getOrDefault(key, key); }

    /** The model every query page starts from: the language, its words and a link to the same page in the other one. */
    static Map<String, Object> model(String lang, Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", lang);
        model.put("t", lang.equals("en") ? EN : SV);
        List<String> query = new ArrayList<>();
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("lang")) for (String v : vs) query.add(QueryPages.encode(k) + "=" + QueryPages.encode(v));
        });
        if (lang.equals("sv")) query.add("lang=en");
        model.put("otherLanguage", ctx.path() + (query.isEmpty() ? "" : "?" + String.join("&", query)));
        return model;
    }

    static String scriptTexts(String lang) {
        Map<String, String> texts = new HashMap<>();
        for (String k : SCRIPT_KEYS) texts.put(k, text(k, lang));
        return Answer.JSON.valueToTree(texts).toString();
    }
}
