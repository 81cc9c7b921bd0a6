package se.openup.loader.generate;

import java.util.HashSet;
import java.util.Set;
import se.openup.loader.generate.Trades.Trade;
import se.openup.loader.generate.Words.Region;

/**
 * Plausible Swedish company names from the word lists, unique within one generated set. The legal-form word
 * follows the orgnr's group (AB for 5, HB for 9, ek. för. for 7, stiftelse/förening for 8, kommunalförbund
 * for 2) so that name and number tell the same story.
 */
final class CompanyNames {
    private static final int ATTEMPTS = 200;
    private final Set<String> used = new HashSet<>();
    private final Rng rng;

    CompanyNames(Rng rng) { this.rng = rng; }

    /** A fresh name; throws only if the word lists are exhausted, which the supplier cap rules out. */
    String company(int group, Trade trade, Region region) {
        for (int i = 0; i < ATTEMPTS; i++) {
            String name = switch (group) {
                case 2 -> publicBody(region);
                case 7 -> (rng.chance(0.5) ? rng.pick(region.genitives()) : brand()) + " " + trade.word() + " ek. för.";
                case 8 -> association(region);
                case 9 -> partners(trade) + " HB";
                default -> aktiebolag(trade, region, i);
            };
            if (used.add(name)) return name;
        }
        throw new IllegalStateException("no unused company name left for " + trade.word());
    }

    /** A sole trader's trading name: the owner's name, often with the trade ("Karin Holm Städ", "Johans Måleri"). */
    String soleTrader(Trade trade) {
        for (int i = 0; i < ATTEMPTS; i++) {
            String first = rng.pick(Words.FIRST_NAMES);
            double r = rng.nextDouble();
            String name = r < 0.4 ? first + " " + rng.pick(Words.SURNAMES)
                    : r < 0.75 ? first + " " + rng.pick(Words.SURNAMES) + " " + trade.word()
                    : Words.genitive(first) + " " + trade.word();
            if (used.add(name)) return name;
        }
        throw new IllegalStateException("no unused sole-trader name left");
    }

    private String aktiebolag(Trade trade, Region region, int attempt) {
        // after many collisions only the two-surname pattern is left: its space is ~9 000 names per trade
        int pattern = attempt > ATTEMPTS / 2 ? 6 : rng.nextInt(trade.stem() == null ? 5 : 6);
        return switch (pattern) {
            case 0 -> rng.pick(region.genitives()) + " " + trade.word() + " AB";
            case 1 -> Words.genitive(rng.pick(Words.SURNAMES)) + " " + trade.word() + " AB";
            case 2 -> brand() + " " + trade.word() + " AB";
            case 3 -> brand() + (region == Words.NATIONAL ? rng.chance(0.5) ? " Sverige AB" : " Nordic AB" : " AB");
            case 4 -> rng.pick(Words.SURNAMES) + " " + trade.word() + " i " + rng.pick(region.places()) + " AB";
            case 5 -> rng.pick(Words.QUALITY) + trade.stem() + " i " + rng.pick(region.places()) + " AB";
            case 6 -> partners(trade) + " AB";
            default -> throw new AssertionError(pattern);
        };
    }

    private String partners(Trade trade) {
        String a = rng.pick(Words.SURNAMES);
        String b = rng.pick(Words.SURNAMES);
        while (b.equals(a)) b = rng.pick(Words.SURNAMES);
        return a + " & " + b + " " + trade.word();
    }

    private String association(Region region) {
        return rng.chance(0.5) ? "Stiftelsen " + brand() + "gården"
                : "Föreningen " + rng.pick(region.genitives()) + " " + brand();
    }

    private String publicBody(Region region) {
        return rng.chance(0.5) ? "Kommunalförbundet " + brand() : brand() + " kommunalförbund i " + rng.pick(region.places());
    }

    /** Head and tail never repeat each other ("Bergberg") nor make a triple letter ("Lönnnova"). */
    private String brand() {
        String head = rng.pick(Words.BRAND_HEADS);
        String tail = rng.pick(Words.BRAND_TAILS);
        while (head.toLowerCase(java.util.Locale.ROOT).endsWith(tail) || tripleAtJoin(head, tail))
            tail = rng.pick(Words.BRAND_TAILS);
        return head + tail;
    }

    private static boolean tripleAtJoin(String head, String tail) {
        char last = head.charAt(head.length() - 1);
        return tail.charAt(0) == last && head.length() > 1 && head.charAt(head.length() - 2) == last;
    }
}
