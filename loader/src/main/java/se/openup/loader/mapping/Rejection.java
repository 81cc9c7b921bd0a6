package se.openup.loader.mapping;

import java.math.BigDecimal;

/**
 * A row that was not loaded, and why. {@code amount} is the row's amount where it could be read (so sums
 * reconcile), else null. Never carries the row's raw cells: they may hold personal data.
 */
public record Rejection(long line, String column, String reason, BigDecimal amount) {
    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + reason;
    }
}
