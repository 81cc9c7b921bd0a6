package se.openup.loader.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import se.openup.loader.export.Parties.Party;
import se.openup.loader.rdf.Vocab;

/**
 * Ledger payments as OCDS: one release per buyer–payee pair; in it one contract per contract reference the
 * publisher gave ({@code avtal}) and one inferred contract for the payments without one; each payment a
 * {@code contracts[].implementation.transactions[]} entry. The payments come from one query ordered by pair,
 * contract and date and are written as they are read.
 */
final class LedgerReleases {
    /** Our extension: the contract id of the payments no contract was given for. */
    static final String INFERRED = "inferred";
    private final OcdsWriter out;
    private final Map<Node, String> accountLabels = new HashMap<>();
    private long transactions;

    LedgerReleases(OcdsWriter out) { this.out = out; }

    /** The payments a filter selects; a FILTER only for what is bound (the values themselves are bound as terms). */
    private static String match(Map<String, Node> bindings) {
        return "?p a payment:Payment ; payment:payer ?buyer ; payment:payee ?payee ; payment:date ?date .\n"
                + (bindings.containsKey("supplier") ? "FILTER (?payee = ?supplier)\n" : "")
                + (bindings.containsKey("from") ? "FILTER (?date >= ?from)\n" : "")
                + (bindings.containsKey("to") ? "FILTER (?date <= ?to)\n" : "");
    }

    private static Query pairs(Map<String, Node> bindings) {
        return StoreQuery.parse("SELECT ?buyer ?payee (MAX(?date) AS ?last) WHERE {" + match(bindings)
                + "} GROUP BY ?buyer ?payee ORDER BY ?buyer ?payee");
    }

    private static Query payments(Map<String, Node> bindings) {
        return StoreQuery.parse("SELECT ?buyer ?payee ?p ?date ?precision ?amount ?currency ?ref ?code ?account ?source"
                + " ?line WHERE {" + match(bindings) + """
                  ?p payment:netAmount ?amount ; payment:currency ?currency ; prov:wasDerivedFrom ?source ;
                     openup:sourceLine ?line .
                  OPTIONAL { ?p openup:datePrecision ?precision }
                  OPTIONAL { ?p openup:contractReference ?ref }
                  OPTIONAL { ?p payment:expenditureCode ?code }
                  OPTIONAL { ?p payment:expenditureCategory ?account }
                } ORDER BY ?buyer ?payee ?ref ?date ?source ?line""");
    }

    static boolean any(DatasetGraph dsg, Map<String, Node> bindings) {
        Query q = StoreQuery.parse("SELECT ?p WHERE {" + match(bindings) + "} LIMIT 1");
        try (var rows = StoreQuery.select(dsg, q, bindings)) {
            return rows.peek() != null;
        }
    }

    long transactions() { return transactions; }

    long write(Map<String, Node> bindings) throws IOException {
        long n = 0;
        try (StoreQuery.Rows pairs = StoreQuery.select(out.dataset(), pairs(bindings), bindings);
             StoreQuery.Rows payments = StoreQuery.select(out.dataset(), payments(bindings), bindings)) {
            while (pairs.peek() != null) {
                release(pairs.take(), payments);
                n++;
            }
        }
        return n;
    }

    private void release(Binding pair, StoreQuery.Rows payments) throws IOException {
        JsonGenerator g = out.json();
        Node buyerIri = pair.get(Var.alloc("buyer")), payeeIri = pair.get(Var.alloc("payee"));
        Party buyer = out.parties().of(buyerIri), payee = out.parties().of(payeeIri);
        String last = OcdsWriter.lexical(pair, "last");
        String ocid = out.ocid("ledger-" + buyer.id() + "-" + payee.id());
        g.writeStartObject();
        g.writeStringField("ocid", ocid);
        g.writeStringField("id", ocid + "/" + last);
        g.writeStringField("date", OcdsWriter.dateTime(last));
        g.writeArrayFieldStart("tag");
        g.writeString("contract");
        g.writeString("implementation");
        g.writeEndArray();
        g.writeStringField("initiationType", "tender");
        Map<String, List<String>> roles = new LinkedHashMap<>();
        roles.put(buyer.id(), List.of("buyer", "payer"));
        roles.put(payee.id(), List.of("supplier", "payee"));
        out.parties(List.of(buyer, payee), roles);
        out.reference("buyer", buyer);
        g.writeArrayFieldStart("contracts");
        List<String> contracts = new ArrayList<>();
        Binding row;
        String current = null;
        boolean open = false;
        while ((row = payments.peek()) != null && row.get(Var.alloc("buyer")).equals(buyerIri)
                && row.get(Var.alloc("payee")).equals(payeeIri)) {
            payments.take();
            String ref = OcdsWriter.lexical(row, "ref");
            String contract = ref == null ? INFERRED : "avtal-" + ref;
            if (!open || !Objects.equals(contract, current)) {
                if (open) endContract(g);
                startContract(g, contract, ref);
                contracts.add(contract);
                current = contract;
                open = true;
            }
            transaction(g, row, buyer, payee);
        }
        if (open) endContract(g);
        g.writeEndArray();
        // one award per contract, as OCDS hangs contracts from awards
        g.writeArrayFieldStart("awards");
        for (String c : contracts) {
            g.writeStartObject();
            g.writeStringField("id", c);
            g.writeStringField("status", "active");
            g.writeArrayFieldStart("suppliers");
            out.reference(null, payee);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void startContract(JsonGenerator g, String id, String ref) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("awardID", id);
        g.writeStringField("status", "active");
        // extension fields: whether the contract is only inferred from payments, and the publisher's reference
        g.writeBooleanField("inferred", ref == null);
        OcdsWriter.optionalString(g, "contractReference", ref);
        g.writeObjectFieldStart("implementation");
        g.writeArrayFieldStart("transactions");
    }

    private static void endContract(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void transaction(JsonGenerator g, Binding row, Party buyer, Party payee) throws IOException {
        String payment = row.get(Var.alloc("p")).getURI();
        g.writeStartObject();
        g.writeStringField("id", payment.substring((out.options().iris().base() + "payment/").length()));
        g.writeStringField("source", row.get(Var.alloc("source")).getURI());
        g.writeStringField("uri", payment);
        g.writeStringField("date", OcdsWriter.dateTime(OcdsWriter.lexical(row, "date")));
        if (row.get(Var.alloc("precision")) != null) g.writeStringField("datePrecision", "month");
        g.writeObjectFieldStart("value");
        g.writeNumberField("amount", new BigDecimal(OcdsWriter.lexical(row, "amount")));
        String currency = row.get(Var.alloc("currency")).getURI();
        g.writeStringField("currency", currency.substring(currency.lastIndexOf('/') + 1));
        g.writeEndObject();
        out.reference("payer", buyer);
        out.reference("payee", payee);
        String code = OcdsWriter.lexical(row, "code");
        if (code != null) {
            // extension: the publisher's account (Kommun-Bas style chart), docs/ocds.md
            g.writeObjectFieldStart("account");
            g.writeStringField("id", code);
            OcdsWriter.optionalString(g, "description", label(row.get(Var.alloc("account"))));
            Node account = row.get(Var.alloc("account"));
            if (account != null) g.writeStringField("uri", account.getURI());
            g.writeEndObject();
        }
        g.writeEndObject();
        transactions++;
    }

    /** The account's lowest skos:prefLabel (a chart may label one code differently over files), cached. */
    private String label(Node account) {
        if (account == null) return null;
        return accountLabels.computeIfAbsent(account, a -> StoreQuery.lowest(out.dataset().getUnionGraph(), a, Vocab.PREF_LABEL));
    }
}
