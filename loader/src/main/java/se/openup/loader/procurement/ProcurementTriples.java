package se.openup.loader.procurement;

import static se.openup.loader.mapping.ProcurementField.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.ProcurementField;
import se.openup.loader.mapping.Rejection;
import se.openup.loader.normalise.OrgNumber;
import se.openup.loader.procurement.ProcurementRow.Award;
import se.openup.loader.procurement.ProcurementRow.Tender;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;

/**
 * ProcurementRow → triples, streamed (model in docs/procurement.md). A process, its tender, item, buyer and
 * classifications are described once per file; each row adds its own node: the contracted value (ocds:Value) of a
 * value-file row, or the award and contract of a supplier-file row. Those row nodes carry openup:sourceLine and
 * prov:wasDerivedFrom, so the graph reconciles with the load's counts.
 */
public final class ProcurementTriples implements ProcurementHandler {
    private static final Map<ProcurementField, Node> FLAGS = new EnumMap<>(Map.ofEntries(
            Map.entry(directiveGoverned, Vocab.openup("directiveGoverned")),
            Map.entry(dynamicPurchasingSystem, Vocab.openup("dynamicPurchasingSystem")),
            Map.entry(electronicAuction, Vocab.openup("electronicAuction")),
            Map.entry(dividedIntoLots, Vocab.openup("dividedIntoLots")),
            Map.entry(coordinated, Vocab.openup("coordinatedProcurement")),
            Map.entry(environmentallySustainable, Vocab.openup("environmentallySustainable")),
            Map.entry(sociallySustainable, Vocab.openup("sociallySustainable")),
            Map.entry(innovation, Vocab.openup("innovationProcurement")),
            Map.entry(reserved, Vocab.openup("reservedProcurement")),
            Map.entry(reservedExecution, Vocab.openup("reservedExecution")),
            Map.entry(appealed, Vocab.openup("appealed"))));
    private static final Node FRAMEWORK = Vocab.openup("frameworkAgreement");
    private static final Node TRUE = Emitter.typed("true", XSDDatatype.XSDboolean);
    private static final Node FALSE = Emitter.typed("false", XSDDatatype.XSDboolean);
    private static final Node SEK = Emitter.string("SEK");

    private final Iris iris;
    private final Node source;
    private final MappingProfile profile;
    private final Emitter out;
    private final ConceptTriples concepts;
    private final PartyTriples parties;
    private final Map<LocalDate, Node> dates = new HashMap<>();

    public ProcurementTriples(Iris iris, String sourceKey, MappingProfile profile, StreamRDF stream) {
        this.iris = iris;
        this.source = iris.source(sourceKey);
        this.profile = profile;
        this.out = new Emitter(stream);
        this.concepts = new ConceptTriples(out, iris);
        this.parties = new PartyTriples(out, iris, concepts, OrgNumber.of(profile.publisher().orgnr()).digits());
    }

    @Override
    public void procurement(ProcurementRow r) {
        // the dataset's publisher must be an organisation in this graph (each graph validates on its own)
        if (out.first("publisher")) parties.publisher(profile.publisher().name());
        Node process = iris.process(r.processKey());
        if (out.first("p " + r.processKey())) describe(process, r);
        if (r.award() == null) contractedValue(process, r);
        else award(process, r);
    }

    private void describe(Node process, ProcurementRow r) {
        Node tender = iris.tender(r.processKey());
        Node item = iris.item(r.processKey());
        out.emit(process, Vocab.TYPE, Vocab.CONTRACTING_PROCESS);
        out.emit(process, Vocab.HAS_BUYER, parties.buyer(r.buyer()));
        out.emit(process, Vocab.HAS_TENDER, tender);
        out.emit(process, Vocab.WAS_DERIVED_FROM, source);
        Tender t = r.tender();
        out.emit(tender, Vocab.TYPE, Vocab.TENDER);
        out.emit(tender, Vocab.TENDER_ID, Emitter.string(t.id()));
        out.emit(tender, Vocab.TITLE, Emitter.string(t.title()));
        if (t.published() != null) out.emit(tender, Vocab.ISSUED, date(t.published()));
        out.optional(tender, Vocab.MAIN_PROCUREMENT_CATEGORY, t.mainCategory());
        out.optional(tender, Vocab.PROCUREMENT_METHOD, t.method());
        out.optional(tender, Vocab.PROCUREMENT_METHOD_DETAILS, t.methodDetails());
        if (t.framework() != null) out.emit(tender, FRAMEWORK, t.framework() ? TRUE : FALSE);
        t.flags().forEach((f, b) -> out.emit(tender, FLAGS.get(f), b ? TRUE : FALSE));
        if (t.legalBasis() != null)
            out.emit(tender, Vocab.LEGAL_BASIS, concepts.category("legal-basis", "Rättslig grund", t.legalBasis()));
        if (t.noticeDatabase() != null)
            out.emit(tender, Vocab.NOTICE_DATABASE, concepts.category("notice-database", "Annonsdatabas", t.noticeDatabase()));
        Node cpv = concepts.cpv(t.cpv());
        if (cpv != null) {
            // OCDS classifies items, not tenders: the tender's one item carries the main CPV code
            out.emit(tender, Vocab.HAS_ITEM_TO_BE_PROCURED, item);
            out.emit(item, Vocab.TYPE, Vocab.ITEM);
            out.emit(item, Vocab.HAS_CLASSIFICATION, cpv);
        }
    }

    private void contractedValue(Node process, ProcurementRow r) {
        Node value = iris.contractedValue(r.processKey());
        out.emit(process, Vocab.CONTRACTED_VALUE, value);
        out.emit(value, Vocab.TYPE, Vocab.VALUE);
        out.emit(value, Vocab.VALUE_AMOUNT, Emitter.typed(r.contractedValue().toPlainString(), XSDDatatype.XSDdecimal));
        out.emit(value, Vocab.VALUE_CURRENCY, SEK);
        row(value, r);
    }

    private void award(Node process, ProcurementRow r) {
        Award a = r.award();
        Node award = iris.award(r.processKey(), a.key());
        Node contract = iris.contract(r.processKey(), a.key());
        Node supplier = parties.supplier(a.supplier());
        out.emit(process, Vocab.HAS_AWARD, award);
        out.emit(award, Vocab.TYPE, Vocab.AWARD);
        out.emit(award, Vocab.IS_ISSUED_FOR_TENDER, iris.tender(r.processKey()));
        out.emit(award, Vocab.HAS_SUPPLIER, supplier);
        out.emit(award, Vocab.LOT, Emitter.string(a.lotId()));
        out.emit(award, Vocab.CONTRACTED_TENDERS, Emitter.typed(a.tenders().toPlainString(), XSDDatatype.XSDinteger));
        row(award, r);
        out.emit(process, Vocab.HAS_CONTRACT, contract);
        out.emit(contract, Vocab.TYPE, Vocab.CONTRACT);
        out.emit(contract, Vocab.IS_ISSUED_FOR_AWARD, award);
        out.emit(contract, Vocab.HAS_SUPPLIER, supplier);
    }

    /** The node that stands for one source row: its line and file. */
    private void row(Node node, ProcurementRow r) {
        out.emit(node, Vocab.SOURCE_LINE, Emitter.typed(Long.toString(r.line()), XSDDatatype.XSDinteger));
        out.emit(node, Vocab.WAS_DERIVED_FROM, source);
    }

    private Node date(LocalDate d) { return dates.computeIfAbsent(d, x -> Emitter.typed(x.toString(), XSDDatatype.XSDdate)); }

    @Override
    public void rejected(Rejection rejection) {
        // described by ProvenanceTriples with the load, where the counts are
    }

    @Override
    public void skipped(long line, String reason) {
        // likewise
    }
}
