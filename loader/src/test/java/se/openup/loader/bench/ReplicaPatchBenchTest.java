package se.openup.loader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partition's graphs, and only they, reach the replica through the patch, literals and all. */
class ReplicaPatchBenchTest {
    @Test
    void theReplicaHoldsExactlyThePartition(@TempDir Path dir) throws Exception {
        DatasetGraph source = DatabaseMgr.connectDatasetGraph(dir.resolve("source").toString());
        Txn.executeWrite(source, () -> {
            source.add(SSE.parseQuad("(<https://x/graph/a-2023-01> <https://x/p1> <https://x/p> \"12.50\"^^<http://www.w3.org/2001/XMLSchema#decimal>)"));
            source.add(SSE.parseQuad("(<https://x/graph/a-2023-02> <https://x/p2> <https://x/p> \"Åbro \\\"AB\\\"\"@sv)"));
            source.add(SSE.parseQuad("(<https://x/graph/b-2023-01> <https://x/p3> <https://x/p> <https://x/o>)"));
        });
        List<Node> graphs = ReplicaPatchBench.graphs(source, "/a-");
        assertEquals(2, graphs.size());
        Path patch = dir.resolve("p.rdfp.gz");
        assertEquals(2, ReplicaPatchBench.writePatch(source, graphs, patch));
        ReplicaPatchBench.apply(patch, dir.resolve("replica"));
        assertEquals(2, ReplicaPatchBench.count(dir.resolve("replica")));
        DatasetGraph replica = DatabaseMgr.connectDatasetGraph(dir.resolve("replica").toString());
        Txn.executeRead(replica, () -> Txn.executeRead(source, () -> {
            for (Node g : graphs)
                source.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> assertTrue(replica.contains(q), q.toString()));
            assertTrue(!replica.containsGraph(NodeFactory.createURI("https://x/graph/b-2023-01")));
        }));
    }
}
