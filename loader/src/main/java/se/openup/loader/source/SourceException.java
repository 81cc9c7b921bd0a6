package se.openup.loader.source;

/** A file that cannot be read at all (wrong format, truncated, wrong encoding, missing column …). */
public class SourceException extends RuntimeException {
    public SourceException(String message) { super(message); }

    public SourceException(String message, Throwable cause) { super(message, cause); }
}
