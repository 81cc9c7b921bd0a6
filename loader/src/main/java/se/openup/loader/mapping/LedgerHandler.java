package se.openup.loader.mapping;

/** Receives the outcome of every data row: loaded as a posting, rejected, or skipped as not a posting. */
public interface LedgerHandler {
    void payment(LedgerRow row);

    void rejected(Rejection rejection);

    /** A row the mapping's {@code skip} rules say is not a posting (e.g. a trailing sum row). */
    void skipped(long line, String reason);

    /** Every row of the file has been handled (see {@link se.openup.loader.source.RowHandler#end}). */
    default void end() {}
}
