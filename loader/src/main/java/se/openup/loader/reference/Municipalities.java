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
import se.openup.loader.normalise.Names;

/**
 * The 290 municipalities of the reference data (data/reference/municipalities.csv): kommunkod → orgnr, and the
 * official name ("Linköpings kommun", column kommun_namn_sjbrg) → orgnr.
 */
public final class Municipalities {
    private final Map<String, String> orgnrByKommunkod;
    private final Map<String, String> orgnrByName;

    private Municipalities(Map<String, String> orgnrByKommunkod, Map<String, String> orgnrByName) {
        this.orgnrByKommunkod = orgnrByKommunkod;
        this.orgnrByName = orgnrByName;
    }

    public static Municipalities none() { return new Municipalities(Map.of(), Map.of()); }

    /** Reads {@code dataDir/reference/municipalities.csv}; an absent file gives an empty table. */
    public static Municipalities read(Path dataDir) {
        Path csv = dataDir.resolve("reference/municipalities.csv");
        if (!Files.isRegularFile(csv)) return none();
        Map<String, String> map = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                map.put(r.get("kommunkod"), r.get("orgnr"));
                if (r.isMapped("kommun_namn_sjbrg")) names.put(Names.key(r.get("kommun_namn_sjbrg")), r.get("orgnr"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        return new Municipalities(Map.copyOf(map), Map.copyOf(names));
    }

    /** The municipality's orgnr as the reference file has it (NNNNNN-NNNN), or null. */
    public String orgnr(String kommunkod) { return kommunkod == null ? null : orgnrByKommunkod.get(kommunkod.strip()); }

    /** The orgnr (NNNNNN-NNNN) of the municipality with this official name, case and accents folded, or null. */
    public String orgnrByName(String name) { return name == null ? null : orgnrByName.get(Names.key(name)); }

}
