package se.openup.loader.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Hands quads from the thread that reads and maps a file to the thread that owns the TDB2 write transaction, in
 * batches through a bounded queue: on two cores, parsing and index building then overlap instead of adding up.
 * A failure on either side ends both; nothing is committed unless the producer finished cleanly.
 */
final class QuadPipe {
    private static final int BATCH = 4096;
    private static final Quad[] END = new Quad[0];
    private final BlockingQueue<Quad[]> queue = new ArrayBlockingQueue<>(64);
    private volatile Throwable producerFailure;
    private volatile boolean consumerGone;

    /** The producer's side: triples go into {@code graph}, quads keep their own graph. */
    StreamRDF producer(Node graph) {
        return new StreamRDFBase() {
            private Quad[] batch = new Quad[BATCH];
            private int n;

            @Override public void triple(Triple t) { add(Quad.create(graph, t)); }

            @Override public void quad(Quad q) { add(q); }

            @Override public void finish() {
                flush();
                put(END);
            }

            private void add(Quad q) {
                batch[n++] = q;
                if (n == BATCH) flush();
            }

            private void flush() {
                if (n == 0) return;
                Quad[] full = n == BATCH ? batch : java.util.Arrays.copyOf(batch, n);
                batch = new Quad[BATCH];
                n = 0;
                put(full);
            }
        };
    }

    /** Runs the producer on its own thread; marks the pipe failed if it throws. */
    Thread start(Runnable produce) {
        Thread t = new Thread(() -> {
            try {
                produce.run();
            } catch (Throwable e) {
                producerFailure = e;
                queue.clear();
                queue.offer(END);
            }
        }, "openup-read");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The consumer's side, on the transaction's thread: feeds every quad to the sink until the producer ends. */
    void drainInto(Consumer<Quad> sink) {
        try {
            while (true) {
                Quad[] batch = queue.take();
                if (batch == END) break;
                for (Quad q : batch) sink.accept(q);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (RuntimeException e) {
            consumerGone = true;
            queue.clear();
            throw e;
        }
        if (producerFailure instanceof RuntimeException r) throw r;
        if (producerFailure instanceof Error err) throw err;
        if (producerFailure != null) throw new IllegalStateException(producerFailure);
    }

    private void put(Quad[] batch) {
        try {
            while (!consumerGone) {
                if (queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) return;
            }
            throw new IllegalStateException("the store stopped taking data");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
