package se.openup.loader.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import se.openup.loader.store.Checksums;

/** Finds and reads mapping files: a shipped one by id (inside the jar) or any YAML file by path. */
public final class MappingProfiles {
    private static final String BUILT_IN = "openup/mappings/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Set<String> FORMATS = Set.of("csv", "xlsx", "json");

    private MappingProfiles() {}

    /** A path to a YAML file, or the id of a shipped mapping. */
    public static MappingProfile resolve(String nameOrPath) {
        Path p = Path.of(nameOrPath);
        if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || Files.isRegularFile(p)) {
            try {
                return parse(Files.readAllBytes(p), p.toString());
            } catch (IOException e) {
                throw new MappingException("cannot read mapping file " + p + ": " + e.getMessage());
            }
        }
        return builtIn(nameOrPath);
    }

    public static MappingProfile builtIn(String id) {
        try (InputStream in = MappingProfiles.class.getClassLoader().getResourceAsStream(BUILT_IN + id + ".yaml")) {
            if (in == null)
                throw new MappingException("no mapping '" + id + "': shipped mappings are " + shippedIds()
                        + "; or give the path of a .yaml file");
            return parse(in.readAllBytes(), id + ".yaml");
        } catch (IOException e) {
            throw new MappingException("cannot read mapping " + id + ": " + e.getMessage());
        }
    }

    /** Ids of the mappings shipped in mappings/ (listed from the source tree or the jar's index file). */
    public static List<String> shippedIds() {
        List<String> ids = new ArrayList<>();
        try (InputStream in = MappingProfiles.class.getClassLoader().getResourceAsStream(BUILT_IN + "index.txt")) {
            if (in != null)
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n"))
                    if (!line.isBlank() && !line.startsWith("#")) ids.add(line.trim());
        } catch (IOException ignored) {
            // the list is only used in a message
        }
        return ids;
    }

    static MappingProfile parse(byte[] yaml, String origin) {
        MappingProfile p;
        try {
            p = YAML.readValue(yaml, MappingProfile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new MappingException(origin + ": unknown key '" + e.getPropertyName() + "' at "
                    + e.getPathReference() + " (see docs/mappings.md)");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MappingException(origin + ": not a valid mapping file: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new MappingException(origin + ": cannot read: " + e.getMessage());
        }
        check(p, origin);
        return p.withChecksum(Checksums.sha256(yaml));
    }

    private static void check(MappingProfile p, String origin) {
        List<String> problems = new ArrayList<>();
        if (p.id() == null || !p.id().matches("[a-z0-9][a-z0-9.-]*"))
            problems.add("id must be lower-case letters, digits, '.' or '-' (it becomes part of IRIs)");
        if (!FORMATS.contains(p.format())) problems.add("source.format must be one of " + FORMATS);
        boolean ledger = p.kind() == null || "ledger".equals(p.kind());
        if (p.columns() == null || p.columns().isEmpty()) problems.add("columns is empty");
        else if ("procurement".equals(p.kind())) checkProcurement(p, problems);
        else {
            for (var e : p.columns().entrySet()) {
                if (ledger) {
                    try {
                        Field.of(e.getKey());
                    } catch (IllegalArgumentException ex) {
                        problems.add("columns: " + ex.getMessage());
                    }
                }
                ColumnSpec c = e.getValue();
                int ways = (c.titles() != null ? 1 : 0) + (c.column() != null ? 1 : 0) + (c.value() != null ? 1 : 0);
                if (ways != 1) problems.add("columns." + e.getKey() + ": give exactly one of titles, column, value");
            }
            if (ledger && !p.columns().containsKey("amount")) problems.add("columns: amount is required");
            if (ledger && !p.columns().containsKey("date")) problems.add("columns: date is required (or value: period)");
        }
        // other kinds name their own fields and have no buyer: their mapper checks them (store.RowKinds)
        boolean buyerKnown = !ledger || p.buyer() != null && (p.buyer().orgnr() != null
                || Boolean.TRUE.equals(p.buyer().orgnrFromKommunkod()));
        if (!buyerKnown && (p.columns() == null || !p.columns().containsKey("buyerId")))
            problems.add("the buyer's orgnr is unknown: set buyer.orgnr, buyer.orgnrFromKommunkod or a buyerId column");
        if (p.buyer() != null && Boolean.TRUE.equals(p.buyer().orgnrFromKommunkod())
                && (p.buyer().orgnr() != null || (p.columns() != null && p.columns().containsKey("buyerId"))))
            problems.add("buyer.orgnrFromKommunkod cannot be combined with buyer.orgnr or a buyerId column");
        for (String rx : patterns(p)) {
            try {
                Pattern.compile(rx);
            } catch (PatternSyntaxException e) {
                problems.add("bad regular expression '" + rx + "': " + e.getDescription());
            }
        }
        if (!problems.isEmpty()) throw new MappingException(origin + ": " + String.join("; ", problems));
    }

    /** A procurement mapping: its own field set, a publisher with a valid orgnr, exactly one summed figure. */
    private static void checkProcurement(MappingProfile p, List<String> problems) {
        Set<ProcurementField> named = java.util.EnumSet.noneOf(ProcurementField.class);
        for (var e : p.columns().entrySet()) {
            try {
                named.add(ProcurementField.of(e.getKey()));
            } catch (IllegalArgumentException ex) {
                problems.add("columns: " + ex.getMessage());
            }
            ColumnSpec c = e.getValue();
            if ((c.titles() != null ? 1 : 0) + (c.column() != null ? 1 : 0) + (c.value() != null ? 1 : 0) != 1)
                problems.add("columns." + e.getKey() + ": give exactly one of titles, column, value");
        }
        for (ProcurementField f : ProcurementField.REQUIRED)
            if (!named.contains(f)) problems.add("columns: " + f + " is required");
        boolean value = named.contains(ProcurementField.contractedValue);
        long supplier = ProcurementField.SUPPLIER_ROW.stream().filter(named::contains).count();
        if (value == (supplier > 0))
            problems.add("columns: name either contractedValue (one procurement per row) or lotId, supplierName and"
                    + " contractedTenders (one contracted supplier per row)");
        else if (supplier > 0 && supplier < ProcurementField.SUPPLIER_ROW.size())
            problems.add("columns: a supplier row needs all of " + ProcurementField.SUPPLIER_ROW);
        if (p.publisher() == null || p.publisher().orgnr() == null || p.publisher().name() == null)
            problems.add("publisher: orgnr and name are required (the dataset's publisher)");
        else if (se.openup.loader.normalise.OrgNumber.parseOrNull(p.publisher().orgnr()) == null)
            problems.add("publisher.orgnr '" + p.publisher().orgnr() + "' is not a valid organisation number");
        for (var rules : java.util.Arrays.asList(p.skip(), p.redactIf()))
            if (rules != null)
                for (MappingProfile.SkipRule r : rules) {
                    try {
                        if (!named.contains(ProcurementField.of(r.field())))
                            problems.add("rule on field '" + r.field() + "' which has no column");
                    } catch (IllegalArgumentException ex) {
                        problems.add((rules == p.skip() ? "skip: " : "redactIf: ") + ex.getMessage());
                    }
                }
        if (p.buyer() != null) problems.add("buyer: constants are for ledgers; a procurement file names its buyers");
    }

    private static List<String> patterns(MappingProfile p) {
        List<String> rx = new ArrayList<>();
        if (p.redactedPattern() != null) rx.add(p.redactedPattern());
        if (p.source() != null && p.source().fileName() != null) rx.add(p.source().fileName());
        if (p.skip() != null) p.skip().forEach(s -> rx.add(s.pattern()));
        if (p.redactIf() != null) p.redactIf().forEach(s -> rx.add(s.pattern()));
        return rx;
    }
}
