package dev.sipdiag.sip.body.internal;

/**
 * Line and column of byte offsets reported in increasing order, without rescanning the input from its start each
 * time: it continues from the last offset it was asked about (and starts over only for an earlier one). A parser
 * that reports a problem on every line of its largest allowed input thus stays linear.
 *
 * <p>Lines end at LF, as in {@link Locations#lineColumn}. Not thread-safe; one per parse.
 */
public final class LineCounter {

    private final byte[] buf;
    private final int off;
    private int pos;
    private int line = 1;
    private int lineStart;

    /**
     * @param buf the buffer
     * @param off start of the parsed range; line 1 starts here
     */
    public LineCounter(byte[] buf, int off) {
        this.buf = buf;
        this.off = off;
        this.pos = off;
        this.lineStart = off;
    }

    /**
     * Line and column of {@code target}, both 1-based.
     *
     * @param target absolute index into the buffer, {@code >= off}
     * @return {@code {line, column}}
     */
    public int[] locate(int target) {
        if (target < pos) {
            pos = off;
            line = 1;
            lineStart = off;
        }
        for (; pos < target && pos < buf.length; pos++) {
            if (buf[pos] == '\n') {
                line++;
                lineStart = pos + 1;
            }
        }
        return new int[] {line, target - lineStart + 1};
    }
}
