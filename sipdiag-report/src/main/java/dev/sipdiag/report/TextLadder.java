package dev.sipdiag.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Ladder} as lines of text for a terminal or a Markdown code block: a time column, then a
 * lifeline per endpoint and an arrow per message with its label centred on it. Unicode box drawing by default,
 * plain ASCII on request; ANSI colour only when asked (the CLI asks only on a TTY).
 *
 * <p>Every label from the wire goes through {@link #printable}, so a hostile reason phrase cannot move the
 * cursor or recolour the terminal.
 *
 * @param width  the widest line wanted, in characters; at least {@link #MIN_WIDTH}
 * @param ascii  plain ASCII instead of box drawing
 * @param colour ANSI colours (requests cyan, 1xx dim, 2xx green, 3xx yellow, failures red)
 */
public record TextLadder(int width, boolean ascii, boolean colour) {
    /** Narrowest layout accepted; below it labels would vanish. */
    public static final int MIN_WIDTH = 40;
    /** Width used when none is given. */
    public static final int DEFAULT_WIDTH = 100;
    /**
     * Fewest characters between two lifelines, so a short label still fits; with more endpoints than
     * {@code width / MIN_SPACING} the lines grow wider than asked.
     */
    static final int MIN_SPACING = 14;

    private static final String RESET = "\u001b[0m";

    public TextLadder {
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ", got " + width);
        }
    }

    /** The glyphs of one drawing style. */
    private record Glyphs(char life, char line, char dashed, char right, char left, char cross, String self,
                          String ellipsis) {
    }

    private static final Glyphs UNICODE = new Glyphs('│', '─', '┄', '▶', '◀', '┼', "⟲", "…");
    private static final Glyphs ASCII = new Glyphs('|', '-', '.', '>', '<', '+', "@", "~");

    /** The diagram, one string per line, without line ends. */
    public List<String> render(Ladder ladder) {
        Glyphs g = ascii ? ASCII : UNICODE;
        List<String> out = new ArrayList<>();
        int n = ladder.columns().size();
        if (n == 0) {
            return out;
        }
        int timeWidth = 1;
        for (Ladder.Arrow a : ladder.arrows()) {
            timeWidth = Math.max(timeWidth, Ladder.relativeTime(a.relativeNanos()).length());
        }
        timeWidth += 1;
        // Each endpoint owns an equal slot right of the time column; its lifeline runs down the slot's middle,
        // so its header text, cut to the slot, never runs into the next one.
        int spacing = Math.max(MIN_SPACING, (width - timeWidth) / n);
        int[] pos = new int[n];
        for (int i = 0; i < n; i++) {
            pos[i] = timeWidth + spacing / 2 + i * spacing;
        }
        int lineLength = pos[n - 1] + 1;
        int labelRoom = spacing - 1;
        List<String> endpoints = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        for (Ladder.Column c : ladder.columns()) {
            endpoints.add(printable(c.endpoint()));
            agents.add(c.agent() == null ? "" : printable(c.agent()));
        }
        out.add(stripEnd(headerLine(endpoints, pos, labelRoom, g)));
        if (agents.stream().anyMatch(s -> !s.isEmpty())) {
            out.add(stripEnd(headerLine(agents, pos, labelRoom, g)));
        }
        out.add(stripEnd(new String(lifelines(pos, lineLength, g))));
        for (Ladder.Arrow a : ladder.arrows()) {
            out.add(arrow(a, pos, lineLength, timeWidth, g));
        }
        out.add(stripEnd(new String(lifelines(pos, lineLength, g))));
        return out;
    }

    private static char[] lifelines(int[] pos, int length, Glyphs g) {
        char[] row = blank(length);
        for (int p : pos) {
            row[p] = g.life;
        }
        return row;
    }

    private String headerLine(List<String> texts, int[] pos, int room, Glyphs g) {
        StringBuilder sb = new StringBuilder();
        int end = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = cut(texts.get(i), Math.max(1, room), g);
            int start = Math.max(end + (i == 0 ? 0 : 1), Math.min(pos[i] - t.length() / 2, width - t.length()));
            while (sb.length() < start) {
                sb.append(' ');
            }
            sb.append(t);
            end = sb.length();
        }
        return sb.toString();
    }

    private String arrow(Ladder.Arrow a, int[] pos, int length, int timeWidth, Glyphs g) {
        char[] row = lifelines(pos, Math.max(length, width), g);
        String time = Ladder.relativeTime(a.relativeNanos());
        for (int i = 0; i < time.length(); i++) {
            row[timeWidth - 1 - time.length() + i] = time.charAt(i);
        }
        String label = printable(a.label()) + (a.sdp() ? " (SDP)" : "");
        int lo;
        int hi;
        if (a.from() == a.to()) {
            String text = g.self + " " + label;
            int start = pos[a.from()] + 2;
            text = cut(text, Math.max(1, row.length - start), g);
            lo = pos[a.from()] + 1;
            hi = Math.min(row.length, start + text.length());
            put(row, start, text);
        } else {
            lo = Math.min(pos[a.from()], pos[a.to()]);
            hi = Math.max(pos[a.from()], pos[a.to()]);
            char fill = a.retransmission() ? g.dashed : g.line;
            for (int x = lo + 1; x < hi; x++) {
                row[x] = row[x] == g.life ? g.cross : fill;
            }
            if (a.from() < a.to()) {
                row[hi - 1] = g.right;
            } else {
                row[lo + 1] = g.left;
            }
            int room = hi - lo - 5;
            String text = " " + cut(label, Math.max(1, room), g) + " ";
            put(row, lo + (hi - lo - text.length()) / 2 + 1, text);
            lo += 1;
        }
        String line = stripEnd(new String(row));
        if (!colour || hi > line.length()) {
            return line;
        }
        return line.substring(0, lo) + colourOf(a) + line.substring(lo, hi) + RESET + line.substring(hi);
    }

    private static String colourOf(Ladder.Arrow a) {
        if (a.request()) {
            return "\u001b[36m";
        }
        return switch (a.status() / 100) {
            case 1 -> "\u001b[2m";
            case 2 -> "\u001b[32m";
            case 3 -> "\u001b[33m";
            default -> "\u001b[31m";
        };
    }

    private static void put(char[] row, int start, String text) {
        for (int i = 0; i < text.length() && start + i < row.length; i++) {
            if (start + i >= 0) {
                row[start + i] = text.charAt(i);
            }
        }
    }

    private static char[] blank(int length) {
        char[] row = new char[length];
        java.util.Arrays.fill(row, ' ');
        return row;
    }

    private static String cut(String s, int room, Glyphs g) {
        if (s.length() <= room) {
            return s;
        }
        return room <= g.ellipsis.length() ? s.substring(0, room) : s.substring(0, room - g.ellipsis.length()) + g.ellipsis;
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * The text with every control character (C0, DEL, C1, including ESC) shown as U+FFFD, and, for ASCII
     * output, every non-ASCII character as '?', so wire bytes cannot drive the terminal.
     */
    public String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                sb.append(ascii ? '?' : '\uFFFD');
            } else if (ascii && c > 0x7e) {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
