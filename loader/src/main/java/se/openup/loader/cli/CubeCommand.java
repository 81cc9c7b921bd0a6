package se.openup.loader.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.openup.loader.cube.YearCube;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

@Command(name = "cube", description = "Rebuild the year levels of the spend cube (graph cube/years) from every file's"
        + " observations; openup load and load-shared do this after writing (docs/aggregates.md).")
public final class CubeCommand implements Callable<Integer> {
    @Option(names = "--base", description = "base IRI of the data (default: ${DEFAULT-VALUE})", defaultValue = Iris.DEFAULT_BASE)
    String base;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (GraphStore store = GraphStore.open(storeOptions.store())) {
            System.out.print(summary(YearCube.run(store.dataset(), new Iris(base))));
            return 0;
        }
    }

    static String summary(YearCube.Counts c) {
        return String.format("spend cube years: %,d buyer-years by account class, %,d buyer-supplier pairs, %,d supplier-years"
                + " (graph <%s> replaced)%n", c.buyerYears(), c.pairYears(), c.supplierYears(), c.graph());
    }
}
