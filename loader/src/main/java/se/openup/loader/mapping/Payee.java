package se.openup.loader.mapping;

import java.util.List;
import java.util.Set;
import se.openup.loader.normalise.SupplierId;

/**
 * Who was paid, as far as the row lets us say. A {@code REDACTED} payee carries nothing but its kind: a sole
 * trader's personnummer (or a publisher's mask) means no name and no number may be published.
 */
public record Payee(Kind kind, String id, String name, String nameAsPublished, String internalNumber,
                    List<String> otherIds, Set<SupplierId.Issue> issues) {

    public enum Kind { ORGNR, FOREIGN_VAT, NAME_ONLY, REDACTED }

    public static Payee redacted(Set<SupplierId.Issue> issues) {
        return new Payee(Kind.REDACTED, null, null, null, null, List.of(), issues);
    }

    public boolean isRedacted() { return kind == Kind.REDACTED; }
}
