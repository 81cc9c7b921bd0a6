package se.openup.loader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.sparql.core.DatasetGraph;
import se.openup.loader.store.Validation;

/** The one SHACL assertion the tests share: the store conforms to the shipped shapes. */
public final class Shacl {
    private Shacl() {}

    public static void assertConforms(DatasetGraph dsg) {
        Validation.Result r = Validation.run(dsg, null);
        assertTrue(r.conforms(), () -> r.violations().size() + " violations, e.g. "
                + r.violations().subList(0, Math.min(10, r.violations().size())));
    }
}
