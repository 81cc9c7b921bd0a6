package se.openup.loader.normalise;

/** An amount cell that is not an amount, e.g. {@code '12,5,0' is not an amount (decimal comma expected: 1234,50)}. */
public final class AmountException extends NormaliseException {
    private static final long serialVersionUID = 1L;

    public AmountException(String reason) {
        super(reason);
    }
}
