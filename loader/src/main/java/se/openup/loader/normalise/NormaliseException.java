package se.openup.loader.normalise;

/**
 * A cell value that cannot be read; the message is a human reason for the rejected-row report.
 * Unchecked so the fixed parse signatures stay as specified; stack-less because a bad file can reject every row.
 */
public class NormaliseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected NormaliseException(String reason) {
        super(reason, null, false, false);
    }

    /** The human reason (same as the message). */
    public String reason() {
        return getMessage();
    }

    /** Quotes a raw value for a reason, cut short so a huge cell cannot bloat the report. */
    static String quote(String raw) {
        if (raw == null) {
            return "''";
        }
        return raw.length() <= 40 ? "'" + raw + "'" : "'" + raw.substring(0, 37) + "...'";
    }
}
