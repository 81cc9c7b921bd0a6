package se.openup.loader.normalise;

/**
 * Yes/no cells. The same statistics come as text "True"/"False" in one export and as spreadsheet BOOLEAN cells
 * (read as "true"/"false") or 1/0 in another, so all of these are accepted; anything else is an error, never a guess.
 */
public final class Booleans {
    private Booleans() {}

    /** Thrown for a value that is not a yes/no; the message quotes it (short) for the rejected-row report. */
    public static final class BooleanException extends NormaliseException {
        private static final long serialVersionUID = 1L;

        BooleanException(String raw) { super(quote(raw) + " is not a yes/no value (True/False, true/false, 1/0)"); }
    }

    /** TRUE/FALSE for a yes/no, null for null or blank (no value), an exception for anything else. */
    public static Boolean parse(String raw) {
        if (raw == null) return null;
        String v = raw.strip();
        if (v.isEmpty()) return null;
        if (v.equalsIgnoreCase("true") || v.equals("1")) return Boolean.TRUE;
        if (v.equalsIgnoreCase("false") || v.equals("0")) return Boolean.FALSE;
        throw new BooleanException(raw);
    }
}
