package se.openup.loader.cube;

import java.math.BigDecimal;

/** The measures of one observation while it is summed: amount, payments, credits (and buyers, for a supplier-year). */
final class Sums {
    BigDecimal amount = BigDecimal.ZERO;
    long payments;
    long credits;
    long buyers;

    /** One payment. */
    void add(BigDecimal paid) {
        amount = amount.add(paid);
        payments++;
        if (paid.signum() < 0) credits++;
    }

    void add(Sums other) {
        amount = amount.add(other.amount);
        payments += other.payments;
        credits += other.credits;
    }

    /** One buyer's pair-year, into a supplier-year. */
    void addBuyer(Sums pair) {
        add(pair);
        buyers++;
    }
}
