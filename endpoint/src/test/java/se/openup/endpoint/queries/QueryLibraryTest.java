package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.openup.loader.rdf.Iris;

/** The shipped library loads, is big enough, and a broken file stops startup with its name and what is wrong. */
class QueryLibraryTest {
    static final String HEADER = """
            #+ title: {sv: T, en: T}
            #+ description: {sv: D, en: D}
            #+ category: test
            #+ caveat: {sv: C, en: C}
            """;

    @Test
    void shippedLibrary() {
        QueryLibrary library = QueryLibrary.load(Iris.DEFAULT_BASE);
        long questions = library.all().stream().filter(q -> !q.category().equals(SavedQuery.ENUMERATION)).count();
        assertTrue(questions >= 12, "at least 12 questions, found " + questions);
        for (SavedQuery q : library.all()) {
            assertTrue(q.title().containsKey("sv") && q.title().containsKey("en"), q.id());
            assertTrue(q.description().containsKey("sv") && q.description().containsKey("en"), q.id());
            if (!q.category().equals(SavedQuery.ENUMERATION)) {
                assertTrue(q.caveat().containsKey("sv") && q.caveat().containsKey("en"), q.id() + " caveat");
                assertTrue(q.chart().containsKey("type"), q.id() + " chart");
                assertTrue(!q.questions().isEmpty(), q.id() + " answers a question of journalist-queries.md");
            }
            for (String column : q.query().getResultVars())
                for (String lang : new String[] {"sv", "en"})
                    assertTrue(!q.heading(column, lang).equals(column), q.id() + " ?" + column + " heading " + lang);
        }
        assertEquals("Kronor per invånare", library.get("spend-per-inhabitant").heading("perInhabitant", "sv"));
    }

    @Test
    void everyColumnNeedsAHeadingAndAFileMayGiveItsOwn() {
        String q = HEADER + "SELECT ?x ?total WHERE { ?x ?p ?total }";
        String headings = "total: {sv: Totalt, en: Total}\n";
        LibraryException e = assertThrows(LibraryException.class,
                () -> QueryLibrary.of(Map.of("q.rq", q, "columns.yaml", headings), Iris.DEFAULT_BASE));
        assertEquals("q.rq: column ?x has no heading (add it to columns.yaml or to the file's columns:)", e.getMessage());
        String own = HEADER + "#+ columns: {x: {sv: Ett x, en: An x}, total: {sv: Summa, en: Sum}}\n" + "SELECT ?x ?total WHERE { ?x ?p ?total }";
        SavedQuery headed = QueryLibrary.of(Map.of("q.rq", own, "columns.yaml", headings), Iris.DEFAULT_BASE).get("q");
        assertEquals("Ett x", headed.heading("x", "sv"));
        assertEquals("Sum", headed.heading("total", "en"));
        LibraryException half = assertThrows(LibraryException.class, () -> QueryLibrary.of(Map.of("q.rq",
                HEADER + "#+ columns: {x: {sv: Ett x}}\nSELECT ?x WHERE { ?x ?p ?o }"), Iris.DEFAULT_BASE));
        assertTrue(half.getMessage().contains("column x: the heading needs both sv and en"), half.getMessage());
    }

    @Test
    void queriesMoveWithTheBase() {
        QueryLibrary moved = QueryLibrary.load("https://data.example.org/id/");
        String text = moved.get("account-classes").sparql();
        assertTrue(text.contains("https://data.example.org/id/account/kommunbas"), text);
        assertTrue(!text.contains(Iris.DEFAULT_BASE), text);
    }

    @Test
    void brokenFilesNameTheFileAndTheProblem() {
        Map<String, String> broken = Map.of(
                "syntax.rq", HEADER + "SELECT ?x WHERE { ?x ?p }",
                "undeclared.rq", HEADER + "SELECT ?x WHERE { ?x ?p ?_nope }",
                "unused.rq", HEADER + "#+ params: {year: {type: year}}\nSELECT ?x WHERE { ?x ?p ?o }",
                "projected.rq", HEADER + "#+ params: {year: {type: year}}\nSELECT ?_year WHERE { ?x ?p ?_year }",
                "nolanguage.rq", HEADER.replace("{sv: T, en: T}", "{sv: T}") + "SELECT ?x WHERE { ?x ?p ?o }",
                "unknownkey.rq", HEADER + "#+ colour: red\nSELECT ?x WHERE { ?x ?p ?o }",
                "baddefault.rq", HEADER + "#+ params: {year: {type: year, default: \"20x\"}}\nSELECT ?x WHERE { ?x ?p ?_year }",
                "update.rq", HEADER + "ASK { ?x ?p ?o }",
                "Bad_Name.rq", HEADER + "SELECT ?x WHERE { ?x ?p ?o }");
        Map<String, String> expected = Map.of("syntax.rq", "syntax", "undeclared.rq", "_nope", "unused.rq", "not used",
                "projected.rq", "projected", "nolanguage.rq", "sv and en", "unknownkey.rq", "colour",
                "baddefault.rq", "year", "update.rq", "SELECT", "Bad_Name.rq", "file name");
        broken.forEach((file, text) -> {
            LibraryException e = assertThrows(LibraryException.class, () -> QueryLibrary.of(Map.of(file, text), Iris.DEFAULT_BASE), file);
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(expected.get(file)), e.getMessage());
        });
    }

    @Test
    void anEnumerationMustExist() {
        String text = HEADER + "#+ params: {town: {type: municipality, enumeration: towns}}\nSELECT ?x WHERE { ?x ?p ?_town }";
        LibraryException e = assertThrows(LibraryException.class, () -> QueryLibrary.of(Map.of("q.rq", text), Iris.DEFAULT_BASE));
        assertEquals("q.rq: parameter town: 'towns' is not an enumeration query (category enumeration, no parameters, a ?value column)",
                e.getMessage());
    }
}
