package se.openup.loader.reference;

import java.time.LocalDate;
import java.util.SortedMap;
import se.openup.loader.normalise.OrgNumber;

/** One municipality of the reference file, checked: kommunkod "NNNN", county "NN", a valid orgnr, population by date. */
record MunicipalityRow(long line, String kommunkod, String name, String countyCode, String countyName, OrgNumber orgnr,
                       SortedMap<LocalDate, Long> population) {}
