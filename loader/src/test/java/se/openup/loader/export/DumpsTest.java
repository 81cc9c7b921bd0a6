package se.openup.loader.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dumps: gzip that parses back to the same data, the SHA-256 of the bytes on disk, a sha256sum side file, a listing. */
class DumpsTest {
    static DatasetGraph store() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.add(SSE.parseQuad("(<http://example.org/g1> <http://example.org/s> <http://example.org/p> 'å ä ö'@sv)"));
            dsg.add(SSE.parseQuad("(<http://example.org/g1> <http://example.org/s> <http://example.org/q> 12.5)"));
            dsg.add(SSE.parseQuad("(<http://example.org/g2> <http://example.org/s> <http://example.org/p> 'å ä ö'@sv)")); // the same triple in another graph
            dsg.add(SSE.parseQuad("(<http://example.org/g2> <http://example.org/t> <http://example.org/p> <http://example.org/s>)"));
        });
        return dsg;
    }

    @Test
    void everyFormatParsesBackWithItsChecksum(@TempDir Path dir) throws Exception {
        DatasetGraph dsg = store();
        Graph union = Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
        for (String format : List.of("nt.gz", "ttl.gz")) {
            Dumps.Written w = Dumps.write(dsg, format, null, dir.resolve("all." + format));
            assertEquals(3, w.statements(), "a triple format writes the union, each triple once");
            Graph back = GraphFactory.createDefaultGraph();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(w.file()))) {
                RDFParser.source(in).lang(format.startsWith("nt") ? Lang.NTRIPLES : Lang.TURTLE).parse(back);
            }
            assertTrue(union.isIsomorphicWith(back), format);
            assertSha256(w);
        }
        Dumps.Written trig = Dumps.write(dsg, "trig.gz", null, dir.resolve("all.trig.gz"));
        assertEquals(4, trig.statements(), "TriG keeps every graph");
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(trig.file()))) {
            RDFParser.source(in).lang(Lang.TRIG).parse(back);
        }
        assertEquals(2, back.getGraph(SSE.parseNode("<http://example.org/g2>")).size());
        assertSha256(trig);

        Dumps.Written one = Dumps.write(dsg, "nt.gz", "http://example.org/g2", dir.resolve("g2.nt.gz"));
        assertEquals(2, one.statements(), "one graph only");

        List<Dumps.Dump> listed = Dumps.list(dir);
        assertEquals(List.of("all.nt.gz", "all.trig.gz", "all.ttl.gz", "g2.nt.gz"),
                listed.stream().map(Dumps.Dump::name).sorted().toList(), "dumps only, not their side files");
        Dumps.Dump nt = listed.stream().filter(d -> d.name().equals("g2.nt.gz")).findFirst().orElseThrow();
        assertEquals(one.sha256(), nt.sha256());
        assertEquals(Files.size(one.file()), nt.size());
        assertEquals("application/n-triples", nt.mediaType());
        assertEquals("application/gzip", nt.compressFormat());
    }

    private static void assertSha256(Dumps.Written w) throws IOException, java.security.NoSuchAlgorithmException {
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(w.file())));
        assertEquals(actual, w.sha256(), "the digest is of the compressed bytes on disk");
        assertEquals(actual + "  " + w.file().getFileName() + "\n",
                Files.readString(Dumps.sideFile(w.file()), StandardCharsets.US_ASCII), "sha256sum -c format");
    }

    @Test
    void onlyPlainDumpNamesAreDumps() {
        assertEquals("text/turtle", Dumps.mediaType("openup-2026-11-22.ttl.gz").orElseThrow());
        for (String bad : List.of("../secret.nt.gz", "a/b.nt.gz", ".hidden.nt.gz", "x.nt", "x.nt.gz.sha256", "x.json.gz",
                "..", "%2e%2e.nt.gz", "a\\b.nt.gz"))
            assertTrue(Dumps.mediaType(bad).isEmpty(), bad);
    }
}
