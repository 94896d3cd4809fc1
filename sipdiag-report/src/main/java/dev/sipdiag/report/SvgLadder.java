package dev.sipdiag.report;

import java.util.Locale;

/**
 * Draws a {@link Ladder} as inline SVG for the HTML report: a column per endpoint headed by its host:port and
 * software, a row per message with its relative time, the arrow, and its label. Each message is a focusable
 * {@code <g data-msg="index">}; the report's script shows its raw text on click or Enter. Retransmissions are
 * dashed and say so in their tooltip. Colours come from CSS classes ({@code req}, {@code s1} to {@code s6}),
 * so the page's stylesheet (and its print rules) decide them; no inline style is used, which the report's
 * Content-Security-Policy would block anyway.
 */
final class SvgLadder {
    /** Horizontal room per endpoint, in px. */
    static final int COLUMN_WIDTH = 190;
    /** Width of the time column on the left, in px. */
    static final int TIME_WIDTH = 64;
    /** Height of the header (endpoint and software), in px. */
    static final int HEADER_HEIGHT = 48;
    /** Vertical room per message, in px. */
    static final int ROW_HEIGHT = 26;
    /** Characters of a header text shown (the tooltip has it all). */
    static final int HEADER_CHARS = 26;
    /** Average width of a label character at the chart's font size, in px, to cut labels that would overflow. */
    static final double CHAR_WIDTH = 6.6;

    private SvgLadder() {
    }

    /**
     * The SVG element; {@code title} labels it for screen readers; messages in {@code cited} (evidence of a
     * finding) get the class {@code cited} and a marker beside their time.
     */
    static String render(Ladder ladder, String title, String retransmissionWord, java.util.Set<Integer> cited) {
        int n = Math.max(1, ladder.columns().size());
        int width = TIME_WIDTH + n * COLUMN_WIDTH;
        int height = HEADER_HEIGHT + 16 + ladder.arrows().size() * ROW_HEIGHT;
        StringBuilder sb = new StringBuilder(512 + ladder.arrows().size() * 400);
        sb.append(String.format(Locale.ROOT,
                "<svg class=\"ladder-svg\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" role=\"group\" aria-label=\"%s\">", width, height, width, height,
                Html.text(title)));
        for (int i = 0; i < ladder.columns().size(); i++) {
            Ladder.Column c = ladder.columns().get(i);
            int x = x(i);
            sb.append("<g class=\"col\"><title>").append(Html.text(c.endpoint()))
                    .append(c.agent() == null ? "" : "\n" + Html.text(c.agent())).append("</title>");
            sb.append(String.format(Locale.ROOT, "<text class=\"ep\" x=\"%d\" y=\"16\">", x))
                    .append(Html.text(Html.cut(c.endpoint(), HEADER_CHARS))).append("</text>");
            if (c.agent() != null) {
                sb.append(String.format(Locale.ROOT, "<text class=\"agent\" x=\"%d\" y=\"32\">", x))
                        .append(Html.text(Html.cut(c.agent(), HEADER_CHARS))).append("</text>");
            }
            sb.append(String.format(Locale.ROOT, "<line class=\"life\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>",
                    x, HEADER_HEIGHT - 8, x, height - 4));
        }
        int row = 0;
        for (Ladder.Arrow a : ladder.arrows()) {
            arrow(sb, a, HEADER_HEIGHT + 12 + row * ROW_HEIGHT, width, retransmissionWord, cited.contains(a.message()));
            row++;
        }
        return sb.append("</svg>").toString();
    }

    private static int x(int column) {
        return TIME_WIDTH + COLUMN_WIDTH / 2 + column * COLUMN_WIDTH;
    }

    private static void arrow(StringBuilder sb, Ladder.Arrow a, int y, int width, String retransmissionWord,
                              boolean cited) {
        String cls = a.request() ? "req" : "s" + Math.max(1, Math.min(6, a.status() / 100));
        String label = a.label() + (a.sdp() ? " (SDP)" : "");
        String tip = label + (a.retransmission() ? " — " + retransmissionWord : "") + " · #" + a.message();
        sb.append("<g class=\"msg ").append(cls).append(a.retransmission() ? " retx" : "").append(cited ? " cited" : "")
                .append("\" data-msg=\"").append(a.message()).append("\" tabindex=\"0\" role=\"button\" aria-label=\"")
                .append(Html.text(tip)).append("\"><title>").append(Html.text(tip)).append("</title>");
        sb.append(String.format(Locale.ROOT, "<rect class=\"hit\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/>",
                y - ROW_HEIGHT + 8, width, ROW_HEIGHT));
        sb.append(String.format(Locale.ROOT, "<text class=\"time\" x=\"4\" y=\"%d\">", y + 4))
                .append(Html.text(Ladder.relativeTime(a.relativeNanos()))).append("</text>");
        if (cited) {
            sb.append(String.format(Locale.ROOT, "<circle class=\"mark\" cx=\"%d\" cy=\"%d\" r=\"4\"/>",
                    TIME_WIDTH - 6, y));
        }
        int x1 = x(a.from());
        int x2 = x(a.to());
        if (x1 == x2) {
            sb.append(String.format(Locale.ROOT,
                    "<path class=\"line\" d=\"M%d %d h28 v8 h-24\"/><polygon class=\"head\" points=\"%d,%d %d,%d %d,%d\"/>",
                    x1, y - 4, x1, y + 4, x1 + 7, y, x1 + 7, y + 8));
            sb.append(String.format(Locale.ROOT, "<text class=\"label self\" x=\"%d\" y=\"%d\">", x1 + 34, y + 2))
                    .append(Html.text(Html.cut(label, (int) ((COLUMN_WIDTH - 40) / CHAR_WIDTH)))).append("</text></g>");
            return;
        }
        int dir = x2 > x1 ? 1 : -1;
        sb.append(String.format(Locale.ROOT, "<line class=\"line\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
                x1, y, x2 - dir * 8, y));
        sb.append(String.format(Locale.ROOT, "<polygon class=\"head\" points=\"%d,%d %d,%d %d,%d\"/>",
                x2, y, x2 - dir * 9, y - 4, x2 - dir * 9, y + 4));
        int span = Math.abs(x2 - x1) - 12;
        sb.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\">", (x1 + x2) / 2, y - 5))
                .append(Html.text(Html.cut(label, (int) (span / CHAR_WIDTH)))).append("</text></g>");
    }
}
