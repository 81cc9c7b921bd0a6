package se.openup.loader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.openup.loader.link.SupplierLinks;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.rdf.Iris;
import se.openup.loader.reference.Municipalities;
import se.openup.loader.store.GraphStore;

/**
 * Loads every real dataset of the shared data directory (openup/shared-datasets.tsv) and links the name-only
 * suppliers: the main job a newcomer runs, and what `openup demo` will do before serving.
 */
@Command(name = "load-shared", description = "Load all real datasets from the shared data directory, then link suppliers.")
public final class LoadSharedCommand implements Callable<Integer> {
    @Option(names = "--base", description = "base IRI of the data (default: ${DEFAULT-VALUE})", defaultValue = Iris.DEFAULT_BASE)
    String base;

    @Mixin
    StoreOptions storeOptions;

    record Dataset(String mapping, String path) {}

    @Override
    public Integer call() throws IOException {
        Path data = storeOptions.data();
        List<Dataset> datasets = datasets();
        List<String> missing = datasets.stream().map(Dataset::path).filter(p -> !Files.isRegularFile(data.resolve(p))).toList();
        if (!missing.isEmpty()) {
            System.err.println("openup load-shared: the data directory " + data.toAbsolutePath() + " lacks " + missing);
            System.err.println("  Put the shared data there (each folder's PROVENANCE.md says where a file comes from and its"
                    + " sha256), or point --data / OPENUP_DATA at it.");
            return 2;
        }
        Municipalities municipalities = Municipalities.read(data);
        GraphStore.Options options = new GraphStore.Options(new Iris(base), municipalities::orgnr, n -> { }, false,
                municipalities::orgnrByName);
        int failed = 0;
        try (GraphStore store = GraphStore.open(storeOptions.store())) {
            for (Dataset d : datasets) {
                for (GraphStore.Outcome o : store.loadAll(List.of(data.resolve(d.path())), MappingProfiles.builtIn(d.mapping()), options)) {
                    if (o.failure() != null) {
                        failed++;
                        System.err.println("FAILED " + o.failure().getMessage());
                    } else {
                        System.out.print(o.report().summary());
                    }
                }
            }
            SupplierLinks.Counts c = SupplierLinks.run(store.dataset(), new Iris(base));
            System.out.printf("supplier links: %,d linked, %,d ambiguous, %,d unmatched of %,d name-only organisations%n",
                    c.linked(), c.ambiguous(), c.unmatched(), c.nameOnly());
        }
        return failed == 0 ? 0 : 1;
    }

    static List<Dataset> datasets() throws IOException {
        List<Dataset> list = new ArrayList<>();
        try (InputStream in = LoadSharedCommand.class.getClassLoader().getResourceAsStream("openup/shared-datasets.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split("\t");
                list.add(new Dataset(f[0], f[1]));
            }
        }
        return list;
    }
}
