package se.openup.loader.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.system.Txn;
import se.openup.loader.export.Parties.Party;

/**
 * Writes an OCDS 1.1 release package, streaming: the package wrapper, then each release as soon as it is read
 * (Jackson's JsonGenerator; no document tree), so the whole of a large ledger goes out in bounded memory.
 * The mapping is docs/ocds.md.
 */
public final class OcdsWriter {
    /** What was written. */
    public record Counts(long processReleases, long ledgerReleases, long transactions) {
        public long releases() { return processReleases + ledgerReleases; }
    }

    private final DatasetGraph dsg;
    private final OcdsOptions options;
    private final JsonGenerator json;
    private final Parties parties;
    private final String publishedDate;

    private OcdsWriter(DatasetGraph dsg, OcdsOptions options, JsonGenerator json) {
        this.dsg = dsg;
        this.options = options;
        this.json = json;
        this.parties = new Parties(options.iris(), dsg.getUnionGraph());
        this.publishedDate = DateTimeFormatter.ISO_INSTANT.format(options.publishedDate().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Writes the package of the releases {@code filter} selects; one read transaction. */
    public static Counts write(DatasetGraph dsg, OcdsOptions.Filter filter, OcdsOptions options, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                return new OcdsWriter(dsg, options, g).writePackage(filter);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** True if the store has a payment or a contracting process the filter selects (the API's 404 test). */
    public static boolean any(DatasetGraph dsg, OcdsOptions.Filter filter, OcdsOptions options) {
        Map<String, Node> b = bindings(filter, options);
        return Txn.calculateRead(dsg, () -> LedgerReleases.any(dsg, b) || ProcessReleases.any(dsg, b));
    }

    private Counts writePackage(OcdsOptions.Filter filter) throws IOException {
        json.writeStartObject();
        json.writeStringField("uri", options.packageUri());
        json.writeStringField("version", "1.1");
        json.writeStringField("publishedDate", publishedDate);
        json.writeObjectFieldStart("publisher");
        json.writeStringField("name", options.publisherName());
        json.writeEndObject();
        json.writeStringField("license", "https://creativecommons.org/publicdomain/zero/1.0/");
        json.writeArrayFieldStart("releases");
        Map<String, Node> bindings = bindings(filter, options);
        long processes = new ProcessReleases(this).write(bindings);
        LedgerReleases ledger = new LedgerReleases(this);
        long pairs = ledger.write(bindings);
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        return new Counts(processes, pairs, ledger.transactions());
    }

    private static Map<String, Node> bindings(OcdsOptions.Filter f, OcdsOptions options) {
        Map<String, Node> b = new HashMap<>();
        if (f.buyerOrgnr() != null) b.put("buyer", options.iris().org(f.buyerOrgnr()));
        if (f.supplierOrgnr() != null) b.put("supplier", options.iris().org(f.supplierOrgnr()));
        if (f.from() != null) b.put("from", NodeFactory.createLiteralDT(f.from().toString(), XSDDatatype.XSDdate));
        if (f.to() != null) b.put("to", NodeFactory.createLiteralDT(f.to().toString(), XSDDatatype.XSDdate));
        return b;
    }

    DatasetGraph dataset() { return dsg; }

    OcdsOptions options() { return options; }

    JsonGenerator json() { return json; }

    Parties parties() { return parties; }

    String publishedDate() { return publishedDate; }

    String ocid(String local) { return options.ocidPrefix() + "-" + local; }

    /** The {@code parties} array: each party once, with its roles (partyRole codelist). */
    void parties(Collection<Party> list, Map<String, List<String>> roles) throws IOException {
        json.writeArrayFieldStart("parties");
        for (Party p : list) {
            json.writeStartObject();
            json.writeStringField("id", p.id());
            optionalString(json, "name", p.name());
            if (p.scheme() != null) {
                json.writeObjectFieldStart("identifier");
                json.writeStringField("scheme", p.scheme());
                json.writeStringField("id", p.identifier());
                optionalString(json, "legalName", p.name());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("roles");
            for (String r : roles.get(p.id())) json.writeString(r);
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** An OrganizationReference {id, name}, as a field (or as an array element when field is null). */
    void reference(String field, Party p) throws IOException {
        if (field == null) json.writeStartObject(); else json.writeObjectFieldStart(field);
        json.writeStringField("id", p.id());
        optionalString(json, "name", p.name());
        json.writeEndObject();
    }

    static void optionalString(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) g.writeStringField(field, value);
    }

    static String lexical(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** A calendar date as the date-time OCDS wants: midnight UTC (the time of day is not known). */
    static String dateTime(String isoDate) { return isoDate + "T00:00:00Z"; }
}
