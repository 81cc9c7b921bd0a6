package se.openup.endpoint.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.openup.endpoint.bench.PeerBenchmark.Asked;
import se.openup.endpoint.bench.PeerBenchmark.Result;
import se.openup.endpoint.bench.PeerBenchmark.Timing;

/**
 * Query time against payments, log–log, as a small hand-written SVG (a few lines and labels: a chart library would
 * be a larger dependency than the drawing). One line per question and system; colour says the system.
 */
public final class LatencyPlot {
    private static final int W = 720, H = 440, LEFT = 70, RIGHT = 200, TOP = 30, BOTTOM = 50;
    private record Series(String name, String colour, String dash, Function<Asked, Timing> timing) {}
    private static final List<Series> SERIES = List.of(
            new Series("Virtuoso, raw SPARQL", "#c0392b", "", Asked::virtuoso),
            new Series("Jena/Fuseki (ours), raw SPARQL", "#2c6fbb", "", Asked::ours),
            new Series("saved query, our API", "#1e8449", "6,3", Asked::saved));

    private LatencyPlot() {}

    public static String svg(List<Result> results) {
        List<Result> rs = new ArrayList<>(results);
        rs.sort(Comparator.comparingLong(Result::payments));
        double xMin = Math.log10(rs.get(0).payments()), xMax = Math.log10(rs.get(rs.size() - 1).payments());
        if (xMax - xMin < 0.5) { xMin -= 0.25; xMax += 0.25; }
        double yMin = Double.MAX_VALUE, yMax = -Double.MAX_VALUE;
        for (Result r : rs) for (Asked a : r.asked()) for (Series s : SERIES) {
            Timing t = s.timing().apply(a);
            if (t.ok()) { yMin = Math.min(yMin, Math.log10(t.median())); yMax = Math.max(yMax, Math.log10(t.median())); }
        }
        yMin = Math.floor(yMin); yMax = Math.max(Math.ceil(yMax), yMin + 1);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", W, H));
        s.append(text(LEFT, 18, "Warm median query time against payments (log–log)", "start"));
        for (int e = (int) yMin; e <= yMax; e++) {
            double y = y(e, yMin, yMax);
            s.append(line(LEFT, y, W - RIGHT, y, "#ddd", "")).append(text(LEFT - 6, y + 4, label(Math.pow(10, e)) + " ms", "end"));
        }
        for (Result r : rs) {
            double x = x(Math.log10(r.payments()), xMin, xMax);
            s.append(line(x, TOP, x, H - BOTTOM, "#eee", "")).append(text(x, H - BOTTOM + 16, String.format(Locale.ROOT, "%,d", r.payments()), "middle"));
        }
        s.append(text((LEFT + W - RIGHT) / 2.0, H - 12, "payments in the store", "middle"));
        for (Series series : SERIES) {
            for (int q = 0; q < rs.get(0).asked().size(); q++) {
                List<String> points = new ArrayList<>();
                for (Result r : rs) {
                    if (q >= r.asked().size()) continue;
                    Timing t = series.timing().apply(r.asked().get(q));
                    if (!t.ok()) continue;
                    points.add(String.format(Locale.ROOT, "%.1f,%.1f", x(Math.log10(r.payments()), xMin, xMax), y(Math.log10(t.median()), yMin, yMax)));
                }
                if (points.isEmpty()) continue;
                s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s points=\"%s\"><title>%s: %s</title></polyline>%n",
                        series.colour(), series.dash().isEmpty() ? "" : " stroke-dasharray=\"" + series.dash() + "\"",
                        String.join(" ", points), series.name(), rs.get(0).asked().get(q).question().id()));
                for (String p : points) {
                    String[] xy = p.split(",");
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"2.5\" fill=\"%s\"/>%n", xy[0], xy[1], series.colour()));
                }
            }
        }
        int ly = TOP + 10;
        for (Series series : SERIES) {
            s.append(line(W - RIGHT + 15, ly, W - RIGHT + 40, ly, series.colour(), series.dash())).append(text(W - RIGHT + 45, ly + 4, series.name(), "start"));
            ly += 20;
        }
        s.append(text(W - RIGHT + 15, ly + 4, "one line per question", "start"));
        return s.append("</svg>\n").toString();
    }

    private static double x(double v, double min, double max) { return LEFT + (v - min) / (max - min) * (W - LEFT - RIGHT); }

    private static double y(double v, double min, double max) { return H - BOTTOM - (v - min) / (max - min) * (H - TOP - BOTTOM); }

    private static String label(double ms) { return ms >= 1 ? String.format(Locale.ROOT, "%,.0f", ms) : String.format(Locale.ROOT, "%.1f", ms); }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n", x1, y1, x2, y2, colour,
                dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    /** Labels are the plot's own words and numbers, never data values, but escaped all the same. */
    private static String text(double x, double y, String t, String anchor) {
        String escaped = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", x, y, anchor, escaped);
    }
}
