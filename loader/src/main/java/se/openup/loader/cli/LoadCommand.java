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
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.LoadException;
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
        try (GraphStore store = GraphStore.open(storeOptions.store())) {
            for (Path file : files) {
                try (ProgressBar bar = progressBar(file)) {
                    GraphStore.Options options = new GraphStore.Options(new Iris(base), municipalities::orgnr,
                            bar == null ? n -> { } : bar::stepTo, force, municipalities::orgnrByName);
                    LoadReport report = store.load(file, profile, options);
                    if (bar != null) bar.stepTo(report.rowsRead());
                    json.add(report);
                    System.out.print(report.summary());
                } catch (LoadException e) {
                    failed++;
                    System.err.println("FAILED " + e.getMessage() + " — the store is unchanged");
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("file", file.toString());
                    f.put("status", "FAILED");
                    f.put("error", e.getMessage());
                    json.add(f);
                }
            }
        }
        if (reportFile != null)
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(reportFile.toFile(), json);
        return failed == 0 ? 0 : 1;
    }

    /** A progress bar only for a person at a terminal; logs and CI get the summary alone. */
    private static ProgressBar progressBar(Path file) {
        if (System.console() == null || System.getenv("CI") != null) return null;
        return new ProgressBarBuilder().setTaskName(file.getFileName().toString()).setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1).setUpdateIntervalMillis(250).build();
    }
}
