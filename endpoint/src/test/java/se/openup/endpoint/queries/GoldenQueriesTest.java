package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.openup.loader.rdf.Vocab;
import se.openup.loader.store.Ontology;

/**
 * Every saved query on the hand-made golden fixture returns exactly the rows worked out by hand in
 * src/test/resources/golden/README.md — every amount to the öre, every share to the declared rounding.
 * Runs through the real API (HTTP, JSON) on a TDB2 store built by the real loader.
 */
class GoldenQueriesTest {
    static final String ID = "https://w3id.org/openup/id/";
    static final String VASBY = "org/2120000019", VALLENTUNA = "org/2120000027", OREBRO = "org/2120001967";
    static final String ALFA = "org/5561000018", BETA = "org/5561000026", GAMMA = "org/5561000034",
            DELTA = "org/5561000042", EPSILON = "org/5561000059", ZETA = "org/5561000067", REGION = "org/2321000016";
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception { api = new ApiClient(GoldenStore.server().url()); }

    @Test
    void spendPerInhabitant() throws Exception {
        expect("spend-per-inhabitant?year=2023",
                List.of("municipality", "municipalityName", "spend", "payments", "population", "populationDate", "perInhabitant"),
                row(VASBY, "Upplands Väsby", "1899489.99", "13", "47820", "2021-12-31", "39.72"),
                row(OREBRO, "Örebro", "855200.00", "4", "156987", "2021-12-31", "5.45"),
                row(VALLENTUNA, "Vallentuna", "154990.00", "4", "34246", "2021-12-31", "4.53"));
        expect("spend-per-inhabitant?year=2022",
                List.of("municipality", "municipalityName", "spend", "payments", "population", "populationDate", "perInhabitant"),
                row(VASBY, "Upplands Väsby", "450000.00", "2", "47820", "2021-12-31", "9.41"),
                row(VALLENTUNA, "Vallentuna", "40000.00", "1", "34246", "2021-12-31", "1.17"));
    }

    @Test
    void spendPerInhabitantByClass() throws Exception {
        List<String> cols = List.of("municipality", "municipalityName", "spend", "payments", "population", "populationDate", "perInhabitant");
        expect("spend-per-inhabitant-by-class?year=2023&accountClass=4", cols,
                row(VASBY, "Upplands Väsby", "850000", "3", "47820", "2021-12-31", "17.77"),
                row(OREBRO, "Örebro", "750000", "1", "156987", "2021-12-31", "4.78"),
                row(VALLENTUNA, "Vallentuna", "100000", "1", "34246", "2021-12-31", "2.92"));
        // a two-digit group by its IRI: 64 (Annonser, Datorer)
        expect("spend-per-inhabitant-by-class?year=2023&accountClass=" + ID + "account/kommunbas/64", cols,
                row(VASBY, "Upplands Väsby", "724990", "2", "47820", "2021-12-31", "15.16"),
                row(VALLENTUNA, "Vallentuna", "4990", "1", "34246", "2021-12-31", "0.15"),
                row(OREBRO, "Örebro", "5200", "1", "156987", "2021-12-31", "0.03"));
    }

    @Test
    void supplierLeague() throws Exception {
        expect("supplier-league?year=2023", List.of("supplier", "supplierName", "orgnr", "total", "buyers", "payments"),
                row(ALFA, "Alfa Bygg AB", "5561000018", "1650000", "3", "4"),
                row(EPSILON, "Epsilon IT AB", "5561000059", "720000", "1", "1"),
                row(BETA, "Beta Konsult AB", "5561000026", "386999.99", "2", "4"),
                row(ZETA, "Zeta Mat AB", "5561000067", "51500", "2", "4"),
                row(REGION, "Region Stockholm", "2321000016", "50000", "1", "1"),
                row(DELTA, "Delta Städ AB", "5561000042", "33000", "2", "3"),
                row(GAMMA, "Gamma Register AB", "5561000034", "15180", "3", "3"));
    }

    @Test
    void supplierFootprint() throws Exception {
        expect("supplier-footprint?supplier=556100-0018", List.of("buyer", "buyerName", "total", "payments", "firstDate", "lastDate"),
                row(VASBY, "Upplands Väsby", "1200000", "3", "2022-03-07", "2023-04-07"),
                row(OREBRO, "Örebro", "750000", "1", "2023-03-06", "2023-03-06"),
                row(VALLENTUNA, "Vallentuna", "100000", "1", "2023-03-06", "2023-03-06"));
    }

    @Test
    void concentration() throws Exception {
        List<String> cols = List.of("buyer", "buyerName", "total", "suppliers", "hhi", "top1Share", "top5Share");
        expect("concentration?year=2023", cols,
                row(OREBRO, "Örebro", "855200", "4", "7808", "87.7", "100.0"),
                row(VALLENTUNA, "Vallentuna", "154990", "3", "5214", "64.5", "100.0"),
                row(VASBY, "Upplands Väsby", "1896489.99", "7", "3471", "42.2", "99.7"));
        expect("concentration?year=2023&excludePublic=true", cols,
                row(OREBRO, "Örebro", "855200", "4", "7808", "87.7", "100.0"),
                row(VALLENTUNA, "Vallentuna", "154990", "3", "5214", "64.5", "100.0"),
                row(VASBY, "Upplands Väsby", "1846489.99", "6", "3655", "43.3", "99.9"));
    }

    @Test
    void aboveThreshold() throws Exception {
        expect("above-threshold-pairs?year=2023",
                List.of("buyer", "buyerName", "supplier", "supplierName", "orgnr", "total", "payments", "threshold", "buyerTotal", "shareOfBuyer"),
                row(VASBY, "Upplands Väsby", ALFA, "Alfa Bygg AB", "5561000018", "800000", "2", "700000", "1899489.99", "42.1"),
                row(VASBY, "Upplands Väsby", EPSILON, "Epsilon IT AB", "5561000059", "720000", "1", "700000", "1899489.99", "37.9"),
                row(OREBRO, "Örebro", ALFA, "Alfa Bygg AB", "5561000018", "750000", "1", "700000", "855200", "87.7"));
        // 2022: Upplands Väsby paid Alfa 400 000, under that year's 700 000
        expect("above-threshold-pairs?year=2022",
                List.of("buyer", "buyerName", "supplier", "supplierName", "orgnr", "total", "payments", "threshold", "buyerTotal", "shareOfBuyer"));
    }

    @Test
    void aboveThresholdWithoutProcurement() throws Exception {
        // Upplands Väsby's award PA1 to "Alfa Bygg AB" (a name, linked to 556100-0018) takes that pair out
        expect("above-threshold-no-procurement?year=2023",
                List.of("buyer", "buyerName", "supplier", "supplierName", "orgnr", "total", "payments", "threshold", "buyerProcurements"),
                row(VASBY, "Upplands Väsby", EPSILON, "Epsilon IT AB", "5561000059", "720000", "1", "700000", "4"),
                row(OREBRO, "Örebro", ALFA, "Alfa Bygg AB", "5561000018", "750000", "1", "700000", "0"));
    }

    @Test
    void justBelowThreshold() throws Exception {
        List<String> cols = List.of("buyer", "buyerName", "invoices", "inBand", "shareInBand", "amountInBand");
        expect("just-below-threshold?year=2023", cols,
                row(OREBRO, "Örebro", "4", "1", "25.0", "92000"),
                row(VASBY, "Upplands Väsby", "11", "2", "18.2", "194999.99"),
                row(VALLENTUNA, "Vallentuna", "4", "0", "0.0", "0"));
        // the year's direct-award threshold (2023: 700 000): band [630 000, 700 000) holds none (720 000, 750 000 and
        // 800 000 are above it); the same answer for its other aliases
        for (String limit : List.of("direct-award", "https://w3id.org/openup/def%23DirectAwardLimit"))
            expect("just-below-threshold?year=2023&limit=" + limit, cols,
                    row(VASBY, "Upplands Väsby", "11", "0", "0.0", "0"),
                    row(VALLENTUNA, "Vallentuna", "4", "0", "0.0", "0"),
                    row(OREBRO, "Örebro", "4", "0", "0.0", "0"));
    }

    @Test
    void procurementProfile() throws Exception {
        List<String> cols = List.of("municipality", "municipalityName", "procurements", "openShare", "simplifiedShare", "otherShare",
                "frameworkShare", "contractedValue", "withValue", "population", "populationDate", "valuePerInhabitant", "procurementsPer10000");
        expect("procurement-profile", cols,
                row(VASBY, "Upplands Väsby", "3", "33.3", "33.3", "33.3", "33.3", "1500000", "3", "47820", "2021-12-31", "31.37", "0.63"),
                row(VALLENTUNA, "Vallentuna", "1", "100.0", "0.0", "0.0", "100.0", "400000", "1", "34246", "2021-12-31", "11.68", "0.29"));
        expect("procurement-profile?year=2020&municipality=0114", cols,
                row(VASBY, "Upplands Väsby", "1", "0.0", "100.0", "0.0", "0.0", "50000", "1", "47820", "2021-12-31", "1.05", "0.21"));
    }

    @Test
    void changeByAccountClass() throws Exception {
        List<String> cols = List.of("buyer", "buyerName", "class", "classCode", "spend", "previousSpend", "change", "changePercent");
        expect("change-by-account-class?year=2023&municipality=212000-0019", cols,
                row(VASBY, "Upplands Väsby", "account/kommunbas/4", "4", "850000", "400000", "450000", "112.5"),
                row(VASBY, "Upplands Väsby", "account/kommunbas/5", "5", "25000", "0", "25000", null),
                row(VASBY, "Upplands Väsby", "account/kommunbas/6", "6", "726490", "0", "726490", null),
                row(VASBY, "Upplands Väsby", "account/kommunbas/7", "7", "297999.99", "50000", "247999.99", "496.0"));
        expect("change-by-account-class?year=2023&level=2&municipality=0115", cols,
                row(VALLENTUNA, "Vallentuna", "account/kommunbas/46", "46", "100000", "0", "100000", null),
                row(VALLENTUNA, "Vallentuna", "account/kommunbas/61", "61", "50000", "40000", "10000", "25.0"),
                row(VALLENTUNA, "Vallentuna", "account/kommunbas/64", "64", "4990", "0", "4990", null));
    }

    @Test
    void amountLimitsAreTheOntologysScheme() throws Exception {
        // the enumeration lists its values itself (a store's ontology graph is only refreshed by a load); they must be
        // exactly the concepts of openup:AmountLimits the payment facts are counted for
        Graph ontology = Ontology.graph();
        Node scheme = Vocab.openup("AmountLimits");
        Map<String, String> inOntology = new TreeMap<>();
        ontology.find(Node.ANY, Vocab.IN_SCHEME, scheme).forEachRemaining(t -> inOntology.put(t.getSubject().getURI(),
                ontology.find(t.getSubject(), Vocab.NOTATION, Node.ANY).next().getObject().getLiteralLexicalForm() + " "
                + ontology.find(t.getSubject(), Vocab.PREF_LABEL, Node.ANY).filterKeep(l -> l.getObject().getLiteralLanguage()
                        .equals("sv")).next().getObject().getLiteralLexicalForm()));
        Map<String, String> listed = new TreeMap<>();
        api.json("/api/queries/amount-limits").get("rows").forEach(r -> listed.put(r.get(0).asText(), r.get(2).asText() + " " + r.get(1).asText()));
        assertEquals(4, inOntology.size());
        assertEquals(inOntology, listed);
    }

    @Test
    void bluffaktura() throws Exception {
        List<String> cols = List.of("supplier", "supplierName", "orgnr", "buyers", "payments", "smallest", "largest", "total");
        expect("bluffaktura", cols, row(GAMMA, "Gamma Register AB", "5561000034", "3", "3", "4990", "5200", "15180"));
        // 5 200 is above a 5 000 limit: no supplier fits
        expect("bluffaktura?maxAmount=5000", cols);
        expect("bluffaktura?minBuyers=4", cols);
    }

    @Test
    void duplicateInvoices() throws Exception {
        expect("duplicate-invoices?year=2023",
                List.of("buyer", "buyerName", "supplier", "supplierName", "invoiceNumber", "amount", "postings", "accounts", "firstDate", "lastDate"),
                row(VASBY, "Upplands Väsby", DELTA, "Delta Städ AB", "D-100", "12500", "2", "1", "2023-03-06", "2023-03-20"));
        expect("duplicate-invoices?year=2023&municipality=1880",
                List.of("buyer", "buyerName", "supplier", "supplierName", "invoiceNumber", "amount", "postings", "accounts", "firstDate", "lastDate"));
    }

    @Test
    void roundAmountsAndHolidays() throws Exception {
        expect("round-amounts-and-holidays?year=2023",
                List.of("buyer", "buyerName", "payments", "roundThousandShare", "roundTenThousandShare", "dayDated", "weekendOrHoliday", "weekendOrHolidayShare"),
                row(VASBY, "Upplands Väsby", "13", "61.5", "38.5", "12", "3", "25.0"),
                row(VALLENTUNA, "Vallentuna", "4", "75.0", "75.0", "4", "1", "25.0"),
                row(OREBRO, "Örebro", "4", "75.0", "25.0", "4", "0", "0.0"));
    }

    @Test
    void coverageAndQuality() throws Exception {
        expect("coverage-and-quality?year=2023",
                List.of("buyer", "buyerName", "months", "payments", "withOrgnrShare", "redactedShare", "monthOnlyShare", "files", "rejectedRows"),
                row(VASBY, "Upplands Väsby", "4", "13", "92.3", "7.7", "7.7", "1", "0"),
                row(VALLENTUNA, "Vallentuna", "1", "4", "100.0", "0.0", "0.0", "1", "0"),
                row(OREBRO, "Örebro", "1", "4", "100.0", "0.0", "0.0", "1", "0"));
    }

    static List<String> row(String... cells) { return java.util.Arrays.asList(cells); }

    /** The answer has exactly these columns and rows, in order; numbers compared exactly, IRIs given under the base. */
    @SafeVarargs
    static JsonNode expect(String path, List<String> columns, List<String>... rows) throws Exception {
        JsonNode answer = api.json("/api/queries/" + path);
        List<String> names = new ArrayList<>();
        answer.get("columns").forEach(c -> names.add(c.get("name").asText()));
        assertEquals(columns, names, path + ": columns");
        assertFalse(answer.get("truncated").asBoolean(), path);
        JsonNode actual = answer.get("rows");
        assertEquals(rows.length, actual.size(), () -> path + ": rows\n" + actual.toPrettyString());
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.size(); c++) {
                String want = rows[r].get(c);
                JsonNode got = actual.get(r).get(c);
                String where = path + " row " + r + " " + columns.get(c) + ": " + actual.get(r);
                if (want == null) {
                    assertTrue(got.isNull(), where);
                } else if (got.isNumber()) {
                    assertEquals(0, new BigDecimal(want).compareTo(got.decimalValue()), where + " expected " + want);
                } else {
                    assertEquals(want.matches("(org|account)/.*") ? ID + want : want, got.asText(), where);
                }
            }
        }
        return answer;
    }
}
