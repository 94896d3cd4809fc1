package dev.sipdiag.analysis.diagnosis;

/**
 * Address facts the NAT and SIP-ALG rules need: the host of a URI or sent-by, and whether an IP literal is
 * private (RFC 1918), shared NAT space (RFC 6598), link-local (RFC 3927, RFC 4291 §2.5.6) or a unique local
 * IPv6 address (RFC 4193). Host names are neither.
 */
final class Addresses {
    private Addresses() {
    }

    /**
     * The host of "sip:user@host:port;params", "host:port" or "[v6]:port"; null when there is none. Works on
     * indexes and cuts once: it runs for the Via and Contact of every message.
     */
    static String host(String text) {
        if (text == null) {
            return null;
        }
        int b = 0;
        int e = text.length();
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (b == e) {
            return null;
        }
        int colon = text.indexOf(':', b);
        if (colon > b && colon - b <= 4 && colon < e && isUriScheme(text, b, colon - b)) {
            b = colon + 1;
        }
        int at = text.lastIndexOf('@', e - 1);
        if (at >= b) {
            b = at + 1;
        }
        if (b < e && text.charAt(b) == '[') {
            int close = text.indexOf(']', b);
            return close > b && close < e ? text.substring(b + 1, close) : null;
        }
        int end = b;
        while (end < e) {
            char c = text.charAt(end);
            if (c == ':' || c == ';' || c == '>' || c == '?') {
                break;
            }
            end++;
        }
        return end == b ? null : text.substring(b, end);
    }

    private static boolean isUriScheme(String s, int from, int length) {
        return (length == 3 && (s.regionMatches(true, from, "sip", 0, 3) || s.regionMatches(true, from, "tel", 0, 3)))
                || length == 4 && s.regionMatches(true, from, "sips", 0, 4);
    }

    /** Whether an address is private, shared, link-local or unique-local: never valid across the internet. */
    static boolean isPrivate(String address) {
        if (address == null) {
            return false;
        }
        if (address.indexOf(':') >= 0) {
            String a = address.toLowerCase(java.util.Locale.ROOT);
            return a.startsWith("fe8") || a.startsWith("fe9") || a.startsWith("fea") || a.startsWith("feb")
                    || a.startsWith("fc") || a.startsWith("fd");
        }
        char c = address.isEmpty() ? ' ' : address.charAt(0);
        if (c != '1' || address.startsWith("127.")) {
            return false; // every private, shared and link-local IPv4 range starts with 1 (10, 100, 169, 172, 192)
        }
        int[] o = ipv4(address);
        if (o == null) {
            return false;
        }
        return o[0] == 10 || o[0] == 172 && o[1] >= 16 && o[1] <= 31 || o[0] == 192 && o[1] == 168
                || o[0] == 100 && o[1] >= 64 && o[1] <= 127 || o[0] == 169 && o[1] == 254;
    }

    /** Whether the text is an IPv4 or IPv6 literal (not a host name). */
    static boolean isLiteral(String address) {
        return address != null && (address.indexOf(':') >= 0 || ipv4(address) != null);
    }

    /** Whether an IP literal is loopback, where NAT cannot happen. */
    static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || "::1".equals(address));
    }

    /** The four octets of a dotted-quad IPv4 literal, or null. Runs for every address of every message: no regex. */
    private static int[] ipv4(String s) {
        int[] o = new int[4];
        int part = 0;
        int digits = 0;
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return null;
                }
                value = value * 10 + (c - '0');
            } else if (c == '.' && digits > 0 && part < 3) {
                if (value > 255) {
                    return null;
                }
                o[part++] = value;
                digits = 0;
                value = 0;
            } else {
                return null;
            }
        }
        if (part != 3 || digits == 0 || value > 255) {
            return null;
        }
        o[3] = value;
        return o;
    }
}
