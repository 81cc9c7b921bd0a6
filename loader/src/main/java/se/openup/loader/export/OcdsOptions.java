package se.openup.loader.export;

import java.time.Instant;
import java.time.LocalDate;
import se.openup.loader.rdf.Iris;

/**
 * What an OCDS release package says about itself, and which releases it holds.
 *
 * @param ocidPrefix    prepended to every ocid; OCP registers prefixes, and {@link #UNREGISTERED_PREFIX} is not one
 * @param publisherName the package's {@code publisher.name}
 * @param packageUri    the package's {@code uri}: where this package can be fetched
 * @param publishedDate the package's {@code publishedDate} (and the release date where a release has no date)
 * @param iris          the base the data was minted under
 */
public record OcdsOptions(String ocidPrefix, String publisherName, String packageUri, Instant publishedDate, Iris iris) {
    /** Our default prefix: NOT registered with the Open Contracting Partnership (docs/ocds.md). */
    public static final String UNREGISTERED_PREFIX = "ocds-openup";
    public static final String DEFAULT_PUBLISHER = "Open Up Graph";

    public OcdsOptions {
        if (!ocidPrefix.matches("[A-Za-z0-9-]+")) throw new IllegalArgumentException("ocid prefix: letters, digits, '-'");
    }

    public static OcdsOptions defaults(String packageUri) {
        return new OcdsOptions(UNREGISTERED_PREFIX, DEFAULT_PUBLISHER, packageUri, Instant.now(), Iris.defaults());
    }

    /**
     * Which releases: those of one buyer and/or one supplier (10-digit orgnr), with a date in [from, to].
     * Null means no restriction.
     */
    public record Filter(String buyerOrgnr, String supplierOrgnr, LocalDate from, LocalDate to) {
        public static final Filter ALL = new Filter(null, null, null, null);

        public Filter {
            for (String o : new String[] {buyerOrgnr, supplierOrgnr})
                if (o != null && !o.matches("[0-9]{10}")) throw new IllegalArgumentException("orgnr: 10 digits, no dash");
        }
    }
}
