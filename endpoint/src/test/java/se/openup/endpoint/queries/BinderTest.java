package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.openup.loader.rdf.Iris;

/**
 * Values become RDF terms in the parsed query, never text: whatever a value holds, the bound query's algebra is the
 * saved query's algebra with the parameter variable replaced by one constant — no new pattern, filter or operation.
 */
class BinderTest {
    static final String BASE = Iris.DEFAULT_BASE;
    static final String PROBE = """
            #+ title: {sv: Prov, en: Probe}
            #+ description: {sv: Prov, en: Probe}
            #+ category: test
            #+ caveat: {sv: Prov, en: Probe}
            #+ params:
            #+   text: {type: string, default: ""}
            #+   org: {type: organisation}
            #+   node: {type: iri}
            #+   amount: {type: amount, min: 0, max: 1000000}
            #+   year: {type: year, min: 2000, max: 2100}
            #+   flag: {type: boolean, default: "false"}
            #+   kind: {type: enum, values: [a, b]}
            #+   town: {type: municipality, enumeration: towns}
            PREFIX schema: <http://schema.org/>
            SELECT ?s ?name WHERE {
              ?s schema:name ?name ; schema:about ?_node ; schema:seller ?_org ; schema:location ?_town .
              OPTIONAL { ?s schema:price ?p }
              FILTER(?_text = "" || CONTAINS(?name, ?_text))
              FILTER(?_flag = false || ?p < ?_amount)
              FILTER(!BOUND(?p) || YEAR(?p) = ?_year || STR(?p) = ?_kind)
            }
            """;
    static final String TOWNS = """
            #+ title: {sv: Orter, en: Towns}
            #+ description: {sv: Orter, en: Towns}
            #+ category: enumeration
            SELECT ?value ?label ?orgnr WHERE { VALUES (?value ?label ?orgnr) { (<https://w3id.org/openup/id/org/2120001967> "Örebro" "2120001967") } }
            """;
    static final QueryLibrary LIBRARY = QueryLibrary.of(Map.of("probe.rq", PROBE, "towns.rq", TOWNS), BASE);
    static final Binder BINDER = new Binder(BASE, id -> new QueryRunner(
            org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem(), java.time.Duration.ofSeconds(5), 100)
            .run(LIBRARY.get(id).query()).records());

    static final String HOSTILE_1MB = "\"}; DROP ALL #".repeat(1024 * 1024 / 14 + 1);

    @ParameterizedTest
    @ValueSource(strings = {"\"}; DROP ALL #", "'}'; INSERT DATA { <urn:a> <urn:b> <urn:c> } #", "a\" || true || \"",
            "line1\nline2\r\n} UNION { ?s ?p ?o", "<https://w3id.org/openup/id/org/1>", "\\\"\\u0022 ${x} ?_org $_org", "{}{}{}{"})
    void hostileTextIsOneLiteral(String value) {
        SavedQuery q = LIBRARY.get("probe");
        Binder.Bound bound = BINDER.bind(q, Map.of("text", List.of(value)));
        Node literal = bound.terms().get(Var.alloc("_text"));
        assertEquals(NodeFactory.createLiteralString(value), literal);
        assertEquals(java.util.Set.of(Var.alloc("_text"), Var.alloc("_flag")), bound.terms().keySet(), "the value and a default");
        assertSameShape(q.query(), bound.apply(q.query()), bound.terms());
    }

    @Test
    void oneMegabyteIsRefusedNamingTheParameter() {
        SavedQuery q = LIBRARY.get("probe");
        for (String name : List.of("text", "org", "node", "amount", "year", "kind", "town")) {
            Binder.BadParameter e = assertThrows(Binder.BadParameter.class, () -> BINDER.bind(q, Map.of(name, List.of(HOSTILE_1MB))));
            assertEquals(name, e.parameter());
            assertTrue(e.getMessage().contains("'" + name + "'") && e.getMessage().length() < 200, e.getMessage());
        }
    }

    @Test
    void everyTypeBindsItsTermAndKeepsTheShape() {
        SavedQuery q = LIBRARY.get("probe");
        Map<String, List<String>> request = Map.of("org", List.of("556100-0018"), "node", List.of(BASE + "account/kommunbas/4"),
                "amount", List.of("99999.99"), "year", List.of("2023"), "flag", List.of("true"), "kind", List.of("b"),
                "town", List.of("212000-1967"));
        Binder.Bound bound = BINDER.bind(q, request);
        Map<Var, Node> expected = new HashMap<>();
        expected.put(Var.alloc("_text"), NodeFactory.createLiteralString(""));
        expected.put(Var.alloc("_org"), NodeFactory.createURI(BASE + "org/5561000018"));
        expected.put(Var.alloc("_node"), NodeFactory.createURI(BASE + "account/kommunbas/4"));
        expected.put(Var.alloc("_amount"), NodeFactory.createLiteralDT("99999.99", XSDDatatype.XSDdecimal));
        expected.put(Var.alloc("_year"), NodeFactory.createLiteralDT("2023", XSDDatatype.XSDinteger));
        expected.put(Var.alloc("_flag"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        expected.put(Var.alloc("_kind"), NodeFactory.createLiteralString("b"));
        expected.put(Var.alloc("_town"), NodeFactory.createURI(BASE + "org/2120001967"));
        assertEquals(expected, bound.terms());
        assertSameShape(q.query(), bound.apply(q.query()), expected);
        // kommunkod-free alias: the orgnr without its dash finds the same town
        assertEquals(expected.get(Var.alloc("_town")),
                BINDER.bind(q, Map.of("town", List.of("2120001967"))).terms().get(Var.alloc("_town")));
    }

    @Test
    void unboundOptionalParameterStaysAVariable() {
        SavedQuery q = LIBRARY.get("probe");
        Binder.Bound bound = BINDER.bind(q, Map.of());
        assertEquals(Map.of("text", "", "flag", "false"), bound.echo(), "only the defaults");
        // ?_org, ?_node, ?_town… are still variables: a pattern using them matches anything
        assertSameShape(q.query(), bound.apply(q.query()), bound.terms());
        assertTrue(bound.apply(q.query()).serialize().contains("?_org"));
    }

    @Test
    void badValuesAreRefusedWithTheParameterNamed() {
        SavedQuery q = LIBRARY.get("probe");
        Map<String, String> bad = Map.of(
                "org", "5561000018; DROP", "node", "https://evil.example/x", "amount", "1e5", "year", "2023 || true",
                "flag", "yes", "kind", "c", "town", "9999");
        bad.forEach((name, value) -> {
            Binder.BadParameter e = assertThrows(Binder.BadParameter.class, () -> BINDER.bind(q, Map.of(name, List.of(value))), name);
            assertEquals(name, e.parameter());
            assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
        });
        assertEquals("year", assertThrows(Binder.BadParameter.class,
                () -> BINDER.bind(q, Map.of("year", List.of("1999")))).parameter(), "below min");
        assertEquals("node", assertThrows(Binder.BadParameter.class,
                () -> BINDER.bind(q, Map.of("node", List.of(BASE + "a> } ; DROP ALL #")))).parameter(), "not an IRI");
        assertEquals("year", assertThrows(Binder.BadParameter.class,
                () -> BINDER.bind(q, Map.of("year", List.of("2020", "2021")))).parameter(), "repeated");
        assertEquals("nosuch", assertThrows(Binder.BadParameter.class,
                () -> BINDER.bind(q, Map.of("nosuch", List.of("1")))).parameter(), "unknown");
    }

    /** The bound query's algebra is the original's with each variable replaced by its term, also after a text round trip. */
    static void assertSameShape(Query original, Query bound, Map<Var, Node> terms) {
        Op expected = NodeTransformLib.transform(n -> n instanceof Var v && terms.containsKey(v) ? terms.get(v) : n,
                Algebra.compile(original));
        assertEquals(expected, Algebra.compile(bound));
        assertEquals(expected, Algebra.compile(QueryFactory.create(bound.serialize())), "serialised and parsed again");
    }
}
