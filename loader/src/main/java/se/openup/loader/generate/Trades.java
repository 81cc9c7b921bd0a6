package se.openup.loader.generate;

import static se.openup.loader.generate.Accounts.*;

/** What a synthetic supplier sells: the word in its name, the accounts it is booked on, its typical invoice. */
final class Trades {
    /**
     * @param word      the trade as it appears in a company name ("Norrlands Bygg AB")
     * @param stem      lower-case compound form ("Kvalitetsstäd i Mälardalen AB"), null where it reads badly
     * @param accounts  the accounts its invoices are booked on, most usual first
     * @param medianSek median invoice excluding VAT for an ordinary supplier of the trade
     * @param unit      the unit group that buys it most (Units), or -1
     */
    record Trade(String word, String stem, int[] accounts, int medianSek, int unit) {}

    static final Trade[] ALL = {
        t("Bygg", "bygg", 4_000, Units.COMMUNITY, PROPERTY_REPAIRS, MAINTENANCE),
        t("Städ", "städ", 1_500, -1, CLEANING, CONSUMABLES),
        t("Måleri", "måleri", 2_500, Units.COMMUNITY, MAINTENANCE, PROPERTY_REPAIRS),
        t("Elteknik", null, 2_000, Units.COMMUNITY, MAINTENANCE, PROPERTY_REPAIRS, EQUIPMENT),
        t("VVS", null, 2_000, Units.COMMUNITY, MAINTENANCE, PROPERTY_REPAIRS),
        t("Transport", "transport", 800, -1, TRANSPORT),
        t("Åkeri", "åkeri", 1_500, Units.COMMUNITY, TRANSPORT, MAINTENANCE),
        t("Taxi", "taxi", 200, Units.CARE, TRANSPORT),
        t("Buss", "buss", 12_000, Units.EDUCATION, TRANSPORT),
        t("Konsult", "konsult", 4_000, Units.ADMIN, CONSULTING),
        t("IT", null, 2_500, Units.ADMIN, IT, EQUIPMENT),
        t("Data", "data", 2_000, Units.ADMIN, IT),
        t("Kontorsvaror", "kontor", 300, Units.ADMIN, OFFICE, EQUIPMENT),
        t("Livs", null, 1_200, Units.SERVICE, FOOD),
        t("Catering", "catering", 1_800, Units.EDUCATION, FOOD),
        t("Energi", "energi", 4_000, Units.COMMUNITY, ENERGY),
        t("Omsorg", "omsorg", 15_000, Units.CARE, MAIN_COMPANIES),
        t("Vård", "vård", 12_000, Units.SOCIAL, MAIN_COMPANIES),
        t("Friskola", "skola", 20_000, Units.EDUCATION, MAIN_COMPANIES, TRAINING),
        t("Utbildning", "utbildning", 2_000, -1, TRAINING),
        t("Bemanning", "bemanning", 6_000, Units.CARE, STAFFING),
        t("Fastigheter", null, 15_000, Units.ADMIN, RENT),
        t("Säkerhet", null, 1_500, -1, SECURITY),
        t("Trädgård", "trädgård", 1_500, Units.COMMUNITY, MAINTENANCE),
        t("Mark och Anläggning", "anläggning", 8_000, Units.COMMUNITY, MAINTENANCE, PROPERTY_REPAIRS),
        t("Inredning", "inredning", 1_800, -1, EQUIPMENT),
        t("Möbler", "möbel", 2_500, Units.EDUCATION, EQUIPMENT),
        t("Telekom", null, 1_000, Units.ADMIN, TELECOM),
        t("Tryck", "tryck", 800, Units.ADMIN, OFFICE),
        t("Bil", "bil", 1_500, -1, LEASING, TRANSPORT),
        t("Maskinuthyrning", "maskin", 1_200, Units.COMMUNITY, LEASING),
        t("Återvinning", "återvinning", 2_000, Units.COMMUNITY, WASTE),
        t("Företagshälsa", "hälsa", 1_200, Units.ADMIN, CONSULTING),
        t("Järn", null, 400, Units.COMMUNITY, CONSUMABLES, EQUIPMENT),
        t("Storkök", "kök", 2_000, Units.SERVICE, EQUIPMENT, CONSUMABLES),
        t("Ventilation", "ventilation", 2_500, Units.COMMUNITY, MAINTENANCE),
        t("Glas", "glas", 1_000, Units.COMMUNITY, MAINTENANCE),
        t("Lås", "lås", 800, -1, MAINTENANCE, SECURITY),
        t("Hiss", "hiss", 1_800, Units.COMMUNITY, MAINTENANCE),
        t("Golv", "golv", 3_000, Units.COMMUNITY, PROPERTY_REPAIRS),
        t("Tak", "tak", 4_000, Units.COMMUNITY, PROPERTY_REPAIRS),
        t("Medicinteknik", null, 1_500, Units.CARE, CONSUMABLES, EQUIPMENT),
        t("Hjälpmedel", "hjälpmedel", 1_000, Units.CARE, EQUIPMENT, CONSUMABLES),
        t("Juridik", "juridik", 5_000, Units.ADMIN, CONSULTING),
        t("Revision", "revision", 6_000, Units.ADMIN, CONSULTING),
        t("Arkitekter", "arkitekt", 5_000, Units.COMMUNITY, CONSULTING),
        t("Tvätt", "tvätt", 800, Units.CARE, CLEANING),
    };

    /** Trades of public bodies (kommunalförbund) and associations/foundations, booked as purchases of main activity. */
    static final Trade PUBLIC_BODY = new Trade("Kommunalförbund", null, new int[] {MAIN_PUBLIC}, 25_000, -1);
    static final Trade ASSOCIATION = new Trade("Förening", null, new int[] {MAIN_ASSOCIATIONS, TRAINING}, 3_000,
            Units.CULTURE);

    private Trades() {}

    private static Trade t(String word, String stem, int median, int unit, int... accounts) {
        return new Trade(word, stem, accounts, median, unit);
    }
}
