package se.openup.endpoint.server;

import io.javalin.Javalin;
import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import se.openup.endpoint.sparql.SparqlEndpoint;

/**
 * One JVM, one port: Fuseki answers SPARQL at /sparql, Javalin (mounted as a servlet inside Fuseki's Jetty) answers
 * everything else. Fuseki's dispatch filter sees a request first and passes on what is not a dataset path, so
 * Fuseki keeps its own CORS, timeouts and request log (docs/architecture.md, "one server").
 */
public final class OpenUpServer implements AutoCloseable {
    public static final String SPARQL_PATH = "/sparql";
    public static final String EDITOR_PATH = "/editor";

    private final FusekiServer fuseki;
    private final ServerConfig config;
    private final WebContext web;

    private OpenUpServer(FusekiServer fuseki, ServerConfig config, WebContext web) {
        this.fuseki = fuseki;
        this.config = config;
        this.web = web;
    }

    /** Serves {@code dataset} (a TDB2 dataset: its default graph becomes the union of the named graphs). */
    public static OpenUpServer start(DatasetGraph dataset, ServerConfig config) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        WebContext context = new WebContext(dataset, config);
        Javalin web = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            WebRoutes.register(cfg, context);
        });
        DataService sparql = SparqlEndpoint.dataService(dataset, config, EDITOR_PATH);
        FusekiServer fuseki = FusekiServer.create()
                .port(config.port())
                .enableCors(true, null)
                .fusekiModules(FusekiModules.create(new JavalinWebSockets()))
                .add(SPARQL_PATH, sparql)
                .addServlet("/*", (HttpServlet) web.javalinServlet())
                .build();
        ServerLimits.install(fuseki.getJettyServer(), config.queryTimeout());
        fuseki.start();
        return new OpenUpServer(fuseki, config, context);
    }

    public int port() { return fuseki.getHttpPort(); }

    public String url() { return "http://localhost:" + port(); }

    public ServerConfig config() { return config; }

    /** Blocks until the server stops (the CLI's foreground mode). */
    public void join() { fuseki.join(); }

    /** Stops serving, then waits for background work still reading the store, so the store can be closed next. */
    @Override
    public void close() {
        fuseki.stop();
        for (Thread t : web.background()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Javalin's servlet expects Jetty's websocket container even when no websocket route is declared. */
    private static final class JavalinWebSockets implements FusekiModule {
        @Override
        public String name() { return "javalin-websockets"; }

        @Override
        public void serverBeforeStarting(FusekiServer server) {
            ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
            JettyWebSocketServletContainerInitializer.configure(context, null);
        }
    }
}
