package se.openup.endpoint.exports;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import se.openup.endpoint.meta.MetadataPages;
import se.openup.endpoint.server.Pages;
import se.openup.endpoint.server.WebContext;
import se.openup.loader.export.Dumps;

/**
 * {@code /dumps/}: the bulk dumps in the directory the operator named ({@code serve --dumps DIR}), listed as HTML
 * or JSON, and each dump (and its {@code .sha256}) for download. Only names {@link Dumps#NAME} accepts, found in
 * that directory itself, are served: no path leaves it.
 */
public final class DumpRoutes {
    private DumpRoutes() { }

    public static void list(Context ctx, WebContext web) throws IOException {
        List<Dumps.Dump> dumps = web.config().dumps() == null ? List.of() : Dumps.list(web.config().dumps());
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            ctx.json(dumps.stream().map(DumpRoutes::describe).toList());
            return;
        }
        Pages.html(ctx, "dumps", Map.of("dumps", dumps.stream().map(DumpRoutes::describe).toList()));
    }

    public static void file(Context ctx, WebContext web) throws IOException {
        String name = ctx.pathParam("name");
        boolean checksum = name.endsWith(".sha256");
        String dump = checksum ? name.substring(0, name.length() - ".sha256".length()) : name;
        Path dir = web.config().dumps();
        if (dir == null || Dumps.mediaType(dump).isEmpty()) {
            ctx.status(404).result("no such dump");
            return;
        }
        Path file = dir.resolve(name).normalize();
        if (!dir.normalize().equals(file.getParent()) || !Files.isRegularFile(file)) {
            ctx.status(404).result("no such dump");
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        // the file is served as the gzip it is (no Content-Encoding): its bytes are what the SHA-256 covers
        ctx.writeSeekableStream(Files.newInputStream(file), checksum ? "text/plain; charset=us-ascii" : Dumps.COMPRESS_FORMAT,
                Files.size(file));
    }

    /** The dumps VoID and DCAT list (none without a dumps directory). */
    public static MetadataPages.DumpSource source(Path dir) {
        if (dir == null) return MetadataPages.DumpSource.NONE;
        return () -> {
            try {
                return Dumps.list(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** What the listing shows of a dump, with the URL it is served at. */
    private static Map<String, Object> describe(Dumps.Dump d) {
        return Map.of("name", d.name(), "url", "/dumps/" + d.name(), "size", d.size(), "sha256", d.sha256(),
                "modified", d.modified().toString(), "mediaType", d.mediaType(), "compressFormat", d.compressFormat());
    }
}
