package se.openup.loader.mapping;

/** A mapping file that cannot be used: the message says what to fix. */
public class MappingException extends RuntimeException {
    public MappingException(String message) { super(message); }
}
