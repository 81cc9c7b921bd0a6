package se.openup.endpoint.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import se.openup.endpoint.exports.DumpRoutes;
import se.openup.endpoint.exports.OcdsRoutes;
import se.openup.endpoint.linkeddata.LinkedDataRoutes;
import se.openup.endpoint.meta.MetadataPages;
import se.openup.endpoint.queries.QueryRoutes;

/** Every route outside /sparql, registered in this one place (Javalin style: small handlers, no annotations). */
public final class WebRoutes {
    private WebRoutes() { }

    static void register(JavalinConfig cfg, WebContext web) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/openup/web";
            files.location = Location.CLASSPATH;
        });
        cfg.routes.get("/health", ctx -> health(ctx, web));
        MetadataPages meta = new MetadataPages(web.dataset(), web.config().base())
                .withDumps(DumpRoutes.source(web.config().dumps()));
        web.background().add(meta.warm());
        cfg.routes.get("/", meta::home); // figures cached per store state (docs/metadata.md)
        cfg.routes.get("/editor", meta::editor);
        cfg.routes.get("/catalog", meta::catalog);
        cfg.routes.get("/.well-known/void", meta::voidDescription);
        LinkedDataRoutes.register(cfg, web); // /id/* and /def: every IRI we mint (docs/linked-data.md)
        QueryRoutes.register(cfg, web); // /api/queries, /api/openapi.json (docs/queries.md)
        cfg.routes.get("/api/ocds/buyer/{orgnr}", ctx -> OcdsRoutes.buyer(ctx, web));
        cfg.routes.get("/api/ocds/supplier/{orgnr}", ctx -> OcdsRoutes.supplier(ctx, web));
        cfg.routes.get("/dumps", ctx -> DumpRoutes.list(ctx, web)); // docs/exports.md
        cfg.routes.get("/dumps/{name}", ctx -> DumpRoutes.file(ctx, web));
    }

    /** For operators and load balancers: up, and the store answers a read transaction. */
    static void health(Context ctx, WebContext web) {
        try {
            long graphs = Txn.calculateRead(web.dataset(), () -> Iter.count(web.dataset().listGraphNodes()));
            ctx.json(Map.of("status", "ok", "graphs", graphs, "sparql", OpenUpServer.SPARQL_PATH));
        } catch (RuntimeException e) {
            ctx.status(503).json(Map.of("status", "store unavailable", "error", String.valueOf(e.getMessage())));
        }
    }
}
