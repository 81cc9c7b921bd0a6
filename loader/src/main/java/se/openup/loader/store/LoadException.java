package se.openup.loader.store;

/** A file that could not be loaded at all; the store is exactly as it was before. */
public class LoadException extends RuntimeException {
    private final String file;

    public LoadException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public String file() { return file; }
}
