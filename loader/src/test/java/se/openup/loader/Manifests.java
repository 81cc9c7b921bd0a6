package se.openup.loader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import se.openup.loader.store.Exporter;

/** Reads the YAML manifests of fixtures and the bad-input corpus; renders a store as text in every syntax. */
public final class Manifests {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Path yaml) {
        try {
            return YAML.readValue(yaml.toFile(), Map.class);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + yaml + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Path yaml) {
        try {
            return YAML.readValue(yaml.toFile(), List.class);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + yaml + ": " + e.getMessage(), e);
        }
    }

    /** The whole store as N-Triples, Turtle and TriG, concatenated: what a consumer could ever download. */
    public static String allExports(DatasetGraph dsg) {
        StringBuilder all = new StringBuilder();
        for (String format : List.of("nt", "ttl", "trig")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.export(dsg, format, null, out);
            all.append(out.toString(StandardCharsets.UTF_8)).append('\n');
        }
        return all.toString();
    }
}
