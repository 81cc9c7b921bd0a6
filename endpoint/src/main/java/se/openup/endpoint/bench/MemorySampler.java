package se.openup.endpoint.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples this JVM's memory (the server runs in it) once a second: heap used and committed (MemoryMXBean) and the
 * process's resident set (VmRSS in /proc/self/status, Linux), keeping the peaks.
 */
public final class MemorySampler implements AutoCloseable {
    /** Peaks in bytes over the samples taken; {@code rss} is -1 where /proc is not available. */
    public record Peaks(long heapUsed, long heapCommitted, long heapMax, long rss, int samples) { }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-memory-sampler");
        t.setDaemon(true);
        return t;
    });
    private long heapUsed;
    private long heapCommitted;
    private long rss = -1;
    private int samples;

    private MemorySampler() { }

    public static MemorySampler start() {
        MemorySampler s = new MemorySampler();
        s.timer.scheduleAtFixedRate(s::sample, 0, 1, TimeUnit.SECONDS);
        return s;
    }

    private synchronized void sample() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        heapUsed = Math.max(heapUsed, heap.getUsed());
        heapCommitted = Math.max(heapCommitted, heap.getCommitted());
        rss = Math.max(rss, residentSetBytes());
        samples++;
    }

    /** Stops sampling (after one last sample) and returns the peaks. */
    public synchronized Peaks peaks() {
        close();
        sample();
        return new Peaks(heapUsed, heapCommitted, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax(),
                rss, samples);
    }

    @Override
    public void close() { timer.shutdownNow(); }

    /** VmRSS of this process in bytes, or -1 off Linux. */
    static long residentSetBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmRSS:")) return parseKilobytes(line) * 1024;
        } catch (IOException | RuntimeException e) {
            // not Linux: the report says "n/a"
        }
        return -1;
    }

    /** "VmRSS:\t  123456 kB" → 123456. */
    static long parseKilobytes(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length != 3 || !parts[2].equals("kB")) throw new IllegalArgumentException("not a kB line: " + line);
        return Long.parseLong(parts[1]);
    }
}
