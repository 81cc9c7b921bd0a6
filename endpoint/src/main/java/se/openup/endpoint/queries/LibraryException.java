package se.openup.endpoint.queries;

/** A query file that cannot be served (syntax, metadata, parameters): names the file and what is wrong. */
public final class LibraryException extends RuntimeException {
    public LibraryException(String message) { super(message); }

    public LibraryException(String message, Throwable cause) { super(message, cause); }
}
