package se.openup.loader.reference;

import se.openup.loader.mapping.MappingException;
import se.openup.loader.normalise.OrgNumber;

/**
 * Who publishes a reference file's facts and for which year: the file's dcat:Dataset needs a publisher and a year
 * like every ledger's does. Given as constants in the mapping ({@code publisherOrgnr}, {@code publisherName},
 * {@code year}), because the CSV itself does not say.
 */
record Publisher(OrgNumber orgnr, String name, int year) {

    static Publisher of(ReferenceColumns c, String mappingId) {
        OrgNumber orgnr = OrgNumber.parseOrNull(c.constant("publisherOrgnr"));
        String name = c.constant("publisherName");
        String year = c.constant("year");
        if (orgnr == null || name == null || year == null || !year.matches("[12][0-9]{3}"))
            throw new MappingException(mappingId + ": publisherOrgnr (a valid orgnr), publisherName and year (YYYY) must be"
                    + " constants (value: …)");
        return new Publisher(orgnr, name, Integer.parseInt(year));
    }

    String datasetTitle() { return "Referensdata " + year + ": kommuner, län och folkmängd"; }
}
