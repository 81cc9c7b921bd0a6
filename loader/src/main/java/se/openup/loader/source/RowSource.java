package se.openup.loader.source;

import java.nio.file.Path;
import se.openup.loader.mapping.MappingProfile;

/** Reads a file's rows and pushes them to a handler: one implementation per file format. */
public interface RowSource {
    void read(Path file, RowHandler out);

    static RowSource forProfile(MappingProfile profile) {
        return switch (profile.format()) {
            case "xlsx" -> new XlsxSource(profile.source() == null ? null : profile.source().sheet());
            case "json" -> new JsonSource(profile.source() == null ? null : profile.source().records());
            default -> new CsvSource(profile.dialectOrDefault());
        };
    }
}
