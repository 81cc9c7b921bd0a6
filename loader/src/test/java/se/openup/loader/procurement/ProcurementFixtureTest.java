package se.openup.loader.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Sparql;
import se.openup.loader.TestData;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.mapping.Rejection;
import se.openup.loader.reference.Municipalities;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.LoadReport;
import se.openup.loader.store.Validation;

/**
 * Five invented rows in the value layout (src/test/resources/procurement): what is rejected and why, how the
 * Swedish values become OCDS codes and flags, and that SHACL notices a graph that no longer matches its load.
 */
class ProcurementFixtureTest {
    static final String P = "PREFIX ocds: <http://data.tbfy.eu/ontology/ocds#>\n";
    static final MappingProfile MAPPING = MappingProfiles.resolve(TestData.resource("procurement/value-fixture.yaml").toString());

    private LoadReport load(GraphStore store) {
        Municipalities m = Municipalities.read(TestData.sharedDir());
        return store.load(TestData.resource("procurement/value-fixture.tsv"), MAPPING,
                GraphStore.Options.defaults().withMunicipalityNames(m::orgnrByName));
    }

    @Test
    void rowsAreLoadedOrRejectedWithTheirValue(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            LoadReport r = load(store);
            assertEquals(5, r.rowsRead());
            assertEquals(3, r.getRowsLoaded());
            assertEquals(0, new BigDecimal("3300").compareTo(r.getAmountLoaded()));
            assertEquals(0, new BigDecimal("1200").compareTo(r.getAmountRejected()));
            List<Rejection> rejected = r.getRejected();
            assertEquals(List.of(4L, 5L), rejected.stream().map(Rejection::line).toList());
            // line 4 is line 2 again: same id and buyer, the title in other capitals and punctuation
            assertEquals("Upphandlings-ID", rejected.get(0).column());
            assertTrue(rejected.get(0).reason().contains("same procurement as line 2"), rejected.get(0).reason());
            assertEquals("Direktivstyrd", rejected.get(1).column());
            assertTrue(rejected.get(1).reason().contains("'Ja' is not a yes/no value"), rejected.get(1).reason());
        }
    }

    @Test
    void swedishValuesBecomeOcdsCodesAndFlags(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            load(store);
            var rows = Sparql.select(store.dataset(), P + """
                    SELECT ?id ?buyer ?method ?details ?category ?directive ?framework WHERE {
                      ?p ocds:hasBuyer ?buyer ; ocds:hasTender ?t .
                      ?t ocds:tenderId ?id ; ocds:procurementMethodDetails ?details ; ocds:mainProcurementCategory ?category ;
                         openup:directiveGoverned ?directive ; openup:frameworkAgreement ?framework .
                      OPTIONAL { ?t ocds:procurementMethod ?method } } ORDER BY ?id ?buyer""");
            assertEquals(3, rows.size(), "XX1 of two buyers, and XX3");
            String base = "https://w3id.org/openup/id/org/";
            assertEquals(List.of(base + "2120000019", base + "5560000001", base + "2120000449"),
                    rows.stream().map(q -> q.getResource("buyer").getURI()).toList(), "Linköping's misspelt orgnr resolved by name");
            assertEquals(List.of("open", "open"), rows.subList(0, 2).stream().map(q -> q.getLiteral("method").getLexicalForm()).toList());
            assertFalse(rows.get(2).contains("method"), "Annat förfarande has no OCDS method code");
            assertEquals("Annat förfarande", rows.get(2).getLiteral("details").getLexicalForm());
            assertEquals(List.of("services", "services", "works"), rows.stream().map(q -> q.getLiteral("category").getLexicalForm()).toList());
            assertEquals(List.of(true, false, false), rows.stream().map(q -> q.getLiteral("directive").getBoolean()).toList(), "True, 0, false");
            assertEquals(List.of(true, false, false), rows.stream().map(q -> q.getLiteral("framework").getBoolean()).toList());
        }
    }

    @Test
    void shaclNoticesAGraphThatNoLongerMatchesItsLoad(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            LoadReport r = load(store);
            Validation.Result ok = Validation.run(store.dataset(), null);
            assertTrue(ok.conforms(), () -> "SHACL: " + ok.violations());

            Node graph = NodeFactory.createURI(r.getGraph());
            Node amount = NodeFactory.createURI("http://data.tbfy.eu/ontology/ocds#valueAmount");
            Txn.executeWrite(store.dataset(), () -> {
                Quad q = store.dataset().find(graph, Node.ANY, amount, Node.ANY).next();
                store.dataset().delete(q);
                store.dataset().add(graph, q.getSubject(), amount, NodeFactory.createLiteralDT("1", XSDDatatype.XSDdecimal));
            });
            Validation.Result bad = Validation.run(store.dataset(), null);
            assertFalse(bad.conforms());
            assertTrue(bad.violations().stream().anyMatch(v -> v.contains("contracted values summing to")), () -> bad.violations().toString());
        }
    }
}
