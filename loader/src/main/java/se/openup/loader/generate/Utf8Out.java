package se.openup.loader.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A byte buffer that rows are assembled in and flushed from. Text that repeats (names, ids, account texts) is
 * encoded to UTF-8 once and copied as bytes, numbers are written as ASCII digits: profiling showed a
 * Writer spending most of the time re-encoding the same å/ä/ö strings.
 */
final class Utf8Out {
    private static final int SIZE = 1 << 17;
    private final byte[] buf = new byte[SIZE];
    private final byte[] digits = new byte[20];
    private OutputStream out;
    private int pos;

    /** Starts a new file; one buffer serves all files of a buyer (allocating one per file showed in profiles). */
    Utf8Out open(OutputStream target) {
        this.out = target;
        this.pos = 0;
        return this;
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    Utf8Out put(byte[] b) {
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        return this;
    }

    Utf8Out put(char ascii) {
        buf[pos++] = (byte) ascii;
        return this;
    }

    /** A non-negative number, zero-padded to width digits. */
    Utf8Out putPadded(long value, int width) {
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = n; i < width; i++) buf[pos++] = '0';
        while (n > 0) buf[pos++] = digits[--n];
        return this;
    }

    Utf8Out putLong(long value) {
        if (value < 0) {
            buf[pos++] = '-';
            value = -value;
        }
        return putPadded(value, 1);
    }

    /** öre as a plain decimal with a dot and two places: -130203 → "-1302.03". */
    Utf8Out putOre(long ore) {
        if (ore < 0) buf[pos++] = '-';
        long abs = Math.abs(ore);
        putPadded(abs / 100, 1);
        buf[pos++] = '.';
        return putPadded(abs % 100, 2);
    }

    /** Writes the buffer out once fewer than reserve bytes are left; call between rows. */
    void flushIfFull(int reserve) throws IOException {
        if (pos > SIZE - reserve) flush();
    }

    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** Flushes and closes the current file. */
    void close() throws IOException {
        try (OutputStream o = out) {
            flush();
        } finally {
            out = null;
        }
    }
}
