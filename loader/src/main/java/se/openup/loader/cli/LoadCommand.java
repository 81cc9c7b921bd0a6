package se.openup.loader.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.openup.loader.mapping.MappingException;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.rdf.Iris;
import se.openup.loader.reference.Municipalities;
import se.openup.loader.cube.YearCube;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.LoadReport;

@Command(name = "load", description = "Load ledger or procurement files into the store, one named graph per file.")
public final class LoadCommand implements Callable<Integer> {
    @Option(names = {"-m", "--mapping"}, required = true, description = "a shipped mapping id or a mapping .yaml file")
    String mapping;

    @Option(names = "--report", description = "write the load reports as JSON to this file")
    Path reportFile;

    @Option(names = "--force", description = "reload even when the file and mapping are unchanged")
    boolean force;

    @Option(names = "--base", description = "base IRI for minted data IRIs (default: ${DEFAULT-VALUE})",
            defaultValue = Iris.DEFAULT_BASE)
    String base;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        MappingProfile profile;
        try {
            profile = MappingProfiles.resolve(mapping);
        } catch (MappingException e) {
            System.err.println("openup load: " + e.getMessage());
            return 2;
        }
        Municipalities municipalities = Municipalities.read(storeOptions.data());
        List<Object> json = new ArrayList<>();
        int failed = 0;
        boolean changed = false;
        try (GraphStore store = GraphStore.open(storeOptions.store()); ProgressBar bar = progressBar(files.size())) {
            GraphStore.Options options = new GraphStore.Options(new Iris(base), municipalities::orgnr,
                    bar == null ? n -> { } : bar::stepBy, force, municipalities::orgnrByName);
            for (GraphStore.Outcome o : store.loadAll(files, profile, options)) {
                if (o.failure() != null) {
                    failed++;
                    System.err.println("FAILED " + o.failure().getMessage() + " — nothing of it is in the store");
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("file", o.file().toString());
                    f.put("status", "FAILED");
                    f.put("error", o.failure().getMessage());
                    json.add(f);
                } else {
                    json.add(o.report());
                    System.out.print(o.report().summary());
                    changed |= o.report().getStatus() == LoadReport.Status.LOADED;
                }
            }
            // the year levels sum over every file: stale as soon as one file changed
            if (changed) System.out.print(CubeCommand.summary(YearCube.run(store.dataset(), new Iris(base))));
        }
        if (reportFile != null)
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(reportFile.toFile(), json);
        return failed == 0 ? 0 : 1;
    }

    /** A progress bar only for a person at a terminal; logs and CI get the summary alone. */
    private static ProgressBar progressBar(int files) {
        if (System.console() == null || System.getenv("CI") != null) return null;
        return new ProgressBarBuilder().setTaskName("loading " + files + (files == 1 ? " file" : " files")).setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1).setUpdateIntervalMillis(250).build();
    }
}
