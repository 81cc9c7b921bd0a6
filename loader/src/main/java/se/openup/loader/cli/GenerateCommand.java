package se.openup.loader.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.openup.loader.generate.LedgerGenerator;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write synthetic ledgers (national spec v1.1 CSV, one file per buyer and"
        + " month) for load and performance tests; the output folder gets a SYNTHETIC.md marker.")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--buyers", defaultValue = "290",
            description = "number of municipalities, drawn in a seeded random order (default: ${DEFAULT-VALUE})")
    int buyers;

    @Option(names = "--rows", defaultValue = "100000",
            description = "posting rows over all files, split by population (default: ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--seed", defaultValue = "1", description = "same seed, same bytes (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--year", defaultValue = "2023", description = "the ledger year (default: ${DEFAULT-VALUE})")
    int year;

    @Option(names = "--out", required = true, description = "output folder; must be new or empty")
    Path out;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        LedgerGenerator.Result r;
        try {
            r = LedgerGenerator.generate(new LedgerGenerator.Options(buyers, rows, seed, year, out, storeOptions.data()));
        } catch (IllegalArgumentException e) {
            System.err.println("openup generate: " + e.getMessage());
            return 2;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("generated " + n(r.files()) + " files, " + n(r.rows()) + " rows, Σ "
                + String.format(Locale.ROOT, "%,.2f", r.amount()).replace(',', ' ') + " SEK, sole-trader rows "
                + n(r.soleTraderRows()) + ", credit rows " + n(r.creditRows()) + " → " + out
                + String.format(Locale.ROOT, " (%.1f s, %s rows/s)", seconds, n(Math.round(r.rows() / seconds))));
        return 0;
    }

    /** 1 234 567: space thousands, as the loader's reports print them. */
    private static String n(long v) { return String.format(Locale.ROOT, "%,d", v).replace(',', ' '); }
}
