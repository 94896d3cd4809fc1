package dev.sipdiag.sip;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * The header fields the parser knows by name, with their compact forms (RFC 3261 §7.3.3 and the RFCs that
 * registered the other single letters). Names match case-insensitively (RFC 3261 §7.3.1); any other name is
 * an extension header, kept as written.
 */
public enum HeaderName {
    VIA("Via", 'v'),
    FROM("From", 'f'),
    TO("To", 't'),
    CALL_ID("Call-ID", 'i'),
    CSEQ("CSeq", (char) 0),
    MAX_FORWARDS("Max-Forwards", (char) 0),
    CONTACT("Contact", 'm'),
    ROUTE("Route", (char) 0),
    RECORD_ROUTE("Record-Route", (char) 0),
    CONTENT_LENGTH("Content-Length", 'l'),
    CONTENT_TYPE("Content-Type", 'c'),
    CONTENT_ENCODING("Content-Encoding", 'e'),
    REASON("Reason", (char) 0),
    WARNING("Warning", (char) 0),
    RETRY_AFTER("Retry-After", (char) 0),
    REQUIRE("Require", (char) 0),
    PROXY_REQUIRE("Proxy-Require", (char) 0),
    SUPPORTED("Supported", 'k'),
    UNSUPPORTED("Unsupported", (char) 0),
    ALLOW("Allow", (char) 0),
    SESSION_EXPIRES("Session-Expires", 'x'),
    MIN_SE("Min-SE", (char) 0),
    MIN_EXPIRES("Min-Expires", (char) 0),
    EXPIRES("Expires", (char) 0),
    USER_AGENT("User-Agent", (char) 0),
    SERVER("Server", (char) 0),
    WWW_AUTHENTICATE("WWW-Authenticate", (char) 0),
    PROXY_AUTHENTICATE("Proxy-Authenticate", (char) 0),
    AUTHORIZATION("Authorization", (char) 0),
    PROXY_AUTHORIZATION("Proxy-Authorization", (char) 0),
    P_ASSERTED_IDENTITY("P-Asserted-Identity", (char) 0),
    DIVERSION("Diversion", (char) 0),
    HISTORY_INFO("History-Info", (char) 0),
    DATE("Date", (char) 0),
    ACCEPT("Accept", (char) 0),
    SUBJECT("Subject", 's'),
    EVENT("Event", 'o'),
    REFER_TO("Refer-To", 'r'),
    ALLOW_EVENTS("Allow-Events", 'u'),
    REFERRED_BY("Referred-By", 'b'),
    ACCEPT_CONTACT("Accept-Contact", 'a'),
    REJECT_CONTACT("Reject-Contact", 'j'),
    REQUEST_DISPOSITION("Request-Disposition", 'd'),
    IDENTITY("Identity", 'y');

    private static final HeaderName[] VALUES = values();
    /** Longest known long form, in bytes ("Proxy-Authorization", "Request-Disposition"). */
    private static final int MAX_LENGTH = 19;
    /**
     * Known long forms in an open-addressing table keyed by length, first and last byte (case folded): one probe
     * finds the only candidate for almost every name, which is then compared eight bytes at a time.
     */
    private static final HeaderName[] TABLE = new HeaderName[128];
    /** Compact forms by lower-case letter. */
    private static final HeaderName[] BY_COMPACT = new HeaderName[128];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        for (HeaderName h : VALUES) {
            int n = h.lower.length;
            int i = slot(n, h.lower[0], h.lower[n - 1]);
            while (TABLE[i] != null) {
                i = (i + 1) & (TABLE.length - 1);
            }
            TABLE[i] = h;
            if (h.compact != 0) {
                BY_COMPACT[h.compact] = h;
            }
        }
    }

    private static int slot(int len, int firstLower, int lastLower) {
        return (len * 37 + firstLower * 11 + lastLower) & (TABLE.length - 1);
    }

    private final String canonical;
    private final char compact;
    private final byte[] lower;
    /** The lower-case name as little-endian words, zero-padded; per word, 0x20 on letters; the bytes in use. */
    private final long[] words;
    private final long[] fold;
    private final long[] used;

    HeaderName(String canonical, char compact) {
        this.canonical = canonical;
        this.compact = compact;
        this.lower = canonical.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int n = (lower.length + 7) / 8;
        words = new long[n];
        fold = new long[n];
        used = new long[n];
        for (int i = 0; i < lower.length; i++) {
            int shift = (i & 7) * 8;
            words[i >> 3] |= (long) (lower[i] & 0xff) << shift;
            used[i >> 3] |= 0xffL << shift;
            if (lower[i] >= 'a' && lower[i] <= 'z') {
                fold[i >> 3] |= 0x20L << shift;
            }
        }
    }

    /** The canonical spelling, e.g. {@code Call-ID}. */
    public String canonical() {
        return canonical;
    }

    /** The compact form letter, or 0 when there is none. */
    public char compact() {
        return compact;
    }

    /**
     * The known header spelled by {@code len} bytes at {@code off} (long or compact form, any case), or null.
     * Does not allocate.
     */
    public static HeaderName lookup(byte[] buf, int off, int len) {
        if (len == 1) {
            int c = buf[off] | 0x20;
            return c < 128 ? BY_COMPACT[c] : null;
        }
        if (len < 2 || len > MAX_LENGTH) {
            return null;
        }
        int first = buf[off] | 0x20;
        int last = buf[off + len - 1] | 0x20;
        for (int i = slot(len, first & 0xff, last & 0xff); ; i = (i + 1) & (TABLE.length - 1)) {
            HeaderName h = TABLE[i];
            if (h == null) {
                return null;
            }
            if (h.lower.length == len && h.matches(buf, off)) {
                return h;
            }
        }
    }

    /**
     * Whether the {@code lower.length} bytes at {@code off} spell this name in any case: each word ORed with 0x20
     * on the letters' places only (so 'A' and 'a' both give 'a', while '-' or a digit must be exact).
     */
    private boolean matches(byte[] buf, int off) {
        for (int k = 0; k < words.length; k++) {
            int at = off + k * 8;
            long w = at + 8 <= buf.length ? (long) LONGS.get(buf, at) : tail(buf, at, off + lower.length);
            if (((w | fold[k]) & used[k]) != words[k]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes at [at, end) as a little-endian word, where fewer than eight remain in the array. */
    private static long tail(byte[] buf, int at, int end) {
        long w = 0;
        for (int i = at; i < end && i < at + 8; i++) {
            w |= (long) (buf[i] & 0xff) << ((i - at) * 8);
        }
        return w;
    }

    /** The known header with this name (long or compact form, any case), or null. */
    public static HeaderName lookup(String name) {
        byte[] b = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return lookup(b, 0, b.length);
    }
}
