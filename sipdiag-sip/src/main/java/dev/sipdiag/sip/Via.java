package dev.sipdiag.sip;

/**
 * One via-parm (RFC 3261 §20.42, §18.2.2; RFC 3581 for rport).
 *
 * @param protocolName    usually {@code SIP}
 * @param protocolVersion usually {@code 2.0}
 * @param transport       upper case as written, e.g. {@code UDP}, {@code TLS}, {@code WSS}
 * @param host            the sent-by host; an IPv6 reference keeps its brackets
 * @param port            the sent-by port, or -1 when absent
 * @param params          the via-params
 */
public record Via(String protocolName, String protocolVersion, String transport, String host, int port,
                  Parameters params) {

    /** RFC 3261 §8.1.1.7: branches of RFC 3261 transactions start with this magic cookie. */
    public static final String MAGIC_COOKIE = "z9hG4bK";

    /** The {@code branch} parameter, or null. */
    public String branch() {
        return params.get("branch");
    }

    /** Whether the branch starts with the RFC 3261 magic cookie. */
    public boolean hasMagicCookie() {
        String b = branch();
        return b != null && b.startsWith(MAGIC_COOKIE);
    }

    /** The {@code received} parameter, or null. */
    public String received() {
        return params.get("received");
    }

    /** Whether {@code rport} is present, with or without a value (RFC 3581). */
    public boolean hasRport() {
        return params.has("rport");
    }

    /** The {@code rport} value, or -1 when absent, valueless or not a port number. */
    public int rport() {
        return port(params.get("rport"));
    }

    /** The {@code maddr} parameter, or null. */
    public String maddr() {
        return params.get("maddr");
    }

    /** The {@code ttl} parameter (0-255), or -1 when absent or invalid. */
    public int ttl() {
        String t = params.get("ttl");
        int v = port(t);
        return v >= 0 && v <= 255 ? v : -1;
    }

    private static int port(String s) {
        if (s == null || s.isEmpty() || s.length() > 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= 65535 ? v : -1;
    }
}
