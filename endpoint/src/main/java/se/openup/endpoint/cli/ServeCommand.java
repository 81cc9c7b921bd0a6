package se.openup.endpoint.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.openup.endpoint.queries.Catalogue;
import se.openup.endpoint.queries.QueryLibrary;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.loader.cli.StoreOptions;

@Command(name = "serve", description = "Serve the store: read-only SPARQL at /sparql, linked-data pages, queries, metadata.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ServeOptions serveOptions;

    @Override
    public Integer call() {
        if (!Files.isDirectory(storeOptions.store())) {
            System.err.println("openup serve: no store at " + storeOptions.store().toAbsolutePath()
                    + " — load data first (openup load-shared, or openup demo), or point --store at one.");
            return 2;
        }
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(storeOptions.store().toString());
        return serve(dataset, serveOptions);
    }

    static int serve(DatasetGraph dataset, ServeOptions options) {
        String base = options.config().base();
        if (Catalogue.publish(dataset, QueryLibrary.load(base), base))
            System.out.println("saved-query catalogue written to graph <" + Catalogue.graphName(base).getURI() + ">");
        OpenUpServer server = OpenUpServer.start(dataset, options.config());
        System.out.println("Open Up Graph at " + server.url() + "/  (SPARQL: " + server.url() + OpenUpServer.SPARQL_PATH
                + ")  — Ctrl-C stops");
        server.join();
        return 0;
    }
}
