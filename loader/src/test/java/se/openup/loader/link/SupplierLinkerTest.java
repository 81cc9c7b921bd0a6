package se.openup.loader.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.openup.loader.link.SupplierLinker.Named;
import se.openup.loader.link.SupplierLinker.Outcome;
import se.openup.loader.link.SupplierLinker.Status;

/** The linking rule on plain lists: one candidate links, several are ambiguous, none is unmatched. */
class SupplierLinkerTest {
    static final List<Named> REGISTERED = List.of(
            new Named("org/1", "ANTICIMEX AB"),
            new Named("org/2", "FRÖLUNDA DATA FÖRSÄLJNING AB"),
            new Named("org/3", "Frölunda Data Försäljning Aktiebolag"),
            new Named("org/4", "FOO HB"),
            new Named("org/5", "Svenska Handelsbanken"),
            new Named("org/5", "SVENSKA HANDELSBANKEN AB"));

    static Map<String, Outcome> link(Named... nameOnly) {
        return SupplierLinker.link(List.of(nameOnly), REGISTERED).stream()
                .collect(Collectors.toMap(Outcome::subject, Function.identity()));
    }

    @Test
    void oneCandidateIsLinkedWithItsKey() {
        Outcome o = link(new Named("s/a", "Anticimex Aktiebolag")).get("s/a");
        assertEquals(Status.LINKED, o.status());
        assertEquals("org/1", o.target());
        assertEquals("anticimex", o.key());
    }

    @Test
    void twoOrganisationsUnderOneNameAreAmbiguousAndNotLinked() {
        Outcome o = link(new Named("s/b", "Frölunda Data Försäljning AB")).get("s/b");
        assertEquals(Status.AMBIGUOUS, o.status());
        assertEquals(List.of("org/2", "org/3"), o.candidates());
        assertEquals(null, o.target());
    }

    @Test
    void oneOrganisationUnderTwoNamesIsStillOneCandidate() {
        assertEquals(Status.LINKED, link(new Named("s/c", "Svenska Handelsbanken AB (publ)")).get("s/c").status());
    }

    @Test
    void aContradictingLegalFormOrNoMatchLeavesItUnmatched() {
        Map<String, Outcome> o = link(new Named("s/d", "Foo AB"), new Named("s/e", "Bar AB"), new Named("s/f", "AB"));
        assertEquals(Status.UNMATCHED, o.get("s/d").status(), "an AB is not the HB of the same name");
        assertEquals(Status.UNMATCHED, o.get("s/e").status());
        assertEquals(Status.UNMATCHED, o.get("s/f").status(), "an empty key never links");
    }

    @Test
    void aNameOnlyOrganisationWithTwoNamesMatchingTwoOrganisationsIsAmbiguous() {
        Outcome o = link(new Named("s/g", "Anticimex AB"), new Named("s/g", "Foo")).get("s/g");
        assertEquals(Status.AMBIGUOUS, o.status());
        assertEquals(List.of("org/1", "org/4"), o.candidates());
    }
}
