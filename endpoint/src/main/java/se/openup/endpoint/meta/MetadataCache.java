package se.openup.endpoint.meta;

import java.time.Duration;
import java.time.Instant;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistics and holdings, computed once per state of the store (seconds on the real data) and then served
 * from memory. The state is TDB2's count of write transactions begun in this JVM — TDB2 lets one JVM open a store,
 * so every change to it passes there; a store that is not TDB2 is computed once. A request that finds the store
 * changed recomputes before it answers; {@link #warmInBackground()} does the first computation at server start.
 */
public final class MetadataCache {
    private static final Logger LOG = LoggerFactory.getLogger(MetadataCache.class);

    /** One computation: what it saw, when, and how long it took. */
    public record Snapshot(StoreStatistics statistics, Holdings holdings, long storeVersion, Instant computedAt,
                           Duration computeTime) { }

    private final DatasetGraph dataset;
    private final String base;
    private Snapshot current;

    public MetadataCache(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    /** The figures for the store as it is now. */
    public synchronized Snapshot get() {
        long version = storeVersion();
        if (current == null || current.storeVersion() != version || version < 0) current = compute(version);
        return current;
    }

    /** Computes the first figures in a daemon thread, returned so that a closing server can wait for it. */
    public Thread warmInBackground() {
        Thread warm = new Thread(() -> {
            try {
                get();
            } catch (RuntimeException e) { // the first request will try again and report it
                LOG.warn("Metadata not computed at start: {}", e.toString());
            }
        }, "openup-metadata-warmup");
        warm.setDaemon(true);
        warm.start();
        return warm;
    }

    private Snapshot compute(long version) {
        long start = System.nanoTime();
        Snapshot s = Txn.calculateRead(dataset, () -> new Snapshot(StoreStatistics.compute(dataset, base),
                Holdings.compute(dataset), version, Instant.now(), Duration.ofNanos(System.nanoTime() - start)));
        LOG.info("Metadata computed in {} ms: {} triples, {} files", s.computeTime().toMillis(),
                s.statistics().triples(), s.holdings().files().size());
        return s;
    }

    /** Write transactions begun so far; -1 while one is open (its data may not be committed yet: don't cache). */
    private long storeVersion() {
        if (!TDBInternal.isTDB2(dataset)) return 0;
        TransactionCoordinator txns = TDBInternal.getTransactionCoordinator(dataset);
        return txns.countActiveWriter() > 0 ? -1 : txns.countBeginWrite();
    }
}
