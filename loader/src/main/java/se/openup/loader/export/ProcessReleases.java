package se.openup.loader.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import se.openup.loader.export.Parties.Party;

/**
 * The procurement statistics as OCDS: one release per {@code ocds:ContractingProcess} with its tender, one award
 * and one contract per contracted supplier of a lot. Two ordered queries (processes; awards) are merged on the
 * process, so only one process's awards are held at a time.
 */
final class ProcessReleases {
    /**
     * Processes with a supplier: named directly, or a name-only supplier linked to it (skos:closeMatch). A subquery
     * first, so the supplier's few processes are found by index before anything else is joined.
     */
    private static final String SUPPLIER = """
            { SELECT DISTINCT ?process WHERE {
                { ?process ocds:hasAward/ocds:hasSupplier ?supplier }
                UNION { ?process ocds:hasAward/ocds:hasSupplier ?linked . ?linked skos:closeMatch ?supplier } } }
            """;

    /** The processes a filter selects; a FILTER only for what is bound (the values themselves are bound as terms). */
    private static Query processes(Map<String, Node> bindings) {
        return StoreQuery.parse("""
            SELECT ?process ?buyer (MIN(?tid) AS ?tenderId) (MIN(?t) AS ?title) (MIN(?iss) AS ?issued)
                   (MIN(?m) AS ?method) (MIN(?md) AS ?methodDetails) (MIN(?cat) AS ?category)
                   (MIN(?code) AS ?cpv) (MIN(?cpvl) AS ?cpvLabel) (MIN(?amt) AS ?amount) (MIN(?cur) AS ?currency)
            WHERE {
            """ + (bindings.containsKey("supplier") ? SUPPLIER : "") + """
              ?process a ocds:ContractingProcess ; ocds:hasBuyer ?buyer ; ocds:hasTender ?tender .
              ?tender ocds:tenderId ?tid .
              OPTIONAL { ?tender dcterms:title ?t }
              OPTIONAL { ?tender dcterms:issued ?iss }
              OPTIONAL { ?tender ocds:procurementMethod ?m }
              OPTIONAL { ?tender ocds:procurementMethodDetails ?md }
              OPTIONAL { ?tender ocds:mainProcurementCategory ?cat }
              OPTIONAL { ?tender ocds:hasItemToBeProcured/ocds:hasClassification ?c . ?c skos:notation ?code
                         OPTIONAL { ?c skos:prefLabel ?cpvl } }
              OPTIONAL { ?process openup:contractedValue ?v . ?v ocds:valueAmount ?amt ; ocds:valueCurrency ?cur }
            """ + (bindings.containsKey("from") ? "FILTER (?iss >= ?from)\n" : "")
                + (bindings.containsKey("to") ? "FILTER (?iss <= ?to)\n" : "")
                + "} GROUP BY ?process ?buyer ORDER BY ?process");
    }

    /** The awards of the same processes, in the same order. */
    private static Query awards(Map<String, Node> bindings) {
        return StoreQuery.parse("""
            SELECT ?process ?award ?contract ?s (MIN(?l) AS ?lot) (MIN(?n) AS ?tenders)
            WHERE {
            """ + (bindings.containsKey("supplier") ? SUPPLIER : "") + """
              ?process a ocds:ContractingProcess ; ocds:hasBuyer ?buyer ; ocds:hasAward ?award .
              ?award ocds:hasSupplier ?s .
              OPTIONAL { ?contract ocds:isIssuedForAward ?award }
              OPTIONAL { ?award openup:lot ?l }
              OPTIONAL { ?award openup:contractedTenders ?n }
            }
            GROUP BY ?process ?award ?contract ?s ORDER BY ?process ?award""");
    }

    private final OcdsWriter out;

    ProcessReleases(OcdsWriter out) { this.out = out; }

    /** True if a process matches the buyer/supplier of the bindings (dates are not looked at). */
    static boolean any(DatasetGraph dsg, Map<String, Node> bindings) {
        Query q = StoreQuery.parse("SELECT ?process WHERE {" + (bindings.containsKey("supplier") ? SUPPLIER : "")
                + "?process a ocds:ContractingProcess ; ocds:hasBuyer ?buyer . } LIMIT 1");
        try (var rows = StoreQuery.select(dsg, q, bindings)) {
            return rows.peek() != null;
        }
    }

    record Award(String id, String contractId, Party supplier, String lot, String tenders) {}

    /** Writes the matching processes; returns how many. */
    long write(Map<String, Node> bindings) throws IOException {
        long n = 0;
        try (StoreQuery.Rows processes = StoreQuery.select(out.dataset(), processes(bindings), bindings);
             StoreQuery.Rows awards = StoreQuery.select(out.dataset(), awards(bindings), bindings)) {
            while (processes.peek() != null) {
                Binding p = processes.take();
                Node process = p.get(Var.alloc("process"));
                List<Award> list = new ArrayList<>();
                // both streams are ordered by the process IRI: skip awards of processes the filter left out
                while (awards.peek() != null && compare(awards.peek().get(Var.alloc("process")), process) < 0) awards.take();
                while (awards.peek() != null && awards.peek().get(Var.alloc("process")).equals(process))
                    list.add(award(awards.take(), process));
                release(p, process, list);
                n++;
            }
        }
        return n;
    }

    /** The order SPARQL's ORDER BY gives IRIs: by their string. */
    private static int compare(Node a, Node b) { return a.getURI().compareTo(b.getURI()); }

    private Award award(Binding b, Node process) {
        String prefix = process.getURI() + "/award/";
        String id = b.get(Var.alloc("award")).getURI().substring(prefix.length());
        Node contract = b.get(Var.alloc("contract"));
        String contractId = contract == null ? null : contract.getURI().substring((process.getURI() + "/contract/").length());
        return new Award(id, contractId, out.parties().of(b.get(Var.alloc("s"))),
                OcdsWriter.lexical(b, "lot"), OcdsWriter.lexical(b, "tenders"));
    }

    private void release(Binding p, Node process, List<Award> awards) throws IOException {
        JsonGenerator g = out.json();
        String key = process.getURI().substring((out.options().iris().base() + "process/").length());
        String ocid = out.ocid(key.replace('/', '-'));
        String issued = OcdsWriter.lexical(p, "issued");
        Party buyer = out.parties().of(p.get(Var.alloc("buyer")));
        g.writeStartObject();
        g.writeStringField("ocid", ocid);
        // "/" and not "-": a hash ending in six digits followed by "-2021" would look like a personnummer
        g.writeStringField("id", ocid + "/" + (issued != null ? issued : "statistics"));
        g.writeStringField("date", issued != null ? OcdsWriter.dateTime(issued) : out.publishedDate());
        g.writeArrayFieldStart("tag");
        g.writeString("tender");
        if (!awards.isEmpty()) { g.writeString("award"); g.writeString("contract"); }
        g.writeEndArray();
        g.writeStringField("initiationType", "tender");
        g.writeStringField("uri", process.getURI());
        Map<String, List<String>> roles = new LinkedHashMap<>();
        roles.put(buyer.id(), List.of("buyer", "procuringEntity"));
        Map<String, Party> parties = new LinkedHashMap<>();
        parties.put(buyer.id(), buyer);
        for (Award a : awards) {
            parties.putIfAbsent(a.supplier().id(), a.supplier());
            roles.putIfAbsent(a.supplier().id(), List.of("supplier"));
        }
        out.parties(parties.values(), roles);
        out.reference("buyer", buyer);
        tender(g, p, buyer);
        g.writeArrayFieldStart("awards");
        for (Award a : awards) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("status", "active");
            g.writeArrayFieldStart("suppliers");
            out.reference(null, a.supplier());
            g.writeEndArray();
            if (a.lot() != null) g.writeStringField("lot", a.lot());
            if (a.tenders() != null) g.writeNumberField("contractedTenders", Long.parseLong(a.tenders()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contracts");
        for (Award a : awards) {
            if (a.contractId() == null) continue;
            g.writeStartObject();
            g.writeStringField("id", a.contractId());
            g.writeStringField("awardID", a.id());
            g.writeStringField("status", "active");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void tender(JsonGenerator g, Binding p, Party buyer) throws IOException {
        g.writeObjectFieldStart("tender");
        g.writeStringField("id", OcdsWriter.lexical(p, "tenderId"));
        OcdsWriter.optionalString(g, "title", OcdsWriter.lexical(p, "title"));
        OcdsWriter.optionalString(g, "procurementMethod", OcdsWriter.lexical(p, "method"));
        OcdsWriter.optionalString(g, "procurementMethodDetails", OcdsWriter.lexical(p, "methodDetails"));
        OcdsWriter.optionalString(g, "mainProcurementCategory", OcdsWriter.lexical(p, "category"));
        out.reference("procuringEntity", buyer);
        String cpv = OcdsWriter.lexical(p, "cpv");
        if (cpv != null) {
            g.writeArrayFieldStart("items");
            g.writeStartObject();
            g.writeStringField("id", "1");
            g.writeObjectFieldStart("classification");
            g.writeStringField("scheme", "CPV");
            g.writeStringField("id", cpv);
            OcdsWriter.optionalString(g, "description", OcdsWriter.lexical(p, "cpvLabel"));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        String amount = OcdsWriter.lexical(p, "amount");
        if (amount != null) {
            // an extension field: the statistics give the whole procurement's contracted value, not per award
            g.writeObjectFieldStart("contractedValue");
            g.writeNumberField("amount", new java.math.BigDecimal(amount));
            g.writeStringField("currency", OcdsWriter.lexical(p, "currency"));
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
