package se.openup.endpoint.queries;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import se.openup.endpoint.server.WebContext;

/**
 * The saved-query API: {@code GET /api/queries} (catalogue), {@code /api/queries.ttl} (the catalogue as RDF),
 * {@code /api/queries/{id}} (JSON, or CSV by {@code Accept: text/csv} or a {@code .csv} suffix) and
 * {@code /api/openapi.json}.
 */
public final class QueryRoutes {
    private QueryRoutes() { }

    public static void register(JavalinConfig cfg, WebContext web) {
        String base = web.config().base();
        QueryLibrary library = QueryLibrary.load(base);
        QueryRunner runner = new QueryRunner(web.dataset(), web.config().queryTimeout(), web.config().resultCap());
        Binder binder = new Binder(base, id -> runner.run(library.get(id).query()).records());
        String catalogue = Catalogue.json(library).toString();
        String openApi = OpenApi.document(library).toString();
        StringWriter ttl = new StringWriter();
        RDFDataMgr.write(ttl, Catalogue.rdf(library, base), Lang.TURTLE);
        String catalogueTtl = ttl.toString();

        cfg.routes.get("/api/queries", ctx -> ctx.contentType("application/json").result(catalogue));
        cfg.routes.get("/api/queries.ttl", ctx -> ctx.contentType("text/turtle; charset=utf-8").result(catalogueTtl));
        cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        cfg.routes.get("/api/queries/{id}", ctx -> run(ctx, library, binder, runner));
    }

    static void run(Context ctx, QueryLibrary library, Binder binder, QueryRunner runner) {
        String id = ctx.pathParam("id");
        boolean csv = id.endsWith(".csv") || (!id.endsWith(".json") && accepts(ctx.header("Accept"), "text/csv"));
        id = id.replaceFirst("\\.(csv|json)$", "");
        SavedQuery query = library.get(id);
        if (query == null) {
            error(ctx, 404, "no saved query '" + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "' (see /api/queries)", null);
            return;
        }
        Answer answer;
        try {
            Binder.Bound bound = binder.bind(query, ctx.queryParamMap());
            answer = new Answer(query, bound.echo(), runner.run(bound.apply(query.query())));
        } catch (Binder.BadParameter e) {
            error(ctx, 400, e.getMessage(), e.parameter());
            return;
        } catch (QueryCancelledException e) {
            error(ctx, 503, "the query took longer than the server allows", null);
            return;
        }
        if (csv) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + answer.fileName("csv") + "\"");
            ctx.contentType("text/csv; charset=utf-8").result(answer.csv());
        } else {
            ctx.header("Content-Disposition", "inline; filename=\"" + answer.fileName("json") + "\"");
            ctx.contentType("application/json").result(answer.json().toString());
        }
    }

    /** A text/csv Accept header with a non-zero quality that does not prefer JSON. */
    static boolean accepts(String accept, String type) {
        if (accept == null) return false;
        String a = accept.toLowerCase(java.util.Locale.ROOT);
        int csv = a.indexOf(type);
        int json = a.indexOf("application/json");
        return csv >= 0 && (json < 0 || csv < json) && !a.substring(csv).matches("^" + type + "\\s*;\\s*q=0(\\.0*)?\\b.*");
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        Map<String, String> body = parameter == null ? Map.of("error", message) : Map.of("error", message, "parameter", parameter);
        ctx.status(status).contentType("application/json").result(Answer.JSON.valueToTree(body).toString());
    }
}
