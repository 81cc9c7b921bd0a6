package se.openup.loader.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.TestData;
import se.openup.loader.generate.LedgerGenerator;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.normalise.SupplierIdParser;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;
import se.openup.loader.reference.RefVocab;
import se.openup.loader.store.GraphStore;

/**
 * spec-csv round trip: payments exported in the v1.1 layout and loaded back with the shipped spec-v1.1 mapping give
 * the same payment graph. Compared: every triple of the ledger files' graphs (payments, organisations, identifiers,
 * accounts and their hierarchy, units, redactions), except (1) provenance — the file, dataset, load, checksum
 * and graph descriptions and each payment's prov:wasDerivedFrom — and (2) the payment IRI's mapping id and file
 * key, which name the file a payment came from: each payment IRI is renamed to payer/month/line on both sides, and
 * each spend-cube observation's IRI loses its mapping id and file key (and its prov:wasDerivedFrom) likewise;
 * (3) where a file spelt one resource several ways, one spelling is kept (assertSamePayments).
 */
class SpecCsvRoundTripTest {
    static final String OREBRO_GRAPH = "https://w3id.org/openup/id/graph/orebro-2016/orebro-2016-03-xlsx";

    /** Heavy: reloading and comparing 68 021 payments (0.9 M triples) takes well over 30 s. */
    @Test
    @Tag("heavy")
    void orebroRoundTrips(@TempDir Path tmp) throws IOException {
        GraphStore original = ExportStores.orebroAndValues();
        SpecCsvWriter.Result r = SpecCsvWriter.write(original.dataset(), "2120001967", Iris.defaults(), tmp.resolve("csv"));
        assertEquals(68_021, r.rows());
        assertEquals(List.of("leverantorsreskontra-2120001967-2016-03.csv"),
                r.files().stream().map(f -> f.getFileName().toString()).toList(), "one buyer, one month");
        String text = Files.readString(r.files().get(0), StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(";", SpecCsvWriter.COLUMNS) + "\r\n"), "the v1.1 header");
        assertTrue(text.contains("\r\n212000-1967;Örebro kommun;-;"), "buyer columns, no voucher in Örebro's file");
        for (String line : text.split("\r\n"))
            assertFalse(SupplierIdParser.looksPersonal(line), () -> "personnummer-shaped: " + line);
        try (GraphStore back = GraphStore.open(tmp.resolve("back"))) {
            back.loadAll(r.files(), MappingProfiles.builtIn("spec-v1.1"), GraphStore.Options.defaults());
            long multiSpelt = assertSamePayments(paymentGraph(original.dataset(), Set.of(OREBRO_GRAPH)),
                    paymentGraph(back.dataset(), ledgerGraphs(back.dataset())));
            // measured: 37 organisations, accounts or units that the real file spells in more than one way
            assertEquals(37, multiSpelt, "resources spelt several ways, kept with one spelling");
        }
    }

    @Test
    void generatedMultiBuyerLedgersRoundTrip(@TempDir Path tmp) throws IOException {
        Path generated = tmp.resolve("generated");
        LedgerGenerator.generate(new LedgerGenerator.Options(3, 3_000, 7, 2023, generated, TestData.sharedDir()));
        List<Path> files;
        try (var s = Files.list(generated)) {
            files = s.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        try (GraphStore original = GraphStore.open(tmp.resolve("original"));
             GraphStore back = GraphStore.open(tmp.resolve("back"))) {
            original.loadAll(files, MappingProfiles.builtIn("spec-v1.1"), GraphStore.Options.defaults());
            SpecCsvWriter.Result r = SpecCsvWriter.write(original.dataset(), null, Iris.defaults(), tmp.resolve("csv"));
            assertEquals(3_000, r.rows());
            assertEquals(files.size(), r.files().size(), "one file per buyer and month, as generated");
            back.loadAll(r.files(), MappingProfiles.builtIn("spec-v1.1"), GraphStore.Options.defaults());
            assertEquals(0, assertSamePayments(paymentGraph(original.dataset(), ledgerGraphs(original.dataset())),
                    paymentGraph(back.dataset(), ledgerGraphs(back.dataset()))), "the generator spells each name one way");
        }
    }

    /** Properties a file can give one resource several spellings of (names, labels): see spellingsKept. */
    static final Set<Node> SPELLINGS = Set.of(Vocab.NAME, Vocab.NAME_AS_PUBLISHED, Vocab.PREF_LABEL);

    /**
     * Isomorphic, except where the original file spelt one organisation, account or unit in several ways: the graph
     * does not say which row had which spelling, the export writes one for every row, so for those (and only those)
     * the reloaded spellings must be a non-empty subset of the original ones. Returns how many such resources.
     */
    static long assertSamePayments(Graph expected, Graph actual) {
        assertTrue(expected.size() > 0);
        long multiSpelt = spellingsKept(expected, actual);
        if (expected.isIsomorphicWith(actual)) return multiSpelt;
        Set<Triple> e = expected.find().toSet(), a = actual.find().toSet();
        String missing = e.stream().filter(t -> !a.contains(t)).limit(15).map(Object::toString).collect(Collectors.joining("\n  "));
        String extra = a.stream().filter(t -> !e.contains(t)).limit(15).map(Object::toString).collect(Collectors.joining("\n  "));
        throw new AssertionError("round trip differs: " + expected.size() + " vs " + actual.size()
                + " triples\nlost:\n  " + missing + "\nadded:\n  " + extra);
    }

    /** Checks and then removes, on both sides, the spellings of resources the original spelt in several ways. */
    private static long spellingsKept(Graph expected, Graph actual) {
        Map<List<Node>, Set<Node>> before = new HashMap<>(), after = new HashMap<>();
        for (Node p : SPELLINGS) {
            expected.find(Node.ANY, p, Node.ANY).forEachRemaining(t ->
                    before.computeIfAbsent(List.of(t.getSubject(), p), k -> new HashSet<>()).add(t.getObject()));
            actual.find(Node.ANY, p, Node.ANY).forEachRemaining(t ->
                    after.computeIfAbsent(List.of(t.getSubject(), p), k -> new HashSet<>()).add(t.getObject()));
        }
        long n = 0;
        for (Map.Entry<List<Node>, Set<Node>> e : before.entrySet()) {
            if (e.getValue().size() < 2) continue;
            Set<Node> kept = after.getOrDefault(e.getKey(), Set.of());
            assertTrue(!kept.isEmpty() && e.getValue().containsAll(kept), () -> e.getKey() + ": " + e.getValue() + " → " + kept);
            Node s = e.getKey().get(0), p = e.getKey().get(1);
            expected.remove(s, p, Node.ANY);
            actual.remove(s, p, Node.ANY);
            n++;
        }
        return n;
    }

    static Set<String> ledgerGraphs(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> graphs = new HashSet<>();
            // the files' graphs, not the ontology graph every store holds
            dsg.listGraphNodes().forEachRemaining(g -> { if (g.getURI().startsWith(Iris.DEFAULT_BASE + "graph/")) graphs.add(g.getURI()); });
            return graphs;
        });
    }

    private static final Set<Node> PROVENANCE_TYPES = Set.of(Vocab.DISTRIBUTION, Vocab.DATASET, Vocab.ACTIVITY,
            Vocab.CHECKSUM_CLASS, Vocab.REJECTED_ROW);

    /** The graphs' triples without provenance, payment IRIs renamed to payer/month/line (see the class comment). */
    static Graph paymentGraph(DatasetGraph dsg, Set<String> graphs) {
        return Txn.calculateRead(dsg, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            for (String g : graphs) {
                Graph src = dsg.getGraph(NodeFactory.createURI(g));
                Set<Node> provenance = new HashSet<>(Set.of(NodeFactory.createURI(g)));
                for (Node type : PROVENANCE_TYPES) src.find(Node.ANY, Vocab.TYPE, type).forEachRemaining(t -> provenance.add(t.getSubject()));
                Map<Node, Node> renamed = new HashMap<>();
                src.find(Node.ANY, Vocab.TYPE, Vocab.PAYMENT_CLASS).forEachRemaining(t -> renamed.put(t.getSubject(), rename(src, t.getSubject())));
                src.find(Node.ANY, Vocab.TYPE, RefVocab.QB_OBSERVATION).forEachRemaining(t -> renamed.put(t.getSubject(), withoutFile(t.getSubject())));
                src.find().forEachRemaining(t -> {
                    if (provenance.contains(t.getSubject())) return;
                    if (renamed.containsKey(t.getSubject()) && t.getPredicate().equals(Vocab.WAS_DERIVED_FROM)) return;
                    out.add(Triple.create(renamed.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(),
                            renamed.getOrDefault(t.getObject(), t.getObject())));
                });
            }
            return out;
        });
    }

    /** id:cube/{mapping}/{fileKey}/{rest} → urn:x-observation:{rest} (the rest: buyer, month, class, currency, supplier). */
    private static Node withoutFile(Node observation) {
        String[] parts = observation.getURI().substring(Iris.DEFAULT_BASE.length()).split("/", 4);
        return NodeFactory.createURI("urn:x-observation:" + parts[3]);
    }

    private static Node rename(Graph g, Node payment) {
        String payer = g.find(payment, Vocab.PAYER, Node.ANY).next().getObject().getURI();
        String date = g.find(payment, Vocab.DATE, Node.ANY).next().getObject().getLiteralLexicalForm();
        String line = g.find(payment, Vocab.SOURCE_LINE, Node.ANY).next().getObject().getLiteralLexicalForm();
        return NodeFactory.createURI("urn:x-payment:" + payer.substring(payer.lastIndexOf('/') + 1) + "/"
                + date.substring(0, 7) + "/" + line);
    }
}
