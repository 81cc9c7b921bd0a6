package se.openup.endpoint.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.openup.loader.cli.LoadSharedCommand;
import se.openup.loader.cli.StoreOptions;

/** README's run command: the real datasets, loaded once into the default store, then served. */
@Command(name = "demo", description = "Load the real shared datasets into the store if it is empty, then serve it.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ServeOptions serveOptions;

    @Override
    public Integer call() throws IOException {
        Path store = storeOptions.store();
        if (isEmpty(store)) {
            Path data = storeOptions.data();
            List<LoadSharedCommand.Dataset> missing = LoadSharedCommand.missing(data);
            if (!missing.isEmpty()) {
                System.err.print("openup demo: nothing to serve yet. " + LoadSharedCommand.describeMissing(data, missing));
                return 2;
            }
            System.out.println("openup demo: loading the shared datasets from " + data.toAbsolutePath() + " into "
                    + store.toAbsolutePath());
            int loaded = LoadSharedCommand.run(data, store, serveOptions.base);
            if (loaded != 0) return loaded;
        } else {
            System.out.println("openup demo: serving the existing store " + store.toAbsolutePath()
                    + " (delete it, or use --store, to load afresh)");
        }
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        return ServeCommand.serve(dataset, serveOptions);
    }

    /** No store yet, or a store without a single named graph. */
    static boolean isEmpty(Path store) {
        if (!store.toFile().isDirectory()) return true;
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        return Txn.calculateRead(dsg, () -> !dsg.listGraphNodes().hasNext());
    }
}
