package se.openup.loader.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The real municipalities the synthetic ledgers are attributed to (reference/municipalities.csv). */
final class Buyers {
    /** One municipality; name is SCB's short name, the canonical label per the reference PROVENANCE. */
    record Buyer(String kommunkod, String name, String lanKod, String orgnr, long population) {}

    private Buyers() {}

    /** All rows of {@code dataDir/reference/municipalities.csv}, in file order. */
    static List<Buyer> read(Path dataDir) {
        Path csv = dataDir.resolve("reference/municipalities.csv");
        if (!Files.isRegularFile(csv))
            throw new IllegalArgumentException("reference data not found: " + csv + " (use --data DIR)");
        List<Buyer> all = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in))
                all.add(new Buyer(r.get("kommunkod"), r.get("kommun"), r.get("lan_kod"), r.get("orgnr"),
                        Long.parseLong(r.get("folkmangd_2021_12_31"))));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        return all;
    }

    /**
     * n municipalities drawn in a seeded random order (a sample of the country's size mix rather than only the
     * largest cities), returned sorted by kommunkod so the output order does not depend on the draw.
     */
    static List<Buyer> select(List<Buyer> all, int n, long seed) {
        if (n < 1 || n > all.size())
            throw new IllegalArgumentException("--buyers must be between 1 and " + all.size() + ", got " + n);
        int[] order = new int[all.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Rng.derive(seed, 1).shuffle(order);
        List<Buyer> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) chosen.add(all.get(order[i]));
        chosen.sort(Comparator.comparing(Buyer::kommunkod));
        return chosen;
    }
}
