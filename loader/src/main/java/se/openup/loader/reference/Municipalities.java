package se.openup.loader.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The 290 municipalities of the reference data (data/reference/municipalities.csv): kommunkod → orgnr. */
public final class Municipalities {
    private final Map<String, String> orgnrByKommunkod;

    private Municipalities(Map<String, String> orgnrByKommunkod) { this.orgnrByKommunkod = orgnrByKommunkod; }

    public static Municipalities none() { return new Municipalities(Map.of()); }

    /** Reads {@code dataDir/reference/municipalities.csv}; an absent file gives an empty table. */
    public static Municipalities read(Path dataDir) {
        Path csv = dataDir.resolve("reference/municipalities.csv");
        if (!Files.isRegularFile(csv)) return none();
        Map<String, String> map = new HashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in))
                map.put(r.get("kommunkod"), r.get("orgnr"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        return new Municipalities(Map.copyOf(map));
    }

    /** The municipality's orgnr as the reference file has it (NNNNNN-NNNN), or null. */
    public String orgnr(String kommunkod) { return kommunkod == null ? null : orgnrByKommunkod.get(kommunkod.strip()); }

    public int size() { return orgnrByKommunkod.size(); }
}
