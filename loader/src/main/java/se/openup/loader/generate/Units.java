package se.openup.loader.generate;

/**
 * Municipal units (förvaltningar). Each group lists names different municipalities use for the same kind of unit;
 * a buyer takes one name per group, the core groups always and the optional ones by chance.
 */
final class Units {
    static final int ADMIN = 0, EDUCATION = 1, SOCIAL = 2, CARE = 3, COMMUNITY = 4, CULTURE = 5, SERVICE = 6;

    private static final String[][] NAMES = {
        {"Kommunledningsförvaltningen", "Kommunstyrelseförvaltningen", "Kommunledningskontoret"},
        {"Utbildningsförvaltningen", "Barn- och utbildningsförvaltningen", "Förskole- och grundskoleförvaltningen"},
        {"Socialförvaltningen", "Individ- och familjeomsorgsförvaltningen", "Socialtjänsten"},
        {"Vård- och omsorgsförvaltningen", "Omsorgsförvaltningen", "Äldreomsorgsförvaltningen"},
        {"Samhällsbyggnadsförvaltningen", "Tekniska förvaltningen", "Stadsbyggnadsförvaltningen"},
        {"Kultur- och fritidsförvaltningen", "Fritidsförvaltningen"},
        {"Serviceförvaltningen", "Kostförvaltningen"},
        {"Miljöförvaltningen", "Miljö- och hälsoskyddsförvaltningen"},
        {"Arbetsmarknadsförvaltningen"},
        {"Räddningstjänsten"},
    };
    /** Relative share of the invoices each group handles. */
    private static final int[] WEIGHT = {8, 25, 15, 20, 15, 5, 5, 2, 4, 3};
    private static final int CORE = 6;

    private Units() {}

    /** One buyer's units: a name per group (null where the buyer has no such unit) and the cumulative weights. */
    record BuyerUnits(byte[][] names, int[] cumulative) {
        /** A unit (UTF-8) for one invoice; the trade's own group when the buyer has it, 60 % of the time. */
        byte[] pick(Rng rng, int preferredGroup) {
            if (preferredGroup >= 0 && names[preferredGroup] != null && rng.chance(0.6)) return names[preferredGroup];
            int r = rng.nextInt(cumulative[cumulative.length - 1]);
            int g = 0;
            while (cumulative[g] <= r) g++;
            return names[g];
        }
    }

    static BuyerUnits forBuyer(Rng rng) {
        byte[][] names = new byte[NAMES.length][];
        int[] cumulative = new int[NAMES.length];
        int sum = 0;
        for (int g = 0; g < NAMES.length; g++) {
            if (g < CORE || rng.chance(0.6)) {
                names[g] = Utf8Out.utf8(rng.pick(NAMES[g]));
                sum += WEIGHT[g];
            }
            cumulative[g] = sum;
        }
        return new BuyerUnits(names, cumulative);
    }
}
