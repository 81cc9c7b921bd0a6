package se.openup.loader.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.openup.loader.generate.Buyers.Buyer;
import se.openup.loader.generate.Trades.Trade;

/**
 * The national pool of synthetic suppliers shared by all buyers. Sizes follow Zipf's law over the rank (a few
 * suppliers get most rows and, with larger invoices, most money); the top ranks are national, the rest belong to
 * one county and only sell to buyers there. Sole traders (personnummer ids) are a separate, local pool.
 */
final class SupplierPool {
    static final int MIN_SUPPLIERS = 50;
    static final int MAX_SUPPLIERS = 100_000;
    static final int ROWS_PER_SUPPLIER = 25;
    /** Zipf exponent: 0.8 puts a little over half of the rows (and ~80 % of the money) on the top tenth. */
    private static final double ZIPF = 0.8;

    /**
     * @param id          orgnr or personnummer as NNNNNN-NNNN
     * @param lanKod      home county, null for a national supplier
     * @param weight      relative share of a buyer's invoices
     * @param medianOre   the median size of this supplier's invoices, in öre
     * @param procured    probability that an invoice falls under a procured contract (ramavtal/upphandling)
     */
    record Supplier(int index, String name, String id, Trade trade, String lanKod, double weight, double medianOre,
                    double procured, boolean soleTrader, byte[] nameUtf8, byte[] idUtf8, byte[] compactIdUtf8) {
        Supplier {
            for (String s : new String[] {name, id})
                if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)
                    throw new IllegalStateException("value would need CSV quoting: " + s);
        }

        /** The UTF-8 forms are made once here: every row copies them. */
        static Supplier of(int index, String name, String id, Trade trade, String lanKod, double weight,
                           double medianOre, double procured, boolean soleTrader) {
            return new Supplier(index, name, id, trade, lanKod, weight, medianOre, procured, soleTrader,
                    Utf8Out.utf8(name), Utf8Out.utf8(id), Utf8Out.utf8(id.replace("-", "")));
        }
    }

    private final List<Supplier> companies = new ArrayList<>();
    private final List<Supplier> soleTraders = new ArrayList<>();
    private final Map<String, List<Supplier>> localByCounty = new HashMap<>();
    private final Map<String, List<Supplier>> soleByCounty = new HashMap<>();
    private final List<Supplier> national = new ArrayList<>();
    /** Buyers of one county share their choice; made once per county, read by all writer threads. */
    private final Map<String, Choice> choiceByCounty = new HashMap<>();
    private final Map<String, Double> countyShare = new HashMap<>();

    /** Suppliers for rows spread over buyers; sizes from rows, counties weighted by the buyers' population. */
    static SupplierPool build(long rows, List<Buyer> buyers, long seed) {
        return new SupplierPool(supplierCount(rows), buyers, Rng.derive(seed, 2));
    }

    static int supplierCount(long rows) {
        return (int) Math.max(MIN_SUPPLIERS, Math.min(MAX_SUPPLIERS, rows / ROWS_PER_SUPPLIER));
    }

    private SupplierPool(int count, List<Buyer> buyers, Rng rng) {
        Map<String, Long> popByCounty = new LinkedHashMap<>();
        for (Buyer b : buyers) popByCounty.merge(b.lanKod(), b.population(), Long::sum);
        String[] counties = popByCounty.keySet().toArray(String[]::new);
        double[] countyCumulative = cumulative(popByCounty.values().stream().mapToDouble(Long::doubleValue).toArray());
        double totalPopulation = countyCumulative[countyCumulative.length - 1];
        popByCounty.forEach((county, pop) -> countyShare.put(county, pop / totalPopulation));
        CompanyNames names = new CompanyNames(rng);
        SyntheticIds ids = new SyntheticIds(rng);
        int nationalRanks = Math.max(5, count / 25);
        for (int rank = 1; rank <= count; rank++) {
            int group = legalFormGroup(rng);
            Trade trade = group == 2 ? Trades.PUBLIC_BODY : group == 8 ? Trades.ASSOCIATION : rng.pick(Trades.ALL);
            boolean isNational = rank <= nationalRanks || rng.chance(0.02);
            String county = isNational ? null : counties[draw(countyCumulative, rng)];
            // bigger suppliers also send bigger invoices: that, on top of Zipf row counts, concentrates the money
            double sizeBoost = Math.min(3, StrictMath.pow((double) count / rank, 0.1));
            double median = trade.medianSek() * 100.0 * sizeBoost * StrictMath.exp(0.5 * rng.nextGaussian());
            double procured = isNational ? 0.85 : rank <= count / 5 ? 0.5 : 0.2;
            Supplier s = Supplier.of(companies.size(), names.company(group, trade, Words.region(county)),
                    ids.orgnr(group), trade, county, 1 / StrictMath.pow(rank, ZIPF), median, procured, false);
            companies.add(s);
            (isNational ? national : localByCounty.computeIfAbsent(county, k -> new ArrayList<>())).add(s);
        }
        int soleCount = Math.max(20, count / 15);
        for (int i = 0; i < soleCount; i++) {
            Trade trade = rng.pick(Trades.ALL);
            String county = counties[draw(countyCumulative, rng)];
            double median = Math.min(trade.medianSek(), 2_500) * 100.0 * StrictMath.exp(0.5 * rng.nextGaussian());
            Supplier s = Supplier.of(i, names.soleTrader(trade), ids.personnummer(), trade, county, 1, median,
                    0.1, true);
            soleTraders.add(s);
            soleByCounty.computeIfAbsent(county, k -> new ArrayList<>()).add(s);
        }
        for (String county : counties) choiceByCounty.put(county, choiceFor(county));
    }

    /** 5 aktiebolag mostly; some handelsbolag (9), ekonomiska föreningar (7), stiftelser/föreningar (8), public (2). */
    private static int legalFormGroup(Rng rng) {
        double r = rng.nextDouble();
        return r < 0.85 ? 5 : r < 0.89 ? 9 : r < 0.92 ? 7 : r < 0.95 ? 8 : 2;
    }

    List<Supplier> companies() { return companies; }

    List<Supplier> soleTraders() { return soleTraders; }

    /** What one buyer can buy from: every national supplier, the companies of its county, its county's sole traders. */
    Choice forBuyer(Buyer buyer) {
        Choice c = choiceByCounty.get(buyer.lanKod()); // read-only after construction: safe from writer threads
        if (c == null) throw new IllegalArgumentException("buyer " + buyer.kommunkod() + " was not in the pool's counties");
        return c;
    }

    private Choice choiceFor(String lanKod) {
        Supplier[] suppliers = mergeByIndex(national, localByCounty.getOrDefault(lanKod, List.of()));
        double[] weights = new double[suppliers.length];
        // a local supplier sells in one county only; scaling it by 1/(county's share) keeps local firms at about
        // half of each buyer's invoices, as large as the national suppliers' half, whatever the county's size
        double localBoost = 1 / countyShare.getOrDefault(lanKod, 1.0);
        for (int i = 0; i < suppliers.length; i++)
            weights[i] = suppliers[i].weight() * (suppliers[i].lanKod() == null ? 1 : localBoost);
        List<Supplier> sole = soleByCounty.getOrDefault(lanKod, soleTraders);
        return new Choice(suppliers, cumulative(weights), sole.toArray(Supplier[]::new));
    }

    /** Both lists are in rank order already (built rank by rank), so a linear merge keeps the biggest first. */
    private static Supplier[] mergeByIndex(List<Supplier> a, List<Supplier> b) {
        Supplier[] out = new Supplier[a.size() + b.size()];
        int i = 0, j = 0, k = 0;
        while (i < a.size() || j < b.size())
            out[k++] = j == b.size() || (i < a.size() && a.get(i).index() < b.get(j).index()) ? a.get(i++) : b.get(j++);
        return out;
    }

    /** A buyer's suppliers with cumulative weights for sampling by binary search. */
    record Choice(Supplier[] suppliers, double[] cumulative, Supplier[] soleTraders) {
        Supplier company(Rng rng) { return suppliers[draw(cumulative, rng)]; }

        Supplier soleTrader(Rng rng) { return rng.pick(soleTraders); }
    }

    static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) c[i] = sum += weights[i];
        return c;
    }

    /** The index whose cumulative interval holds a uniform draw. */
    static int draw(double[] cumulative, Rng rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
