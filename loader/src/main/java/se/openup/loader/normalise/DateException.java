package se.openup.loader.normalise;

/** A date cell that matches none of the mapping's patterns; the reason names the patterns tried. */
public final class DateException extends NormaliseException {
    private static final long serialVersionUID = 1L;

    public DateException(String reason) {
        super(reason);
    }
}
