package se.openup.loader.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import se.openup.loader.export.SpecCsvWriter;
import se.openup.loader.generate.Buyers.Buyer;
import se.openup.loader.generate.SupplierPool.Supplier;

/**
 * Writes one buyer's monthly files, row by row through one 128 KB buffer, so a file of any size
 * streams. Everything random comes from the buyer's own Rng, so buyers can be written in parallel and in any
 * order without changing a byte.
 */
final class BuyerWriter {
    /** The national spec v1.1 columns, as the spec-csv export writes them too. */
    static final String HEADER = String.join(";", SpecCsvWriter.COLUMNS);
    static final double SOLE_TRADER_SHARE = 0.015, CREDIT_SHARE = 0.04, NO_BASIS_SHARE = 0.03, LARGE_SHARE = 0.002;
    /** Some exports give only the month of a posting (YYYY-MM): the loader dates them the 1st, month precision. */
    static final double MONTH_ONLY_SHARE = 0.02;
    /** Spread of invoice amounts around a supplier's median (σ of the log). */
    private static final double SIGMA = 1.0;
    private static final long MAX_ORE = 200_000_000_00L;
    /** Room kept free in the buffer before each invoice: up to three rows, each far below 1 KB. */
    private static final int INVOICE_RESERVE = 4096;
    private static final byte[] HEADER_LINE = Utf8Out.utf8(HEADER + "\r\n");
    private static final byte[] NONE = Utf8Out.utf8("-"), FRAMEWORK = Utf8Out.utf8("ramavtal"),
            PROCURED = Utf8Out.utf8("upphandling"), DIRECT = Utf8Out.utf8("direktupphandling");

    /** What was written for one buyer; amounts in öre so the sums are exact. */
    record Stats(Buyer buyer, int files, long rows, long amountOre, long soleTraderRows, long creditRows) {}

    private final Buyer buyer;
    private final SupplierPool.Choice choice;
    private final int year;
    private final Rng rng;
    private final Units.BuyerUnits units;
    private final boolean fourDigitAccounts, compactIds, diaryStyleContracts;
    private final long contractSalt;
    private final Map<Integer, byte[]> contracts = new HashMap<>();
    private final byte[] rowStart, rowEnd;
    private final int yy;
    private final Utf8Out out = new Utf8Out();
    private final long[] parts = new long[3];
    private final int[] accounts = new int[3];
    private long voucher;
    private long rows, amountOre, soleRows, creditRows;

    BuyerWriter(Buyer buyer, SupplierPool.Choice choice, int year, long seed) {
        this.buyer = buyer;
        this.choice = choice;
        this.year = year;
        long salt = 1_000_000L + Integer.parseInt(buyer.kommunkod());
        this.rng = Rng.derive(seed, salt);
        this.contractSalt = Rng.mix(seed ^ salt);
        // publishers differ: some book on four-digit accounts, some print orgnrs without the dash
        this.fourDigitAccounts = rng.chance(0.3);
        this.compactIds = rng.chance(0.15);
        this.diaryStyleContracts = rng.chance(0.5);
        this.units = Units.forBuyer(rng);
        this.voucher = 1 + rng.nextInt(900);
        this.rowStart = Utf8Out.utf8(buyer.orgnr() + ";" + buyer.name() + ";");
        this.rowEnd = Utf8Out.utf8(";" + buyer.kommunkod() + "\r\n");
        this.yy = year % 100;
    }

    static String fileName(String kommunkod, int year, int month) {
        return "synthetic-" + kommunkod + "-" + year + "-" + (month < 10 ? "0" : "") + month + ".csv";
    }

    Stats write(long[] rowsPerMonth, Path dir) throws IOException {
        int files = 0;
        for (int m = 1; m <= 12; m++) {
            long n = rowsPerMonth[m - 1];
            if (n == 0) continue; // a month without rows gets no file rather than a header-only one
            out.open(Files.newOutputStream(dir.resolve(fileName(buyer.kommunkod(), year, m))));
            try {
                writeMonth(n, days(YearMonth.of(year, m)), Utf8Out.utf8(YearMonth.of(year, m).toString()));
            } finally {
                out.close();
            }
            files++;
        }
        return new Stats(buyer, files, rows, amountOre, soleRows, creditRows);
    }

    private static byte[][] days(YearMonth month) {
        String[] days = Workdays.of(month);
        byte[][] b = new byte[days.length][];
        for (int i = 0; i < days.length; i++) b[i] = Utf8Out.utf8(days[i]);
        return b;
    }

    private void writeMonth(long n, byte[][] days, byte[] monthOnly) throws IOException {
        out.put(HEADER_LINE);
        for (long i = 0; i < n; ) {
            out.flushIfFull(INVOICE_RESERVE);
            int k = postings(n - i);
            boolean sole = rng.chance(SOLE_TRADER_SHARE);
            Supplier s = sole ? choice.soleTrader(rng) : choice.company(rng);
            long total = invoiceTotal(s);
            if (Math.abs(total) < 100L * k) k = 1;
            split(total, k);
            chooseAccounts(s, k);
            // rows are in booking order: the date advances with the row's position in the month
            byte[] date = rng.chance(MONTH_ONLY_SHARE) ? monthOnly : days[(int) (i * days.length / n)];
            voucher += 1 + (rng.chance(0.2) ? rng.nextInt(5) : 0); // other vouchers (salaries…) fill the gaps
            long invoiceNo = 10_000 + rng.nextInt(99_990_000);
            byte[] unit = units.pick(rng, s.trade().unit());
            byte[] basis, contract;
            if (rng.chance(NO_BASIS_SHARE)) {
                basis = NONE;
                contract = NONE;
            } else if (rng.chance(s.procured())) {
                basis = rng.chance(0.65) ? FRAMEWORK : PROCURED;
                contract = contract(s);
            } else {
                basis = DIRECT;
                contract = NONE;
            }
            for (int p = 0; p < k; p++) {
                row(s, p, date, unit, invoiceNo, basis, contract);
                amountOre += parts[p];
                if (parts[p] < 0) creditRows++;
                if (sole) soleRows++;
            }
            rows += k;
            i += k;
        }
    }

    private void row(Supplier s, int p, byte[] date, byte[] unit, long invoiceNo, byte[] basis,
                     byte[] contract) {
        int a = accounts[p];
        out.put(rowStart).putPadded(yy, 2).putPadded(voucher, 7).put(';')
                .put(s.nameUtf8()).put(';').put(compactIds ? s.compactIdUtf8() : s.idUtf8()).put(';')
                .put(Accounts.codeUtf8(a, fourDigitAccounts)).put(';').put(Accounts.textUtf8(a)).put(';')
                .putOre(parts[p]).put(';').put(date).put(';').put(unit).put(';').putLong(invoiceNo).put(';')
                .put(basis).put(';').put(contract).put(rowEnd);
    }

    /** One invoice is booked on 1–3 accounts (72 % / 20 % / 8 %), never beyond the month's remaining rows. */
    private int postings(long remaining) {
        double r = rng.nextDouble();
        int k = r < 0.72 ? 1 : r < 0.92 ? 2 : 3;
        return (int) Math.min(k, remaining);
    }

    /** Log-normal around the supplier's median, a few very large ones, ~4 % credit notes (negative). */
    private long invoiceTotal(Supplier s) {
        double a = s.medianOre() * StrictMath.exp(SIGMA * rng.nextGaussian());
        if (rng.chance(LARGE_SHARE)) a *= 10 + 90 * rng.nextDouble();
        long ore = Math.max(100, Math.min(MAX_ORE, Math.round(a)));
        if (rng.chance(CREDIT_SHARE)) return -Math.max(100, Math.round(ore * (0.1 + 0.9 * rng.nextDouble())));
        return ore;
    }

    /** Splits total into k non-zero parts, the first the largest share; the last takes the rounding rest. */
    private void split(long total, int k) {
        long rest = total;
        for (int p = 0; p < k - 1; p++) {
            double share = p == 0 ? 0.5 + 0.4 * rng.nextDouble() : 0.3 + 0.4 * rng.nextDouble();
            parts[p] = Math.round(rest * share);
            rest -= parts[p];
        }
        parts[k - 1] = rest;
    }

    /** Distinct accounts: the trade's usual one first (mostly), then its others or a generic extra. */
    private void chooseAccounts(Supplier s, int k) {
        int[] own = s.trade().accounts();
        accounts[0] = rng.chance(0.7) ? own[0] : own[rng.nextInt(own.length)];
        for (int p = 1; p < k; p++) {
            int a;
            do {
                a = rng.chance(0.6) ? own[rng.nextInt(own.length)] : Accounts.EXTRA[rng.nextInt(Accounts.EXTRA.length)];
            } while (used(a, p));
            accounts[p] = a;
        }
    }

    private boolean used(int a, int upTo) {
        for (int i = 0; i < upTo; i++) if (accounts[i] == a) return true;
        return false;
    }

    /** One agreement reference per buyer–supplier pair, in the buyer's style ("AVT-2021-0345" or "KS 2021/345"). */
    private byte[] contract(Supplier s) {
        int key = s.soleTrader() ? -1 - s.index() : s.index();
        return contracts.computeIfAbsent(key, x -> {
            long h = Rng.mix(contractSalt + x);
            int signed = year - 1 - (int) Long.remainderUnsigned(h, 4);
            int number = (int) Long.remainderUnsigned(h >>> 8, 9_999) + 1;
            String pad = number < 10 ? "000" : number < 100 ? "00" : number < 1000 ? "0" : "";
            return Utf8Out.utf8(diaryStyleContracts ? "KS " + signed + "/" + number : "AVT-" + signed + "-" + pad + number);
        });
    }
}
