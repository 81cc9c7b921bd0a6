package se.openup.loader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.openup.loader.source.SourceException;

/** A file about to be loaded: its name, size and sha256 (what its dcat:Distribution records). */
public record SourceFile(Path path, String name, long bytes, String sha256) {

    public static SourceFile of(Path path) {
        if (!Files.isRegularFile(path)) throw new SourceException("no such file: " + path);
        try {
            return new SourceFile(path, path.getFileName().toString(), Files.size(path), Checksums.sha256(path));
        } catch (IOException e) {
            throw new SourceException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
