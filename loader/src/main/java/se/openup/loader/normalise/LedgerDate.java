package se.openup.loader.normalise;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A ledger date and how much of it the source gave.
 *
 * @param date      the day; with MONTH precision always the 1st of the month
 * @param precision DAY, or MONTH when the source gave only year and month ({@code openup:MonthPrecision})
 */
public record LedgerDate(LocalDate date, Precision precision) {

    public enum Precision { DAY, MONTH }

    public LedgerDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.MONTH && date.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month-precision date falls on the 1st, got " + date);
        }
    }
}
