package se.openup.loader.cube;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The LOU direct-award threshold (direktupphandlingsgräns, SEK) in force at the end of each year, as the saved
 * queries use it (source: ../shared/docs/publisher-layouts.md; docs/queries.md). Where the threshold changed within a
 * year (2014-07-01, 2022-02-01) the later one counts. Kept in one place so the precomputed levels and the payment
 * versions of the queries (their VALUES tables) can be checked against each other.
 */
public final class DirectAwardThresholds {
    private static final Map<Integer, BigDecimal> BY_YEAR = Map.ofEntries(
            Map.entry(2014, sek(505_800)), Map.entry(2015, sek(505_800)),
            Map.entry(2016, sek(534_890)), Map.entry(2017, sek(534_890)),
            Map.entry(2018, sek(586_907)), Map.entry(2019, sek(586_907)),
            Map.entry(2020, sek(615_312)), Map.entry(2021, sek(615_312)),
            Map.entry(2022, sek(700_000)), Map.entry(2023, sek(700_000)), Map.entry(2024, sek(700_000)),
            Map.entry(2025, sek(700_000)), Map.entry(2026, sek(700_000)));

    private DirectAwardThresholds() {}

    /** The threshold of the year, or empty for a year outside 2014–2026 (no figure on record here). */
    public static Optional<BigDecimal> forYear(int year) {
        return Optional.ofNullable(BY_YEAR.get(year));
    }

    /** The lowest threshold of any year: no pair below it can be above any year's threshold. */
    public static BigDecimal lowest() {
        return BY_YEAR.values().stream().min(BigDecimal::compareTo).orElseThrow();
    }

    private static BigDecimal sek(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
