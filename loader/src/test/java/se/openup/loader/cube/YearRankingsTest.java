package se.openup.loader.cube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.StringJoiner;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Shacl;
import se.openup.loader.Sparql;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/**
 * The rankings in the year levels (concentration, pairs above the threshold, league ranks) equal what SPARQL computes
 * from the payments themselves, on generated ledgers with sole traders, credits and public-sector suppliers.
 */
class YearRankingsTest {
    private static final String PAIRS = """
            SELECT ?b ?s (SUM(?a) AS ?t) WHERE {
              ?p a payment:Payment ; payment:payer ?b ; payment:payee ?s ; payment:netAmount ?a ; payment:date ?d .
              FILTER(YEAR(?d) = 2023) FILTER NOT EXISTS { ?s a payment:Redaction }
            } GROUP BY ?b ?s""";

    @Test
    void rankingsEqualTheirComputationFromThePayments(@TempDir Path tmp) throws IOException {
        try (GraphStore store = SpendCubeTest.loaded(tmp, 4, 4_000)) {
            YearCube.run(store.dataset(), Iris.defaults());

            // pairs above 2023's threshold (700 000 SEK), with the buyer's whole total of the year
            Map<String, String> above = rows(store, "SELECT ?b ?s ?t ?all WHERE { { " + PAIRS + " HAVING (SUM(?a) > 700000) } "
                    + "{ SELECT ?b (SUM(?x) AS ?all) WHERE { ?q payment:payer ?b ; payment:netAmount ?x ; payment:date ?e FILTER(YEAR(?e) = 2023) } GROUP BY ?b } }",
                    "b", "s", "t", "all");
            assertTrue(above.size() > 0, "the generated set has pairs above the threshold");
            assertEquals(above, rows(store, """
                    SELECT ?b ?s ?t ?all WHERE { ?o openup:threshold 700000 ; openup:year "2023"^^xsd:gYear ;
                      openup:buyer ?b ; openup:supplier ?s ; openup:amount ?t ; openup:buyerAmount ?all }""", "b", "s", "t", "all"));

            // the league: the year's top 100 suppliers by total, ties by IRI, ranked 1…100
            Map<String, String> league = rows(store, "SELECT ?s (SUM(?t) AS ?total) WHERE { { " + PAIRS + " } } GROUP BY ?s "
                    + "ORDER BY DESC(?total) ?s LIMIT 100", "s", "total");
            assertEquals(100, league.size());
            Map<String, String> ranked = rows(store, """
                    SELECT ?s ?total ?rank WHERE { ?o openup:leagueRank ?rank ; openup:supplier ?s ; openup:amount ?total }
                    ORDER BY ?rank""", "s", "total");
            assertEquals(List.copyOf(league.keySet()), List.copyOf(ranked.keySet()), "same suppliers in the same order");
            assertEquals(league, ranked);
            assertEquals(Map.of("", "1 100 100"), rows(store, """
                    SELECT (MIN(?r) AS ?lo) (MAX(?r) AS ?hi) (COUNT(DISTINCT ?r) AS ?n) WHERE { ?o openup:leagueRank ?r }""",
                    "lo", "hi", "n"), "ranks 1 to 100, each once");

            // concentration, both scopes: suppliers with a positive net total, their total, HHI and top-1 share
            for (String scope : List.of("AllCounterparties", "NonPublicCounterparties")) {
                String publicOut = scope.startsWith("All") ? ""
                        : "FILTER NOT EXISTS { ?s <http://www.w3.org/ns/adms#identifier>/skos:notation ?n FILTER(STRSTARTS(?n, \"2\")) }";
                Map<String, String> fromPayments = rows(store, "SELECT ?b (SUM(?t) AS ?total) (COUNT(?s) AS ?k) "
                        + "(ROUND(10000 * SUM(?t * ?t) / (SUM(?t) * SUM(?t))) AS ?hhi) (ROUND(1000 * MAX(?t) / SUM(?t)) / 10 AS ?top1) "
                        + "WHERE { { " + PAIRS + " HAVING (SUM(?a) > 0) } " + publicOut + " } GROUP BY ?b", "b", "total", "k", "hhi", "top1");
                assertEquals(4, fromPayments.size());
                assertEquals(fromPayments, rows(store, "SELECT ?b ?total ?k ?hhi ?top1 WHERE { ?o openup:counterparties openup:" + scope
                        + " ; openup:buyer ?b ; openup:amount ?total ; openup:supplierCount ?k ; openup:hhi ?hhi ; "
                        + "openup:topSupplierShare ?top1 }", "b", "total", "k", "hhi", "top1"), scope);
            }
            assertTrue(Sparql.one(store.dataset(), """
                    SELECT (COUNT(*) AS ?n) WHERE { ?a openup:counterparties openup:AllCounterparties ; openup:buyer ?b ;
                      openup:supplierCount ?all . ?p openup:counterparties openup:NonPublicCounterparties ; openup:buyer ?b ;
                      openup:supplierCount ?some FILTER(?some < ?all) }""").getLiteral("n").getInt() > 0,
                    "the set has public-sector suppliers, so the scopes differ");
            Shacl.assertConforms(store.dataset());
        }
    }

    /** Rows as text: the IRI columns joined as the key, the numbers (compared by value, plain) as the value. */
    private static Map<String, String> rows(GraphStore store, String query, String... vars) {
        Map<String, String> out = new LinkedHashMap<>();
        for (QuerySolution s : Sparql.select(store.dataset(), query)) {
            StringJoiner key = new StringJoiner(" "), value = new StringJoiner(" ");
            for (String var : vars) {
                RDFNode n = s.get(var);
                if (n.isResource()) key.add(n.asResource().getURI());
                else value.add(new BigDecimal(n.asLiteral().getLexicalForm()).stripTrailingZeros().toPlainString());
            }
            out.put(key.toString(), value.toString());
        }
        return out;
    }
}
