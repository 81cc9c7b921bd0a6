package se.openup.loader.procurement;

import java.util.Locale;
import java.util.Map;

/**
 * The Swedish terms of the procurement statistics (the procedures and categories of LOU/LUF/LUK/LUFS as
 * Upphandlingsmyndigheten names them) and the OCDS codes they correspond to. The Swedish text is always kept
 * beside the code (ocds:procurementMethodDetails), so a coarse code never hides what the publisher said.
 */
final class Codelists {
    private Codelists() {}

    /**
     * OCDS method codelist (open, selective, limited, direct), mapped the way OCDS maps EU procedures: procedures
     * any supplier may answer are open; those where the buyer selects who may tender (restricted, negotiated with
     * prior publication, competitive dialogue, the below-threshold selection procedure) are selective.
     * "Annat förfarande" (other) has no code.
     */
    private static final Map<String, String> METHODS = Map.of(
            "öppet förfarande", "open",
            "förenklat förfarande", "open",
            "selektivt förfarande", "selective",
            "urvalsförfarande", "selective",
            "förhandlat förfarande med föregående annonsering", "selective",
            "konkurrenspräglad dialog", "selective",
            "inbjudningsförfarande", "selective",
            "förhandlat förfarande utan föregående annonsering", "limited",
            "direktupphandling", "direct");

    /** OCDS procurement-category codelist (goods, services, works). */
    private static final Map<String, String> CATEGORIES = Map.of(
            "varor", "goods",
            "tjänster", "services",
            "byggentreprenader", "works",
            "byggentreprenad", "works");

    /** "Typ av avtal": a framework agreement (ramavtal) or a contract (kontrakt). */
    private static final Map<String, Boolean> FRAMEWORK = Map.of("ramavtal", true, "kontrakt", false);

    /** The OCDS method code, or null when the procedure has none. */
    static String method(String swedish) { return swedish == null ? null : METHODS.get(key(swedish)); }

    /** The OCDS category code, or null for a value outside the three categories (the row is rejected). */
    static String category(String swedish) { return CATEGORIES.get(key(swedish)); }

    /** TRUE for a framework agreement, FALSE for a contract, null for anything else (the row is rejected). */
    static Boolean framework(String swedish) { return FRAMEWORK.get(key(swedish)); }

    private static String key(String s) { return s.strip().toLowerCase(Locale.ROOT); }
}
