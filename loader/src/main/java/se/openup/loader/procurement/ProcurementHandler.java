package se.openup.loader.procurement;

import se.openup.loader.mapping.Rejection;

/** Receives the outcome of every data row of a procurement file: mapped, rejected, or skipped by a rule. */
public interface ProcurementHandler {
    void procurement(ProcurementRow row);

    void rejected(Rejection rejection);

    void skipped(long line, String reason);

    static ProcurementHandler tee(ProcurementHandler... handlers) {
        return new ProcurementHandler() {
            @Override public void procurement(ProcurementRow row) { for (ProcurementHandler h : handlers) h.procurement(row); }
            @Override public void rejected(Rejection r) { for (ProcurementHandler h : handlers) h.rejected(r); }
            @Override public void skipped(long line, String reason) { for (ProcurementHandler h : handlers) h.skipped(line, reason); }
        };
    }
}
