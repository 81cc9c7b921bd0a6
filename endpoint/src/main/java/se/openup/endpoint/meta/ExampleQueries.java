package se.openup.endpoint.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example queries the SPARQL editor opens with: files under openup/examples/, in the order of index.txt. Each
 * file starts with a {@code # title: …} line (the editor's tab name).
 */
public final class ExampleQueries {
    /** One example: file name, tab title and the query text as written. */
    public record Example(String file, String title, String query) { }

    private ExampleQueries() { }

    public static List<Example> all() {
        List<Example> examples = new ArrayList<>();
        for (String file : read("index.txt").split("\n")) {
            if (file.isBlank() || file.startsWith("#")) continue;
            String query = read(file.trim());
            String title = query.lines().filter(l -> l.startsWith("# title:")).findFirst()
                    .map(l -> l.substring("# title:".length()).trim()).orElse(file.trim());
            examples.add(new Example(file.trim(), title, query));
        }
        return examples;
    }

    private static String read(String name) {
        try (InputStream in = ExampleQueries.class.getClassLoader().getResourceAsStream("openup/examples/" + name)) {
            if (in == null) throw new IllegalStateException("missing example openup/examples/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
