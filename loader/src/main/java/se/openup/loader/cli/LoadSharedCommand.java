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
import se.openup.loader.cube.YearCube;
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

    /** One line of openup/shared-datasets.tsv. */
    public record Dataset(String mapping, String path, String sha256, String source) {}

    @Override
    public Integer call() throws IOException {
        return run(storeOptions.data(), storeOptions.store(), base);
    }

    /** Loads every shared dataset from {@code data} into {@code store}; 0 = all loaded, 1 = a file failed, 2 = data missing. */
    public static int run(Path data, Path store, String base) throws IOException {
        List<Dataset> datasets = datasets();
        List<Dataset> missing = missing(data);
        if (!missing.isEmpty()) {
            System.err.print(describeMissing(data, missing));
            return 2;
        }
        Municipalities municipalities = Municipalities.read(data);
        GraphStore.Options options = new GraphStore.Options(new Iris(base), municipalities::orgnr, n -> { }, false,
                municipalities::orgnrByName);
        int failed = 0;
        try (GraphStore graphs = GraphStore.open(store)) {
            for (Dataset d : datasets) {
                for (GraphStore.Outcome o : graphs.loadAll(List.of(data.resolve(d.path())), MappingProfiles.builtIn(d.mapping()), options)) {
                    if (o.failure() != null) {
                        failed++;
                        System.err.println("FAILED " + o.failure().getMessage());
                    } else {
                        System.out.print(o.report().summary());
                    }
                }
            }
            SupplierLinks.Counts c = SupplierLinks.run(graphs.dataset(), new Iris(base));
            System.out.printf("supplier links: %,d linked, %,d ambiguous, %,d unmatched of %,d name-only organisations%n",
                    c.linked(), c.ambiguous(), c.unmatched(), c.nameOnly());
            System.out.print(CubeCommand.summary(YearCube.run(graphs.dataset(), new Iris(base))));
        }
        return failed == 0 ? 0 : 1;
    }

    /** The shared datasets not found under {@code data}. */
    public static List<Dataset> missing(Path data) throws IOException {
        return datasets().stream().filter(d -> !Files.isRegularFile(data.resolve(d.path()))).toList();
    }

    /** Tells exactly which files to fetch, from where, and where to put them. */
    public static String describeMissing(Path data, List<Dataset> missing) {
        StringBuilder s = new StringBuilder("The data directory " + data.toAbsolutePath() + " lacks "
                + missing.size() + " file(s). Put each file at the path shown (or point --data / OPENUP_DATA at a"
                + " directory that has them):\n");
        for (Dataset d : missing) {
            s.append("  ").append(data.resolve(d.path()).toAbsolutePath()).append('\n')
                    .append("      from   ").append(d.source()).append('\n')
                    .append("      sha256 ").append(d.sha256()).append('\n');
        }
        return s.toString();
    }

    public static List<Dataset> datasets() throws IOException {
        List<Dataset> list = new ArrayList<>();
        try (InputStream in = LoadSharedCommand.class.getClassLoader().getResourceAsStream("openup/shared-datasets.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split("\t");
                list.add(new Dataset(f[0], f[1], f[2], f[3]));
            }
        }
        return list;
    }
}
