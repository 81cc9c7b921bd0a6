package se.openup.loader.source;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Counts lines as characters stream through, so that a decoding error or an absurdly long line (a file that is
 * not a ledger) fails with the line it happened on instead of exhausting memory. Also counts quote characters:
 * in well-formed CSV they pair up (an escaped quote is doubled), so an odd count at the end is a quote opened and
 * never closed — which the CSV parser would silently read as one huge last cell.
 */
final class LineGuard extends FilterReader {
    static final int MAX_LINE = 1 << 20;
    private final String encoding;
    private final char quote;
    private boolean quoteOpen;
    private long quoteOpenedOn;
    private long line = 1;
    private int length;
    private char previous;

    LineGuard(Reader in, String encoding, char quote) {
        super(in);
        this.encoding = encoding;
        this.quote = quote;
    }

    /** After the whole file was read: fails if a quote was left open. */
    void checkQuotesClosed() {
        if (quoteOpen)
            throw new SourceException("unterminated quoted field starting on line " + quoteOpenedOn
                    + ": a quote (" + quote + ") is opened and never closed");
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
            } else if (c == quote) {
                quoteOpen = !quoteOpen;
                if (quoteOpen) quoteOpenedOn = line;
                length++;
            } else if (++length > MAX_LINE) {
                throw new SourceException("line " + line + " is longer than " + MAX_LINE
                        + " characters: not a ledger file, or a broken quote/line end");
            }
            previous = c;
        }
        return n;
    }
}
