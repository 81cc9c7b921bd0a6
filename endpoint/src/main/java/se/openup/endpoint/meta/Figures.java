package se.openup.endpoint.meta;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/** Numbers and periods as Swedish readers write them: 68 021 and 450 187 283,39 (a no-break space between groups). */
final class Figures {
    private Figures() { }

    static String count(long n) { return format("#,##0").format(n); }

    static String sek(BigDecimal amount) { return format("#,##0.00").format(amount); }

    /** First day of a period given as gYearMonth ("2016-03") or gYear ("2016"). */
    static String firstDay(String period) {
        return period.length() == 4 ? Year.parse(period).atDay(1).toString() : YearMonth.parse(period).atDay(1).toString();
    }

    static String lastDay(String period) {
        LocalDate last = period.length() == 4 ? Year.parse(period).atMonth(12).atEndOfMonth()
                : YearMonth.parse(period).atEndOfMonth();
        return last.toString();
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }
}
