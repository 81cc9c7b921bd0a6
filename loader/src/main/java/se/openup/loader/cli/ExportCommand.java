package se.openup.loader.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.openup.loader.store.Exporter;
import se.openup.loader.store.GraphStore;

@Command(name = "export", description = "Stream the store (or one graph) out as RDF.")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "nt", description = "nt, ttl, trig or nq (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--graph", description = "only this named graph (IRI)")
    String graph;

    @Option(names = {"-o", "--output"}, description = "write to this file instead of standard output")
    Path output;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        Exporter.format(format);
        try (GraphStore store = GraphStore.open(storeOptions.store());
             OutputStream out = new BufferedOutputStream(
                     output == null ? System.out : Files.newOutputStream(output), 1 << 16)) {
            long n = Exporter.export(store.dataset(), format, graph, out);
            out.flush();
            if (output != null) System.err.printf("%,d statements written to %s%n", n, output);
        }
        return 0;
    }
}
