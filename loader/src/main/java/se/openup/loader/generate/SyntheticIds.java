package se.openup.loader.generate;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import se.openup.loader.normalise.OrgNumber;

/**
 * Random, Luhn-valid identifiers, unique within one generated set. Organisation numbers get digits 3–4 ≥ 20
 * (legal persons); personnummer get a real month and day, so the loader must treat them as sole traders.
 */
final class SyntheticIds {
    private final Set<String> used = new HashSet<>();
    private final Rng rng;

    SyntheticIds(Rng rng) { this.rng = rng; }

    /**
     * An orgnr NNNNNN-NNNN of the given legal-form group (first digit). Aktiebolag avoid the 556 and 559 series,
     * where most real companies are registered, so that a synthetic supplier rarely lands on a real company's
     * number; a chance match remains possible and is documented.
     */
    String orgnr(int group) {
        while (true) {
            StringBuilder d = new StringBuilder(9).append(group);
            int second = rng.nextInt(10);
            int third = 2 + rng.nextInt(8); // digits 3–4 ≥ 20: never a personnummer month
            if (group == 5 && second == 5 && (third == 6 || third == 9)) continue;
            d.append(second).append(third);
            for (int i = 0; i < 6; i++) d.append(rng.nextInt(10));
            String ten = OrgNumber.withCheckDigit(d.toString());
            if (isReservedPublicSeries(ten)) continue;
            String hyphenated = ten.substring(0, 6) + '-' + ten.substring(6);
            if (used.add(hyphenated)) return hyphenated;
        }
    }

    /** 212000 (municipalities) and 232100 (regions) hold the real buyers: a supplier must never share them. */
    private static boolean isReservedPublicSeries(String ten) {
        return ten.startsWith("212000") || ten.startsWith("232100");
    }

    /**
     * A fictional personnummer YYMMDD-NNNN of someone born 1945–1999: valid month and day, Luhn-valid. Random, so
     * it is not anyone's on purpose; it is never published by the loader (redacted by shape).
     */
    String personnummer() {
        while (true) {
            int yy = 45 + rng.nextInt(55);
            int mm = 1 + rng.nextInt(12);
            int dd = 1 + rng.nextInt(YearMonth.of(1900 + yy, mm).lengthOfMonth());
            String nine = String.format(Locale.ROOT, "%02d%02d%02d%03d", yy, mm, dd, rng.nextInt(1000));
            String ten = OrgNumber.withCheckDigit(nine);
            String hyphenated = ten.substring(0, 6) + '-' + ten.substring(6);
            if (used.add(hyphenated)) return hyphenated;
        }
    }
}
