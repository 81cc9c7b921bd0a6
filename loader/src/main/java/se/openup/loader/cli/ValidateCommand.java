package se.openup.loader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.Validation;

@Command(name = "validate", description = "Check the whole store against the SHACL shapes (ontology/shapes.ttl).")
public final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--shapes", description = "a shapes file instead of the shipped ontology/shapes.ttl")
    Path shapes;

    @Option(names = "--max", defaultValue = "50", description = "print at most this many violations (default: ${DEFAULT-VALUE})")
    int max;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (GraphStore store = GraphStore.open(storeOptions.store())) {
            Validation.Result r = Validation.run(store.dataset(), shapes);
            r.violations().stream().limit(max).forEach(v -> System.out.println("  " + v));
            if (r.violations().size() > max) System.out.printf("  … %,d more%n", r.violations().size() - max);
            System.out.printf("%s: %,d triples checked, %,d violations%n",
                    r.conforms() ? "CONFORMS" : "DOES NOT CONFORM", r.triples(), r.violations().size());
            return r.conforms() ? 0 : 1;
        }
    }
}
