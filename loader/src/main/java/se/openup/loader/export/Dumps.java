package se.openup.loader.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import se.openup.loader.store.Exporter;

/**
 * Bulk dumps: gzip-compressed N-Triples, Turtle or TriG of the whole store or one graph, written streaming with
 * their SHA-256 (printed, and in a {@code .sha256} side file in sha256sum's format), and listed for serving and
 * for VoID/DCAT ({@link #list}).
 */
public final class Dumps {
    /** The dump formats: file suffix → media type of the content inside the gzip. */
    public static final Map<String, String> MEDIA_TYPES = Map.of(
            "nt.gz", "application/n-triples", "ttl.gz", "text/turtle", "trig.gz", "application/trig");
    public static final String COMPRESS_FORMAT = "application/gzip";
    /** A dump's file name: a plain name with one of the dump suffixes, nothing that could leave the directory. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*\\.(nt|ttl|trig)\\.gz");

    private Dumps() { }

    /**
     * One dump file, as VoID ({@code void:dataDump}) and DCAT ({@code dcat:Distribution} with {@code dcat:mediaType},
     * {@code dcat:compressFormat}, {@code dcat:byteSize}, {@code spdx:checksum}, {@code dcterms:modified}) describe it.
     */
    public record Dump(String name, long size, String sha256, Instant modified, String mediaType) {
        public String compressFormat() { return COMPRESS_FORMAT; }
    }

    /** What a dump was written with. */
    public record Written(Path file, long statements, long bytes, String sha256) {}

    public static boolean isDumpFormat(String format) { return MEDIA_TYPES.containsKey(format); }

    /** Writes {@code graphIri} (null = all) of the store as {@code format} (nt.gz, ttl.gz, trig.gz) to {@code file}. */
    public static Written write(DatasetGraph dsg, String format, String graphIri, Path file) throws IOException {
        if (!isDumpFormat(format)) throw new IllegalArgumentException("not a dump format: " + format + " (nt.gz, ttl.gz, trig.gz)");
        MessageDigest sha = sha256();
        long statements;
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream raw = Files.newOutputStream(tmp);
             DigestOutputStream digest = new DigestOutputStream(raw, sha);
             GZIPOutputStream gz = new GZIPOutputStream(digest, 1 << 16)) {
            statements = Exporter.export(dsg, format.substring(0, format.length() - 3), graphIri, gz);
        }
        String hex = HexFormat.of().formatHex(sha.digest());
        // the finished file appears only whole, so a server listing the directory never offers half a dump
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(sideFile(file), hex + "  " + file.getFileName() + "\n", StandardCharsets.US_ASCII);
        return new Written(file, statements, Files.size(file), hex);
    }

    /** The dumps in {@code dir}, newest first; the SHA-256 from each side file (computed if the side file is missing). */
    public static List<Dump> list(Path dir) throws IOException {
        List<Dump> dumps = new ArrayList<>();
        if (!Files.isDirectory(dir)) return dumps;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                Optional<String> type = mediaType(name);
                if (type.isEmpty() || !Files.isRegularFile(f)) continue;
                dumps.add(new Dump(name, Files.size(f), sha256Of(f), Files.getLastModifiedTime(f).toInstant(), type.get()));
            }
        }
        dumps.sort(Comparator.comparing(Dump::modified).reversed().thenComparing(Dump::name));
        return dumps;
    }

    /** The media type of the RDF inside a dump with this name, if the name is a valid dump name. */
    public static Optional<String> mediaType(String name) {
        if (!NAME.matcher(name).matches()) return Optional.empty();
        return MEDIA_TYPES.entrySet().stream().filter(e -> name.endsWith("." + e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    public static Path sideFile(Path dump) { return dump.resolveSibling(dump.getFileName() + ".sha256"); }

    private static String sha256Of(Path f) throws IOException {
        Path side = sideFile(f);
        if (Files.isRegularFile(side)) {
            String line = Files.readString(side, StandardCharsets.US_ASCII).trim();
            if (line.matches("[0-9a-f]{64}\\s+.*")) return line.substring(0, 64);
        }
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
