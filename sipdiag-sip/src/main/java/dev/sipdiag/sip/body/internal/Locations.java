package dev.sipdiag.sip.body.internal;

/**
 * Turns a byte offset into what a person looks for: line, column and a short quote.
 *
 * <p>Computed on demand (only when a problem is reported) so the happy path keeps no line table. A line ends at
 * LF; a CR before it belongs to the line end, a lone CR does not start a new line.
 */
public final class Locations {

    /** The most characters a quote shows; longer lines are cut around the offset. */
    public static final int MAX_QUOTE_LENGTH = 40;

    private Locations() {
    }

    /**
     * Line and column of {@code pos}, both 1-based.
     *
     * @param buf the buffer
     * @param off start of the parsed range
     * @param pos absolute index into {@code buf}, {@code off <= pos}
     * @return {@code {line, column}}
     */
    public static int[] lineColumn(byte[] buf, int off, int pos) {
        int line = 1;
        int lineStart = off;
        for (int i = off; i < pos && i < buf.length; i++) {
            if (buf[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, pos - lineStart + 1};
    }

    /**
     * A short excerpt of the line holding {@code pos}, with bytes outside printable ASCII shown as {@code \xNN}.
     *
     * @param buf the buffer
     * @param off start of the parsed range
     * @param end end (exclusive) of the parsed range
     * @param pos absolute index into {@code buf}
     * @return the excerpt, empty for an empty line
     */
    public static String quote(byte[] buf, int off, int end, int pos) {
        int p = Math.max(off, Math.min(pos, end));
        int start = p;
        while (start > off && buf[start - 1] != '\n') {
            start--;
        }
        int stop = p;
        while (stop < end && buf[stop] != '\n' && buf[stop] != '\r') {
            stop++;
        }
        if (stop - start > MAX_QUOTE_LENGTH) {
            start = Math.max(start, p - MAX_QUOTE_LENGTH / 2);
            stop = Math.min(stop, start + MAX_QUOTE_LENGTH);
        }
        return printable(buf, start, stop);
    }

    /**
     * Bytes {@code [from, to)} as text, printable ASCII as is, everything else as {@code \xNN}.
     *
     * @param buf  the buffer
     * @param from first index
     * @param to   end index, exclusive
     * @return the escaped text
     */
    public static String printable(byte[] buf, int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            int b = buf[i] & 0xff;
            if (b >= 0x20 && b < 0x7f) {
                sb.append((char) b);
            } else {
                sb.append(String.format("\\x%02X", b));
            }
        }
        return sb.toString();
    }
}
