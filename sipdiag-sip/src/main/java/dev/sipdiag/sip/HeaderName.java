package dev.sipdiag.sip;

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
    /** Known names grouped by length for the hot-path lookup: length, then first byte, then the rest. */
    private static final HeaderName[][] BY_LENGTH = new HeaderName[32][];
    /** Compact forms by lower-case letter. */
    private static final HeaderName[] BY_COMPACT = new HeaderName[128];

    static {
        for (HeaderName h : VALUES) {
            int n = h.lower.length;
            HeaderName[] old = BY_LENGTH[n];
            HeaderName[] grown = old == null ? new HeaderName[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = h;
            BY_LENGTH[n] = grown;
            if (h.compact != 0) {
                BY_COMPACT[h.compact] = h;
            }
        }
    }

    private final String canonical;
    private final char compact;
    private final byte[] lower;

    HeaderName(String canonical, char compact) {
        this.canonical = canonical;
        this.compact = compact;
        this.lower = canonical.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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
        if (len >= BY_LENGTH.length) {
            return null;
        }
        HeaderName[] candidates = BY_LENGTH[len];
        if (candidates == null) {
            return null;
        }
        int first = buf[off] | 0x20; // every known long name starts with a letter
        outer:
        for (HeaderName h : candidates) {
            byte[] l = h.lower;
            if (l[0] != first) {
                continue;
            }
            for (int i = 1; i < len; i++) {
                int b = buf[off + i];
                // ASCII letters fold with | 0x20; '-' and digits are compared as they are.
                if (b != l[i] && ((b | 0x20) != l[i] || l[i] < 'a' || l[i] > 'z')) {
                    continue outer;
                }
            }
            return h;
        }
        return null;
    }

    /** The known header with this name (long or compact form, any case), or null. */
    public static HeaderName lookup(String name) {
        byte[] b = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return lookup(b, 0, b.length);
    }
}
