package se.openup.loader.source;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Counts lines as characters stream through, so that a decoding error or an absurdly long line (a file that is
 * not a ledger) fails with the line it happened on instead of exhausting memory.
 */
final class LineGuard extends FilterReader {
    static final int MAX_LINE = 1 << 20;
    private final String encoding;
    private long line = 1;
    private int length;
    private char previous;

    LineGuard(Reader in, String encoding) {
        super(in);
        this.encoding = encoding;
    }

    long line() { return line; }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n;
        try {
            n = super.read(buf, off, len);
        } catch (CharacterCodingException e) {
            throw new SourceException("line " + line + ": bytes that are not valid " + encoding
                    + " — declare the file's real dialect.encoding (windows-1252? UTF-16LE?) or use auto", e);
        }
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c == '\n') {
                if (previous != '\r') line++;
                length = 0;
            } else if (c == '\r') {
                line++;
                length = 0;
            } else if (++length > MAX_LINE) {
                throw new SourceException("line " + line + " is longer than " + MAX_LINE
                        + " characters: not a ledger file, or a broken quote/line end");
            }
            previous = c;
        }
        return n;
    }
}
