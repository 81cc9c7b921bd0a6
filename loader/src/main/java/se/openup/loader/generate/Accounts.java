package se.openup.loader.generate;

/**
 * A small chart of accounts in the style of Kommun-Bas (class 4 purchases of main activity, 5 premises, 6
 * consumables, 7 services). Invented for the generator: codes and texts are plausible, not an official chart.
 * All codes are five digits whose first four are distinct, so a buyer that books on four-digit accounts just
 * drops the last digit.
 */
final class Accounts {
    static final int MAIN_COMPANIES = 0, MAIN_PUBLIC = 1, MAIN_ASSOCIATIONS = 2, RENT = 3, PROPERTY_REPAIRS = 4,
            ENERGY = 5, EQUIPMENT = 6, CONSUMABLES = 7, FOOD = 8, OFFICE = 9, IT = 10, TRANSPORT = 11,
            CONSULTING = 12, CLEANING = 13, SECURITY = 14, MAINTENANCE = 15, TRAINING = 16, WASTE = 17,
            TELECOM = 18, LEASING = 19, STAFFING = 20;

    private static final String[][] CHART = {
        {"46110", "Köp av huvudverksamhet från företag"},
        {"46310", "Köp av huvudverksamhet från kommuner och regioner"},
        {"46510", "Köp av huvudverksamhet från föreningar och stiftelser"},
        {"54110", "Lokalhyror"},
        {"55110", "Fastighetsunderhåll och reparationer"},
        {"56110", "El, värme och vatten"},
        {"64110", "Förbrukningsinventarier"},
        {"64410", "Förbrukningsmaterial"},
        {"64610", "Livsmedel"},
        {"64710", "Kontorsmaterial och trycksaker"},
        {"65110", "IT-tjänster och licenser"},
        {"67110", "Transporter och frakter"},
        {"70110", "Konsulttjänster"},
        {"70210", "Städtjänster"},
        {"70310", "Bevakning och säkerhet"},
        {"70410", "Reparation och underhåll av anläggningar"},
        {"70510", "Kurser och utbildning"},
        {"70610", "Avfallshantering"},
        {"70710", "Telefoni och datakommunikation"},
        {"73110", "Leasing av fordon och maskiner"},
        {"70810", "Inhyrd personal"},
    };

    /** Generic second accounts for multi-posting invoices whose trade has only one account. */
    static final int[] EXTRA = {CONSUMABLES, TRANSPORT, EQUIPMENT};

    private Accounts() {}

    static int size() { return CHART.length; }

    static String code(int account, boolean fourDigits) {
        String c = CHART[account][0];
        return fourDigits ? c.substring(0, 4) : c;
    }

    static String text(int account) { return CHART[account][1]; }

    private static final byte[][] CODE5 = new byte[CHART.length][], CODE4 = new byte[CHART.length][],
            TEXT = new byte[CHART.length][];
    static {
        for (int i = 0; i < CHART.length; i++) {
            CODE5[i] = Utf8Out.utf8(code(i, false));
            CODE4[i] = Utf8Out.utf8(code(i, true));
            TEXT[i] = Utf8Out.utf8(text(i));
        }
    }

    static byte[] codeUtf8(int account, boolean fourDigits) { return fourDigits ? CODE4[account] : CODE5[account]; }

    static byte[] textUtf8(int account) { return TEXT[account]; }
}
