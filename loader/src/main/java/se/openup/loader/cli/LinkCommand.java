package se.openup.loader.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.openup.loader.link.SupplierLinker;
import se.openup.loader.link.SupplierLinks;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

@Command(name = "link", description = "Link suppliers known only by name to organisations with an orgnr"
        + " (normalised name, exact, one candidate only; stored as skos:closeMatch, never merged).")
public final class LinkCommand implements Callable<Integer> {
    @Option(names = "--base", description = "base IRI of the data (default: ${DEFAULT-VALUE})", defaultValue = Iris.DEFAULT_BASE)
    String base;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (GraphStore store = GraphStore.open(storeOptions.store())) {
            SupplierLinks.Counts c = SupplierLinks.run(store.dataset(), new Iris(base));
            System.out.printf("%,d name-only organisations against %,d with an orgnr (%s): linked %,d, ambiguous %,d,"
                    + " unmatched %,d%n  graph <%s> replaced%n", c.nameOnly(), c.registered(), SupplierLinker.METHOD,
                    c.linked(), c.ambiguous(), c.unmatched(), c.graph());
            return 0;
        }
    }
}
