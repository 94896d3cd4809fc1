package dev.sipdiag.sip.internal;

/** hostname / IPv4address checks (RFC 3261 §25.1). */
final class Hosts {

    private Hosts() {
    }

    /**
     * hostname = *( domainlabel "." ) toplabel [ "." ], domainlabel = alphanum / alphanum *( alphanum / "-" )
     * alphanum; an all-numeric dotted quad is read as an IPv4 address.
     */
    static boolean validHostname(String h) {
        if (h.isEmpty()) {
            return false;
        }
        int labelStart = 0;
        for (int i = 0; i <= h.length(); i++) {
            if (i == h.length() || h.charAt(i) == '.') {
                if (i == labelStart) {
                    // An empty label is allowed only as the trailing dot.
                    return i == h.length() && i > 0;
                }
                if (h.charAt(labelStart) == '-' || h.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else {
                char c = h.charAt(i);
                if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }
}
