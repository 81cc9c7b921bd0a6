package se.openup.loader.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import se.openup.loader.Sparql;
import se.openup.loader.normalise.Names;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/** Checks one `payments` entry of a fixture manifest against the graph (keys in fixtures/README.md). */
final class PaymentCheck {
    private static final String ID = Iris.DEFAULT_BASE;

    private PaymentCheck() {}

    @SuppressWarnings("unchecked")
    static void check(GraphStore store, String mapping, String file, Map<String, Object> want) {
        String payment = ID + "payment/" + mapping + "/" + Names.key(file) + "/" + want.get("line");
        String where = file + " line " + want.get("line");
        List<QuerySolution> rows = Sparql.select(store.dataset(), "SELECT ?p ?o WHERE { <" + payment + "> ?p ?o }");
        assertTrue(!rows.isEmpty(), () -> "no payment " + payment);
        if (want.containsKey("date")) assertEquals(want.get("date"), value(rows, "payment#date"), where + " date");
        if (want.containsKey("precision"))
            assertEquals("MONTH".equals(want.get("precision")), value(rows, "datePrecision") != null, where + " precision");
        // TDB2 keeps decimals as values (lexical form canonical: 4200.0), so compare values
        if (want.containsKey("amount"))
            assertEquals(0, new java.math.BigDecimal((String) want.get("amount")).compareTo(
                    new java.math.BigDecimal(value(rows, "netAmount"))), where + " amount " + value(rows, "netAmount"));
        if (want.containsKey("payer")) assertEquals(ID + want.get("payer"), value(rows, "payment#payer"), where + " payer");
        for (String key : List.of("invoiceNumber", "voucherNumber", "accountCode", "basis", "contract")) {
            String property = switch (key) {
                case "voucherNumber" -> "payment#reference";
                case "accountCode" -> "expenditureCode";
                case "basis" -> "procurementBasis";
                case "contract" -> "contractReference";
                default -> key;
            };
            if (want.containsKey(key)) assertEquals(String.valueOf(want.get(key)), value(rows, property), where + " " + key);
        }
        String payee = value(rows, "payment#payee");
        if (want.containsKey("payee")) {
            String w = (String) want.get("payee");
            switch (w) {
                case "redacted" -> assertTrue(payee.startsWith(ID + "redacted/"), where + " payee " + payee);
                case "supplier" -> assertTrue(payee.startsWith(ID + "supplier/"), where + " payee " + payee);
                default -> assertEquals(ID + w, payee, where + " payee");
            }
        }
        if (want.containsKey("payeeName"))
            assertTrue(Sparql.select(store.dataset(), "SELECT * WHERE { <" + payee + "> schema:name "
                    + quoted(want.get("payeeName")) + " }").size() == 1, where + " payeeName");
        if (want.containsKey("issues")) {
            TreeSet<String> got = new TreeSet<>();
            rows.stream().filter(r -> r.get("p").toString().endsWith("supplierIdIssue"))
                    .forEach(r -> got.add(r.getResource("o").getLocalName()));
            assertEquals(new TreeSet<>((List<String>) want.get("issues")), got, where + " issues");
        }
        if (want.containsKey("otherIds")) {
            TreeSet<String> got = new TreeSet<>();
            rows.stream().filter(r -> r.get("p").toString().endsWith("otherSupplierId"))
                    .forEach(r -> got.add(r.getLiteral("o").getLexicalForm()));
            assertEquals(new TreeSet<>((List<String>) want.get("otherIds")), got, where + " otherIds");
        }
        if (want.containsKey("unit")) {
            String unit = value(rows, "payment#unit");
            assertTrue(Sparql.select(store.dataset(), "SELECT * WHERE { <" + unit + "> skos:prefLabel ?l "
                    + "FILTER(str(?l) = " + quoted(want.get("unit")) + ") }").size() == 1, where + " unit");
        }
        if (want.containsKey("accountText")) {
            String account = value(rows, "expenditureCategory");
            assertTrue(Sparql.select(store.dataset(), "SELECT * WHERE { <" + account + "> skos:prefLabel ?l "
                    + "FILTER(str(?l) = " + quoted(want.get("accountText")) + ") }").size() == 1, where + " accountText");
        }
    }

    private static String quoted(Object v) {
        return "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The one value of the property whose IRI ends with the suffix (null if absent). */
    private static String value(List<QuerySolution> rows, String suffix) {
        List<String> values = rows.stream().filter(r -> r.get("p").toString().endsWith(suffix))
                .map(r -> r.get("o").isLiteral() ? r.getLiteral("o").getLexicalForm() : r.getResource("o").getURI())
                .toList();
        assertTrue(values.size() <= 1, () -> "several values for " + suffix + ": " + values);
        return values.isEmpty() ? null : values.get(0);
    }
}
