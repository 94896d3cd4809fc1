package dev.sipdiag.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report's charts as inline SVG, drawn on the server so they print and need no script: horizontal
 * bars for counts (calls by outcome, responses by code) and stacked columns over time with the answer-seizure
 * ratio as a line. Colours come from CSS classes.
 */
final class SvgCharts {
    /** Width of a bar chart, in px. */
    static final int BAR_CHART_WIDTH = 460;
    /** Room for the labels left of the bars, in px. */
    static final int BAR_LABEL_WIDTH = 190;
    /** Height of one bar row, in px. */
    static final int BAR_ROW = 22;
    /** Most time buckets on the time chart; a long capture gets wider buckets, not more. */
    static final int MAX_BUCKETS = 48;
    /** Size of the time chart's plot area, in px. */
    static final int TIME_WIDTH = 560;
    static final int TIME_HEIGHT = 160;

    /** One bar: its label, value and CSS class. */
    record Bar(String label, long value, String cls) {
    }

    private SvgCharts() {
    }

    /** Calls by outcome (counts by outcome id), every outcome that occurs. */
    static String outcomes(Map<String, Integer> byOutcome, Labels l) {
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Integer> e : byOutcome.entrySet()) {
            if (e.getValue() > 0) {
                bars.add(new Bar(l.get("outcome." + e.getKey()), e.getValue(), "o-" + e.getKey()));
            }
        }
        return bars(bars, l.get("section.outcomes"), l);
    }

    /** Responses by status code (every message counted, as tshark's sip,stat does). */
    static String responses(Map<String, Integer> byCode, Labels l) {
        List<Bar> bars = new ArrayList<>();
        byCode.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                bars.add(new Bar(e.getKey(), e.getValue(), "s" + (e.getKey().isEmpty() ? "6" : e.getKey().charAt(0)))));
        return bars(bars, l.get("section.responses"), l);
    }

    static String bars(List<Bar> bars, String title, Labels l) {
        if (bars.isEmpty()) {
            return "<p class=\"empty\">" + Html.text(l.get("chart.none")) + "</p>";
        }
        long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
        int height = bars.size() * BAR_ROW + 4;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\"><title>%s</title>",
                BAR_CHART_WIDTH, height, BAR_CHART_WIDTH, height, Html.text(title), Html.text(title)));
        int room = BAR_CHART_WIDTH - BAR_LABEL_WIDTH - 60;
        int y = 2;
        for (Bar b : bars) {
            int w = (int) Math.max(1, Math.round((double) b.value() / Math.max(1, max) * room));
            sb.append(String.format(Locale.ROOT, "<text class=\"blabel\" x=\"%d\" y=\"%d\">%s</text>",
                    BAR_LABEL_WIDTH - 6, y + 15, Html.text(Html.cut(b.label(), 30))));
            sb.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>",
                    Html.text(b.cls()), BAR_LABEL_WIDTH, y + 3, w, BAR_ROW - 6));
            sb.append(String.format(Locale.ROOT, "<text class=\"bvalue\" x=\"%d\" y=\"%d\">%,d</text>",
                    BAR_LABEL_WIDTH + w + 4, y + 15, b.value()));
            y += BAR_ROW;
        }
        return sb.append("</svg>").toString();
    }

    /**
     * Calls started per time bucket, answered stacked under not answered, and the answer-seizure ratio of each
     * bucket as a line (ITU-T E.411 ASR: answered / attempts).
     */
    static String overTime(CallDigest calls, Labels l) {
        long[] starts = calls.starts();
        int n = calls.startCount();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            first = Math.min(first, starts[i] >> 1);
            last = Math.max(last, starts[i] >> 1);
        }
        if (first == Long.MAX_VALUE) {
            return "<p class=\"empty\">" + Html.text(l.get("chart.none")) + "</p>";
        }
        long span = Math.max(1, last - first + 1);
        int buckets = (int) Math.min(MAX_BUCKETS, Math.max(1, Math.min(calls.listed(), span / 1000 + 1)));
        double bucketMs = (double) span / buckets;
        int[] answered = new int[buckets];
        int[] other = new int[buckets];
        for (int i = 0; i < n; i++) {
            int b = (int) Math.min(buckets - 1, ((starts[i] >> 1) - first) / bucketMs);
            if ((starts[i] & 1) == 1) {
                answered[b]++;
            } else {
                other[b]++;
            }
        }
        int max = 1;
        for (int i = 0; i < buckets; i++) {
            max = Math.max(max, answered[i] + other[i]);
        }
        int left = 40;
        int top = 10;
        int w = TIME_WIDTH;
        int h = TIME_HEIGHT;
        int total = left + w + 50;
        int totalH = top + h + 44;
        String title = l.get("section.overTime");
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\"><title>%s</title>",
                total, totalH, total, totalH, Html.text(title), Html.text(title)));
        sb.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
                left, top + h, left + w, top + h));
        sb.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\">%d</text>", left - 4, top + 8, max));
        sb.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\">0</text>", left - 4, top + h));
        sb.append(String.format(Locale.ROOT, "<text class=\"tick r\" x=\"%d\" y=\"%d\">100%%</text>", left + w + 4, top + 8));
        double bw = (double) w / buckets;
        StringBuilder asr = new StringBuilder();
        for (int i = 0; i < buckets; i++) {
            double x = left + i * bw + 1;
            double ha = (double) answered[i] / max * h;
            double ho = (double) other[i] / max * h;
            String tip = Instant.ofEpochMilli(first + (long) (i * bucketMs)) + ": " + answered[i] + " "
                    + l.get("chart.answered") + ", " + other[i] + " " + l.get("chart.other");
            sb.append("<g><title>").append(Html.text(tip)).append("</title>");
            sb.append(String.format(Locale.ROOT, "<rect class=\"bar o-answered\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\"/>", x, top + h - ha, Math.max(1, bw - 2), ha));
            sb.append(String.format(Locale.ROOT, "<rect class=\"bar o-failed\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\"/></g>", x, top + h - ha - ho, Math.max(1, bw - 2), ho));
            int attempts = answered[i] + other[i];
            if (attempts > 0) {
                double ratio = (double) answered[i] / attempts;
                asr.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + (i + 0.5) * bw, top + h - ratio * h));
            }
        }
        if (!asr.isEmpty()) {
            sb.append("<polyline class=\"asr\" points=\"").append(asr.toString().trim()).append("\"/>");
        }
        sb.append(String.format(Locale.ROOT, "<text class=\"tick l\" x=\"%d\" y=\"%d\">%s</text>", left, top + h + 16,
                Html.text(Instant.ofEpochMilli(first).toString())));
        sb.append(String.format(Locale.ROOT, "<text class=\"tick r2\" x=\"%d\" y=\"%d\">%s</text>", left + w,
                top + h + 16, Html.text(Instant.ofEpochMilli(last).toString())));
        int ly = top + h + 36;
        sb.append(String.format(Locale.ROOT, "<rect class=\"bar o-answered\" x=\"%d\" y=\"%d\" width=\"10\" height=\"10\"/>"
                + "<text class=\"legend\" x=\"%d\" y=\"%d\">%s</text>", left, ly - 9, left + 14, ly, Html.text(l.get("chart.answered"))));
        sb.append(String.format(Locale.ROOT, "<rect class=\"bar o-failed\" x=\"%d\" y=\"%d\" width=\"10\" height=\"10\"/>"
                + "<text class=\"legend\" x=\"%d\" y=\"%d\">%s</text>", left + 140, ly - 9, left + 154, ly, Html.text(l.get("chart.other"))));
        sb.append(String.format(Locale.ROOT, "<line class=\"asr\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                + "<text class=\"legend\" x=\"%d\" y=\"%d\">%s</text>", left + 290, ly - 4, left + 310, ly - 4, left + 316, ly,
                Html.text(l.get("chart.asr"))));
        return sb.append("</svg>").toString();
    }
}
