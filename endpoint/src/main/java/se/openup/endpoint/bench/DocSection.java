package se.openup.endpoint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark's tables written straight into a document (docs/performance.md) between two marker comments,
 * {@code <!-- NAME:begin -->} and {@code <!-- NAME:end -->}, so the published figures are the ones the command printed
 * and the prose around them stays hand-written.
 */
public final class DocSection {
    private DocSection() {}

    public static String begin(String name) { return "<!-- " + name + ":begin -->"; }

    public static String end(String name) { return "<!-- " + name + ":end -->"; }

    /** The text with the section's content replaced; fails, naming the markers, when the text lacks them. */
    public static String replace(String text, String name, String content) {
        int b = text.indexOf(begin(name)), e = text.indexOf(end(name));
        if (b < 0 || e < b || text.indexOf(begin(name), b + 1) >= 0)
            throw new IllegalArgumentException("the document needs one " + begin(name) + " line and, after it, one " + end(name) + " line");
        String body = content.endsWith("\n") ? content : content + "\n";
        return text.substring(0, b) + begin(name) + "\n" + body + text.substring(e);
    }

    /** Replaces the section in the file; the rest of the file is left byte for byte. */
    public static void write(Path doc, String name, String content) throws IOException {
        Files.writeString(doc, replace(Files.readString(doc, StandardCharsets.UTF_8), name, content), StandardCharsets.UTF_8);
    }
}
