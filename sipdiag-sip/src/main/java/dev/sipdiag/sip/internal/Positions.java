package dev.sipdiag.sip.internal;

/** Line and column numbers and printable quotes for offsets into a message; used only when reporting. */
public final class Positions {

    private Positions() {
    }

    /**
     * The 1-based line (high 32 bits) and 1-based byte column (low 32 bits) of absolute offset {@code at} in
     * a message starting at {@code start}. Lines end at LF (a CR before it belongs to the line).
     */
    public static long lineColumn(byte[] buf, int start, int at) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < at; i++) {
            if (buf[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return ((long) line << 32) | (at - lineStart + 1);
    }

    /** Up to {@code radius} bytes either side of {@code at}, on one line, with control bytes shown as '·'. */
    public static String quote(byte[] buf, int start, int end, int at, int radius) {
        int from = Math.max(start, at - radius);
        int to = Math.min(end, at + radius);
        StringBuilder sb = new StringBuilder(to - from + 2);
        if (from > start) {
            sb.append('…');
        }
        for (int i = from; i < to; i++) {
            int b = buf[i] & 0xff;
            sb.append(b < 0x20 || b >= 0x7f ? '·' : (char) b);
        }
        if (to < end) {
            sb.append('…');
        }
        return sb.toString();
    }
}
