package se.openup.loader.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a text file as characters: byte-order mark first, then the declared encoding, or for {@code auto}
 * UTF-8 when the first MiB is valid UTF-8 and Windows-1252 otherwise (the older Swedish exports).
 * Refuses what is clearly not text, so a wrong file fails with a reason instead of loading garbage.
 */
final class TextDecoding {
    static final int SAMPLE = 1 << 20;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {}

    /** The decoded reader and the charset chosen (for the report). */
    record Opened(Reader reader, Charset charset) {}

    static Opened open(Path file, String declared) throws IOException {
        InputStream in = Files.newInputStream(file);
        byte[] sample = in.readNBytes(SAMPLE);
        if (sample.length == 0) {
            in.close();
            throw new SourceException("the file is empty (0 bytes)");
        }
        int bomLength = 0;
        Charset charset;
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) { charset = StandardCharsets.UTF_8; bomLength = 3; }
        else if (startsWith(sample, 0xFF, 0xFE)) { charset = StandardCharsets.UTF_16LE; bomLength = 2; }
        else if (startsWith(sample, 0xFE, 0xFF)) { charset = StandardCharsets.UTF_16BE; bomLength = 2; }
        else charset = chooseWithoutBom(sample, declared);
        if (bomLength == 0 && !charset.name().startsWith("UTF-16")) refuseBinary(sample);

        InputStream all = new SequenceInputStream(
                new ByteArrayInputStream(sample, bomLength, sample.length - bomLength), in);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(charset == WINDOWS_1252 ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Opened(new InputStreamReader(all, decoder), charset);
    }

    private static Charset chooseWithoutBom(byte[] sample, String declared) {
        String d = declared == null ? "auto" : declared.trim();
        boolean utf16 = d.toUpperCase(Locale.ROOT).startsWith("UTF-16");
        if (!utf16 && indexOf(sample, (byte) 0) >= 0)
            throw new SourceException("the file contains NUL bytes: UTF-16 text without a byte-order mark?"
                    + " Declare dialect.encoding: UTF-16LE (the mapping says " + d + ")");
        if (!d.equalsIgnoreCase("auto")) {
            try {
                return Charset.forName(d);
            } catch (IllegalArgumentException e) {
                throw new SourceException("unknown encoding '" + d + "' in the mapping");
            }
        }
        return validUtf8(sample) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static void refuseBinary(byte[] sample) {
        if (startsWith(sample, 'P', 'K', 3, 4))
            throw new SourceException("this is a ZIP archive (an XLSX workbook?), not CSV text:"
                    + " use a mapping with source.format: xlsx");
        int control = 0;
        for (byte b : sample) {
            int c = b & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1A) || c == 0x7F) control++;
        }
        if (control > 8 && control * 200L > sample.length)
            throw new SourceException("binary content (" + control + " control bytes in the first "
                    + sample.length + "): not a text file");
    }

    private static boolean validUtf8(byte[] sample) {
        int end = sample.length;
        // a sample may end inside a multi-byte character: drop a trailing incomplete sequence
        if (sample.length == SAMPLE) {
            int back = 0;
            while (back < 3 && end > 0 && (sample[end - 1] & 0xC0) == 0x80) { end--; back++; }
            if (end > 0 && (sample[end - 1] & 0xC0) == 0xC0) end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sample, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }
}
