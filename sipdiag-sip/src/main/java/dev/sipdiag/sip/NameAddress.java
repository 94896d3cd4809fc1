package dev.sipdiag.sip;

/**
 * A name-addr or addr-spec with its header parameters (RFC 3261 §20.10, §25.1): the value of From, To,
 * Contact, Route, Record-Route, P-Asserted-Identity, Diversion and History-Info.
 *
 * @param displayName the display name, unquoted and unescaped (UTF-8), or null when there is none
 * @param uri         the URI
 * @param bracketed   whether the URI was enclosed in {@code <>} (name-addr form)
 * @param params      the header parameters after the URI (for addr-spec form, everything after the URI)
 */
public record NameAddress(String displayName, Uri uri, boolean bracketed, Parameters params) {

    /** The {@code tag} parameter (From/To, RFC 3261 §19.3), or null. */
    public String tag() {
        return params.get("tag");
    }

    /**
     * The Contact {@code expires} parameter in seconds (RFC 3261 §20.10), -1 when absent or not a number;
     * values above 2^32-1 are read as 2^32-1.
     */
    public long expires() {
        String e = params.get("expires");
        if (e == null || e.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = Math.min(v * 10 + (c - '0'), 0xFFFFFFFFL);
        }
        return v;
    }

    /** The Contact {@code q} parameter (0 to 1), or NaN when absent or not a qvalue. */
    public double q() {
        String q = params.get("q");
        if (q == null) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(q);
            return d >= 0 && d <= 1 ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
