package se.openup.loader.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.openup.loader.Sparql;
import se.openup.loader.TestData;
import se.openup.loader.cli.OpenUp;
import se.openup.loader.link.SupplierLinker.Named;
import se.openup.loader.link.SupplierLinker.Outcome;
import se.openup.loader.link.SupplierLinker.Status;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.normalise.Names;
import se.openup.loader.normalise.OrgNumber;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.Vocab;
import se.openup.loader.store.GraphStore;
import se.openup.loader.store.Validation;

/**
 * Linking measured on real names: procurement suppliers (name only, Upphandlingsmyndigheten 2021) against the
 * suppliers with an orgnr in Örebro's ledger, read from a real store. The hand-checked answers are in
 * linking/sample.csv (docs/linking.md says how it was built). A wrong link is worse than a missing one: the test
 * fails when precision drops below 0.98.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkingSampleTest {
    static final double PRECISION_BAR = 0.98;
    static final String ORG = Iris.DEFAULT_BASE + "org/";

    record Judged(String name, String expected, String kind) {}

    Path storeDir;
    List<Named> registered;
    Set<String> procurementNames;
    List<Judged> sample;

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        storeDir = dir.resolve("store");
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.load(TestData.orebro(), MappingProfiles.builtIn("orebro-2016"));
            registered = Txn.calculateRead(store.dataset(), () -> SupplierLinks.named(store.dataset(),
                    Vocab.REGISTERED_ORGANIZATION, SupplierLinks.graph(Iris.defaults())));
        }
        procurementNames = supplierNames(TestData.shared("procurement/uhm-2021/number_of_contracted_tenders_with_suppliers.xlsx"));
        sample = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(TestData.resource("linking/sample.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in))
                sample.add(new Judged(r.get("procurement_name"), r.get("expected_orgnr").replace("-", ""), r.get("kind")));
        }
    }

    /** The distinct "Namn för leverantör" values of the procurement file. */
    static Set<String> supplierNames(Path xlsx) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile()); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            int[] column = {-1};
            rows.forEach(row -> {
                if (column[0] < 0) {
                    for (int i = 0; i < row.getCellCount(); i++)
                        if ("Namn för leverantör".equals(row.getCellText(i))) column[0] = i;
                    assertTrue(column[0] >= 0, "no 'Namn för leverantör' column");
                } else if (row.getCellCount() > column[0] && !row.getCellText(column[0]).isBlank()) {
                    names.add(row.getCellText(column[0]));
                }
            });
        }
        return names;
    }

    @Test
    void theSampleIsRealAndBigEnough() {
        assertTrue(sample.size() >= 60, "at least 60 hand-checked names");
        Set<String> orgnrs = registered.stream().map(n -> n.iri().substring(ORG.length())).collect(Collectors.toSet());
        for (Judged j : sample) {
            assertTrue(procurementNames.contains(j.name()), () -> "not a supplier name in the procurement file: " + j.name());
            assertTrue(j.expected().isEmpty() || orgnrs.contains(j.expected()),
                    () -> j.expected() + " is not a supplier with an orgnr in the Örebro ledger");
        }
    }

    @Test
    void precisionOnTheHandCheckedSampleIsAtLeast098() {
        List<Named> nameOnly = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) nameOnly.add(new Named("urn:sample:" + i, sample.get(i).name()));
        Map<String, Outcome> outcomes = SupplierLinker.link(nameOnly, registered).stream()
                .collect(Collectors.toMap(Outcome::subject, o -> o));
        int made = 0, correct = 0, shouldExist = 0;
        Map<String, int[]> byKind = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            Judged j = sample.get(i);
            Outcome o = outcomes.get("urn:sample:" + i);
            String got = o.status() == Status.LINKED ? o.target().substring(ORG.length()) : "";
            int[] k = byKind.computeIfAbsent(j.kind(), x -> new int[4]); // names, links made, correct, should exist
            k[0]++;
            if (!j.expected().isEmpty()) { shouldExist++; k[3]++; }
            if (!got.isEmpty()) { made++; k[1]++; }
            if (!got.isEmpty() && got.equals(j.expected())) { correct++; k[2]++; }
            else if (!got.isEmpty()) wrong.add(j.name() + " → " + got + " (expected " + (j.expected().isEmpty() ? "none" : j.expected()) + ")");
        }
        double precision = made == 0 ? 0 : (double) correct / made;
        double recall = (double) correct / shouldExist;
        System.out.printf("linking sample: %d names, %d links made, %d correct, %d should exist%n", sample.size(), made, correct, shouldExist);
        System.out.printf("  precision %.3f, recall %.3f, one-sided 95%% lower bound of precision %.3f%n",
                precision, recall, lowerBound(correct, made));
        byKind.forEach((kind, k) -> System.out.printf("  %-15s names %3d  links %3d  correct %3d  should exist %3d%n", kind, k[0], k[1], k[2], k[3]));
        wrong.forEach(w -> System.out.println("  WRONG " + w));
        assertTrue(made > 0, "no links at all: the measurement says nothing");
        assertTrue(precision >= PRECISION_BAR, () -> "precision below " + PRECISION_BAR + ": " + wrong);
        assertTrue(SupplierLinker.CONFIDENCE.doubleValue() <= lowerBound(correct, made),
                "openup:linkConfidence claims more than the sample supports");
    }

    @Test
    void theWholeProcurementListAgainstOrebro() {
        List<Named> all = procurementNames.stream().map(n -> new Named("urn:proc:" + n, n)).toList();
        Map<Status, Long> counts = SupplierLinker.link(all, registered).stream()
                .collect(Collectors.groupingBy(Outcome::status, Collectors.counting()));
        System.out.printf("all %,d procurement supplier names vs %,d Örebro orgnr suppliers: %s%n", all.size(),
                registered.stream().map(Named::iri).distinct().count(), counts);
        long sharedKeys = registered.stream().collect(Collectors.groupingBy(n -> NameKey.of(n.name()).key(),
                Collectors.mapping(Named::iri, Collectors.toSet()))).values().stream().filter(v -> v.size() > 1).count();
        System.out.printf("  normalised names shared by two or more of Örebro's orgnr suppliers: %d%n", sharedKeys);
        assertEquals(all.size(), counts.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(counts.getOrDefault(Status.LINKED, 0L) > 100, "Örebro's suppliers do appear in national procurement");
    }

    @Test
    void theLinkCommandReplacesItsGraphWithLinksThatExplainThemselves() throws Exception {
        String base = Iris.DEFAULT_BASE;
        Node testGraph = NodeFactory.createURI(base + "graph/test/procurement-sample");
        try (GraphStore store = GraphStore.open(storeDir)) {
            // stands in for the procurement loader's name-only suppliers, plus two organisations sharing one name
            Txn.executeWrite(store.dataset(), () -> {
                for (Judged j : sample) nameOnly(store.dataset(), testGraph, base + "supplier/0000000000/" + Names.key(j.name()), j.name());
                nameOnly(store.dataset(), testGraph, base + "supplier/0000000000/dubbelnamn", "Dubbelnamn Aktiebolag");
                for (String nine : List.of("556999001", "556999002"))
                    registeredOrg(store.dataset(), testGraph, OrgNumber.of(OrgNumber.withCheckDigit(nine)), "DUBBELNAMN AB");
            });
        }
        String first = runLink();
        long quads;
        try (GraphStore store = GraphStore.open(storeDir)) {
            quads = Txn.calculateRead(store.dataset(), () -> Iter.count(store.dataset().find(SupplierLinks.graph(Iris.defaults()), Node.ANY, Node.ANY, Node.ANY)));
        }
        String second = runLink();
        try (GraphStore store = GraphStore.open(storeDir)) {
            DatasetGraph dsg = store.dataset();
            Node links = SupplierLinks.graph(Iris.defaults());
            assertEquals(quads, (long) Txn.calculateRead(dsg, () -> Iter.count(dsg.find(links, Node.ANY, Node.ANY, Node.ANY))),
                    "a second run replaces the graph, it does not add to it");
            assertEquals(first.replaceAll("\\s+", " "), second.replaceAll("\\s+", " "));
            Map<String, Long> status = new LinkedHashMap<>();
            Sparql.select(dsg, "SELECT ?s (COUNT(?l) AS ?n) WHERE { ?l a openup:NameLink ; openup:linkStatus ?s } GROUP BY ?s")
                    .forEach(r -> status.put(r.getResource("s").getLocalName(), r.getLiteral("n").getLong()));
            assertTrue(first.contains(String.format("linked %,d, ambiguous %,d, unmatched %,d", status.get("Linked"),
                    status.getOrDefault("Ambiguous", 0L), status.get("Unmatched"))), first + " vs " + status);
            assertEquals(1L, status.get("Ambiguous"), "Dubbelnamn: two organisations, no link");
            assertTrue(status.get("Linked") >= 60, "59 sample links and Örebro's own name-only FRÖLUNDA DATA");

            QuerySolution atea = Sparql.one(dsg, """
                    SELECT ?to ?method ?confidence ?key WHERE {
                      ?l openup:linkFrom <https://w3id.org/openup/id/supplier/0000000000/atea-sverige-ab> ;
                         openup:linkStatus openup:Linked ; openup:linkTo ?to ; openup:linkMethod ?method ;
                         openup:linkConfidence ?confidence ; openup:matchKey ?key .
                      <https://w3id.org/openup/id/supplier/0000000000/atea-sverige-ab> skos:closeMatch ?to }""");
            assertEquals(ORG + "5564480282", atea.getResource("to").getURI());
            assertEquals("normalised-name-exact", atea.getLiteral("method").getLexicalForm());
            assertEquals(0, SupplierLinker.CONFIDENCE.compareTo(new java.math.BigDecimal(atea.getLiteral("confidence").getLexicalForm())));
            assertEquals("atea sverige", atea.getLiteral("key").getLexicalForm());
            assertEquals(2, Sparql.select(dsg, "SELECT ?c WHERE { ?l openup:linkFrom <" + base
                    + "supplier/0000000000/dubbelnamn> ; openup:linkStatus openup:Ambiguous ; openup:linkCandidate ?c }").size());
            Sparql.one(dsg, "SELECT * WHERE { ?l openup:linkFrom <" + base + "supplier/0000000000/sweco-ab-publ> ;"
                    + " openup:linkStatus openup:Unmatched . FILTER NOT EXISTS { <" + base + "supplier/0000000000/sweco-ab-publ> skos:closeMatch ?x } }");
            assertEquals(0, Sparql.select(dsg, "SELECT * WHERE { ?a <http://www.w3.org/2002/07/owl#sameAs> ?b }").size(), "never merged");

            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Txn.executeRead(dsg, () -> Txn.executeWrite(copy, () -> dsg.find(links, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add)));
            Validation.Result v = Validation.run(copy, null);
            assertTrue(v.conforms(), () -> "SHACL: " + v.violations().subList(0, Math.min(10, v.violations().size())));
        }
    }

    private String runLink() {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, OpenUp.commandLine().execute("link", "--store", storeDir.toString()));
        } finally {
            System.setOut(out);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        return text;
    }

    private static void nameOnly(DatasetGraph dsg, Node g, String iri, String name) {
        Node s = NodeFactory.createURI(iri);
        for (Node type : List.of(Vocab.ORGANIZATION, Vocab.OCDS_ORGANISATION, Vocab.UNIDENTIFIED_ORGANISATION))
            dsg.add(g, s, Vocab.TYPE, type);
        dsg.add(g, s, Vocab.NAME, NodeFactory.createLiteralString(name));
    }

    private static void registeredOrg(DatasetGraph dsg, Node g, OrgNumber orgnr, String name) {
        Iris iris = Iris.defaults();
        Node s = iris.org(orgnr.digits());
        Node id = iris.identifier("SE-ON", orgnr.digits());
        for (Node type : List.of(Vocab.ORGANIZATION, Vocab.OCDS_ORGANISATION, Vocab.REGISTERED_ORGANIZATION))
            dsg.add(g, s, Vocab.TYPE, type);
        dsg.add(g, s, Vocab.NAME, NodeFactory.createLiteralString(name));
        dsg.add(g, s, Vocab.ADMS_IDENTIFIER, id);
        dsg.add(g, id, Vocab.TYPE, Vocab.IDENTIFIER_CLASS);
        dsg.add(g, id, Vocab.NOTATION, NodeFactory.createLiteralString(orgnr.digits()));
        dsg.add(g, id, Vocab.CONFORMS_TO, Vocab.uri(Vocab.SE_ON));
    }

    /** One-sided 95 % lower bound (Clopper–Pearson) for a proportion of k successes in n, by bisection. */
    static double lowerBound(int k, int n) {
        if (k == 0) return 0;
        double lo = 0, hi = 1;
        for (int it = 0; it < 60; it++) {
            double p = (lo + hi) / 2;
            if (upperTail(k, n, p) < 0.05) lo = p; else hi = p;
        }
        return lo;
    }

    /** P(X ≥ k) for X ~ Binomial(n, p). */
    private static double upperTail(int k, int n, double p) {
        double sum = 0;
        for (int x = k; x <= n; x++) sum += Math.exp(logChoose(n, x) + x * Math.log(p) + (n - x) * Math.log1p(-p));
        return sum;
    }

    private static double logChoose(int n, int k) {
        double r = 0;
        for (int i = 1; i <= k; i++) r += Math.log(n - k + i) - Math.log(i);
        return r;
    }
}
