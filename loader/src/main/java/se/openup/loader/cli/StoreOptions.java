package se.openup.loader.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares: where the store and the reference data are. */
public final class StoreOptions {
    @Option(names = "--store", description = "TDB2 store directory (default: $OPENUP_STORE or ./store)")
    Path store;

    @Option(names = "--data", description = "the shared data directory (default: $OPENUP_DATA or ../shared/data)")
    Path data;

    public Path store() {
        if (store != null) return store;
        String env = System.getenv("OPENUP_STORE");
        return Path.of(env != null && !env.isBlank() ? env : "store");
    }

    public Path data() {
        if (data != null) return data;
        String env = System.getenv("OPENUP_DATA");
        return Path.of(env != null && !env.isBlank() ? env : "../shared/data");
    }
}
