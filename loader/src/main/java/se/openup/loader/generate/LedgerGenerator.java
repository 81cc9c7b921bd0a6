package se.openup.loader.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import se.openup.loader.generate.Buyers.Buyer;

/**
 * Synthetic purchase ledgers in the national spec v1.1 CSV layout (mappings/spec-v1.1.yaml): real municipalities
 * as buyers, invented suppliers, amounts and invoices. Same options and seed → byte-identical files.
 */
public final class LedgerGenerator {
    /** Bumped whenever a change to the generator changes its output for a given seed; recorded in SYNTHETIC.md. */
    public static final int VERSION = 2;
    /** Relative posting volume per month: the July holiday dip and the December year-end peak. */
    private static final long[] MONTH_WEIGHTS = {90, 95, 105, 100, 105, 105, 60, 90, 105, 110, 110, 125};

    /** What to generate; dataDir holds reference/municipalities.csv. */
    public record Options(int buyers, long rows, long seed, int year, Path out, Path dataDir) {
        public Options {
            java.util.Objects.requireNonNull(out, "out");
            java.util.Objects.requireNonNull(dataDir, "dataDir");
            if (rows < 1) throw new IllegalArgumentException("--rows must be at least 1, got " + rows);
            if (year < 1900 || year > 2099) throw new IllegalArgumentException("--year must be 1900–2099, got " + year);
        }

        /** The command that reproduces this set; the output folder is left out so that two runs compare equal. */
        public String command() {
            return "openup generate --buyers " + buyers + " --rows " + rows + " --seed " + seed + " --year " + year;
        }
    }

    /** What was written: totals over all files plus one line per buyer. */
    public record Result(List<BuyerWriter.Stats> buyers, int suppliers, int soleTraders) {
        public int files() { return buyers.stream().mapToInt(BuyerWriter.Stats::files).sum(); }
        public long rows() { return buyers.stream().mapToLong(BuyerWriter.Stats::rows).sum(); }
        public long amountOre() { return buyers.stream().mapToLong(BuyerWriter.Stats::amountOre).sum(); }
        public BigDecimal amount() { return BigDecimal.valueOf(amountOre(), 2); }
        public long soleTraderRows() { return buyers.stream().mapToLong(BuyerWriter.Stats::soleTraderRows).sum(); }
        public long creditRows() { return buyers.stream().mapToLong(BuyerWriter.Stats::creditRows).sum(); }
    }

    private LedgerGenerator() {}

    /**
     * Writes the files and SYNTHETIC.md into options.out, which must be absent or empty (so an old set can never
     * mix with a new one).
     *
     * @throws IllegalArgumentException for bad options, missing reference data or a non-empty output folder
     */
    public static Result generate(Options options) throws IOException {
        List<Buyer> buyers = Buyers.select(Buyers.read(options.dataDir()), options.buyers(), options.seed());
        prepareOut(options.out());
        long[] weights = buyers.stream().mapToLong(Buyer::population).toArray();
        long[] rowsPerBuyer = Allocation.largestRemainder(options.rows(), weights);
        SupplierPool pool = SupplierPool.build(options.rows(), buyers, options.seed());

        // the biggest buyers start first so the two cores finish together; results are kept in kommunkod order
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) order.add(i);
        order.sort(Comparator.comparingLong((Integer i) -> -rowsPerBuyer[i]));
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), buyers.size()));
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "generate");
            t.setDaemon(true);
            return t;
        });
        List<Future<BuyerWriter.Stats>> futures = new ArrayList<>(buyers.size());
        for (int i = 0; i < buyers.size(); i++) futures.add(null);
        try {
            for (int i : order) {
                Buyer b = buyers.get(i);
                long[] months = Allocation.largestRemainder(rowsPerBuyer[i], MONTH_WEIGHTS);
                futures.set(i, executor.submit(() ->
                        new BuyerWriter(b, pool.forBuyer(b), options.year(), options.seed()).write(months, options.out())));
            }
            List<BuyerWriter.Stats> stats = new ArrayList<>(buyers.size());
            for (Future<BuyerWriter.Stats> f : futures) stats.add(f.get());
            Result result = new Result(stats, pool.companies().size(), pool.soleTraders().size());
            SyntheticReadme.write(options, result);
            return result;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void prepareOut(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent())
                    throw new IllegalArgumentException(out + " is not empty: generate into a new or empty folder");
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else if (Files.exists(out)) {
            throw new IllegalArgumentException(out + " exists and is not a folder");
        }
        Files.createDirectories(out);
    }
}
