package se.openup.loader.generate;

import java.util.Map;

/** Word lists for synthetic names, written for this generator (common Swedish surnames, regions, word stems). */
final class Words {
    /** Region words for a county (lan_kod): genitive forms ("Norrlands Bygg AB") and places ("… i Norrland AB"). */
    record Region(String[] genitives, String[] places) {}

    static final Region NATIONAL = r(g("Svenska", "Nordiska", "Skandinaviska", "Rikstäckande"), g("Sverige", "Norden"));

    static final Map<String, Region> BY_COUNTY = Map.ofEntries(
        Map.entry("01", r(g("Stockholms", "Roslagens", "Södertörns"), g("Stockholm", "Roslagen", "Mälardalen"))),
        Map.entry("03", r(g("Upplands", "Uppsala"), g("Uppland", "Mälardalen"))),
        Map.entry("04", r(g("Sörmlands", "Södermanlands"), g("Sörmland", "Mälardalen"))),
        Map.entry("05", r(g("Östgöta", "Vätterns"), g("Östergötland"))),
        Map.entry("06", r(g("Smålands", "Höglandets", "Vätterns"), g("Småland", "Jönköping"))),
        Map.entry("07", r(g("Smålands", "Kronobergs"), g("Småland", "Kronoberg"))),
        Map.entry("08", r(g("Kalmar", "Ölands", "Smålands"), g("Kalmar län", "Småland"))),
        Map.entry("09", r(g("Gotlands"), g("Gotland"))),
        Map.entry("10", r(g("Blekinge"), g("Blekinge"))),
        Map.entry("12", r(g("Skånska", "Skånes", "Österlens"), g("Skåne", "Syd"))),
        Map.entry("13", r(g("Hallands", "Västkustens"), g("Halland"))),
        Map.entry("14", r(g("Västgöta", "Bohusläns", "Västkustens", "Göta"), g("Väst", "Västsverige", "Bohuslän"))),
        Map.entry("17", r(g("Värmlands", "Klarälvens"), g("Värmland"))),
        Map.entry("18", r(g("Bergslagens", "Närkes"), g("Närke", "Bergslagen"))),
        Map.entry("19", r(g("Västmanlands", "Bergslagens", "Mälardalens"), g("Västmanland", "Mälardalen"))),
        Map.entry("20", r(g("Dala", "Siljans"), g("Dalarna"))),
        Map.entry("21", r(g("Hälsinge", "Gästrike"), g("Gävleborg", "Hälsingland"))),
        Map.entry("22", r(g("Ångermanlands", "Medelpads", "Höga Kustens"), g("Västernorrland", "Norrland"))),
        Map.entry("23", r(g("Jämtlands", "Fjällens"), g("Jämtland", "Norrland"))),
        Map.entry("24", r(g("Västerbottens", "Norrlands"), g("Västerbotten", "Norrland"))),
        Map.entry("25", r(g("Norrbottens", "Tornedalens", "Lapplands"), g("Norrbotten", "Norrland"))));

    /** Prefixes that compound with a trade stem: "Kvalitets" + "städ". */
    static final String[] QUALITY = g("Kvalitets", "Proffs", "Snabb", "Miljö", "Trygg", "Smart", "Prima", "Topp",
            "Total", "Expert", "Flex", "Eko");

    static final String[] SURNAMES = g("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
            "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg",
            "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
            "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund",
            "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström", "Samuelsson",
            "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg",
            "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Viklund", "Björklund",
            "Eliasson", "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson",
            "Ekström", "Holmgren", "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk",
            "Martinsson", "Öberg", "Andreasson", "Strömberg", "Månsson", "Åkesson", "Dahl", "Lindholm", "Norberg",
            "Holmqvist");

    static final String[] FIRST_NAMES = g("Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma",
            "Ingrid", "Malin", "Johanna", "Elin", "Linda", "Sofia", "Åsa", "Helena", "Lisa", "Camilla", "Ida", "Hanna",
            "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Jan", "Thomas", "Daniel", "Fredrik",
            "Hans", "Magnus", "Mats", "Jonas", "Stefan", "Marcus", "Andreas", "Mattias");

    /** Invented brand names are a prefix and a suffix: "Norvik", "Bergtec", "Solmark". */
    static final String[] BRAND_HEADS = g("Nor", "Berg", "Sol", "Vik", "Ek", "Lind", "Alm", "Stor", "Fjäll", "Havs",
            "Skog", "Sten", "Kust", "Älv", "Dal", "Ljus", "Ny", "Väst", "Öst", "Syd", "Tall", "Gran", "Björk", "Lönn",
            "Ask", "Myr", "Hed", "Ström", "Sjö", "Norr");
    static final String[] BRAND_TAILS = g("vik", "tec", "lund", "gård", "berg", "dal", "tek", "ia", "ex", "ona",
            "ica", "kraft", "linje", "bo", "mark", "ström", "hall", "form", "plan", "nova", "log", "vent", "tor",
            "ium", "sand");

    private Words() {}

    static Region region(String lanKod) { return lanKod == null ? NATIONAL : BY_COUNTY.getOrDefault(lanKod, NATIONAL); }

    /** Swedish genitive: "Lindqvist" → "Lindqvists", "Lars" → "Lars". */
    static String genitive(String name) {
        char last = name.charAt(name.length() - 1);
        return last == 's' || last == 'x' || last == 'z' ? name : name + 's';
    }

    private static Region r(String[] genitives, String[] places) { return new Region(genitives, places); }

    private static String[] g(String... words) { return words; }
}
