package se.openup.endpoint.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import se.openup.loader.cli.LoadSharedCommand;

/**
 * Where a source file can be fetched and under which licence, for the files whose origin is on record: the
 * loader's list of shared datasets (openup/shared-datasets.tsv: mapping, path, source URL) and the licences their
 * PROVENANCE.md files state (openup/meta/licences.tsv). Other files get neither — nothing is guessed.
 */
final class SourceAccess {
    /** A file's page (accessURL) and, when the record gives the file itself, its download URL (else null). */
    record Location(String accessUrl, String downloadUrl) { }

    private final Map<String, Location> locationByMappingAndFile = new HashMap<>();
    private final Map<String, String> licenceByMapping = new HashMap<>();

    SourceAccess() {
        try {
            for (LoadSharedCommand.Dataset d : LoadSharedCommand.datasets()) {
                if (!d.source().startsWith("https://")) continue; // e.g. "assembled (CC0) from …": no one place
                String url = d.source().split(" ")[0];
                // "URL" alone is the file; "URL (notes)" is the project page the file comes from
                locationByMappingAndFile.put(key(d.mapping(), Path.of(d.path()).getFileName().toString()),
                        new Location(url, url.equals(d.source()) ? url : null));
            }
            try (InputStream in = SourceAccess.class.getClassLoader().getResourceAsStream("openup/meta/licences.tsv")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] f = line.split("\t");
                    licenceByMapping.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the published file is, or null when that is not on record. */
    Location location(String mapping, String fileName) { return locationByMappingAndFile.get(key(mapping, fileName)); }

    /** The licence IRI stated for the mapping's files, or null. */
    String licence(String mapping) { return licenceByMapping.get(mapping); }

    private static String key(String mapping, String fileName) { return mapping + "\t" + fileName; }
}
