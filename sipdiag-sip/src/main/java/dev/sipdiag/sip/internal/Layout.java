package dev.sipdiag.sip.internal;

/**
 * Where everything is in one framed message: absolute offsets into {@link #buf}, filled by
 * {@link MessageScanner} in one pass and read by the public model. Offsets of absent items are -1.
 *
 * <p>Header {@code i} occupies {@code h[i*STRIDE] .. h[i*STRIDE+STRIDE-1]}: line start (= name start), name end,
 * value start, value end (trailing whitespace trimmed; folded line breaks inside), field end (start of the next
 * line), and the {@link dev.sipdiag.sip.HeaderName} ordinal + 1 (0 for an extension header).
 */
public class Layout {

    public static final int STRIDE = 6;
    public static final int LINE_START = 0;
    public static final int NAME_END = 1;
    public static final int VALUE_START = 2;
    public static final int VALUE_END = 3;
    public static final int FIELD_END = 4;
    public static final int KIND = 5;

    /** Only {@link MessageScanner} makes layouts. */
    Layout() {
    }

    public byte[] buf;
    /** First byte of the message (leading CRLFs skipped). */
    public int start;
    /** One past the last byte of the body. */
    public int end;
    public int bodyStart;
    public int bodyEnd;

    public boolean response;
    // request line
    public int methodStart = -1;
    public int methodEnd = -1;
    public int uriStart = -1;
    public int uriEnd = -1;
    // status line
    public int statusCode = -1;
    public int reasonStart = -1;
    public int reasonEnd = -1;
    public int versionStart = -1;
    public int versionEnd = -1;
    public int startLineEnd;

    /** Header offsets, {@link #STRIDE} ints per header; sized by {@link MessageScanner} from the message length. */
    public int[] h;
    public int headerCount;

    // correlation keys, parsed during framing
    public int callIdStart = -1;
    public int callIdEnd = -1;
    public long cseqNumber = -1;
    public int cseqMethodStart = -1;
    public int cseqMethodEnd = -1;
    public int fromTagStart = -1;
    public int fromTagEnd = -1;
    public int toTagStart = -1;
    public int toTagEnd = -1;
    public int branchStart = -1;
    public int branchEnd = -1;
    public int sentByHostStart = -1;
    public int sentByHostEnd = -1;
    public int sentByPort = -1;
    /** The (first) Content-Length value, or -1 when absent or unreadable. */
    public long contentLength = -1;
    public int contentLengthCount;

    public Problems problems;
    /**
     * Typed header values the full check already parsed, by {@link dev.sipdiag.sip.HeaderName} ordinal (a value
     * for single headers, an immutable list for list headers), or null after framing only.
     */
    public Object[] typed;

    void addHeader(int lineStart, int nameEnd, int valueStart, int valueEnd, int fieldEnd, int kind) {
        int base = headerCount * STRIDE;
        if (base + STRIDE > h.length) {
            h = java.util.Arrays.copyOf(h, h.length * 2);
        }
        h[base] = lineStart;
        h[base + 1] = nameEnd;
        h[base + 2] = valueStart;
        h[base + 3] = valueEnd;
        h[base + 4] = fieldEnd;
        h[base + 5] = kind;
        headerCount++;
    }
}
