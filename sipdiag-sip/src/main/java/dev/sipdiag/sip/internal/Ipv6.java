package dev.sipdiag.sip.internal;

/** IPv6address as corrected by RFC 5118 §4.10 (RFC 4291 §2.2 text forms). */
final class Ipv6 {

    private Ipv6() {
    }

    /** Whether {@code s[from, to)} is an IPv6 address: 8 groups, or fewer with one "::", optionally ending in IPv4. */
    static boolean valid(String s, int from, int to) {
        if (to - from < 2 || to - from > 45) {
            return false;
        }
        int groups = 0;
        boolean doubleColon = false;
        int i = from;
        if (s.charAt(i) == ':') {
            if (s.charAt(i + 1) != ':') {
                return false;
            }
            doubleColon = true;
            i += 2;
            if (i == to) {
                return true;
            }
        }
        while (i < to) {
            int gs = i;
            while (i < to && Chars.is(s.charAt(i), Chars.HEX)) {
                i++;
            }
            if (i < to && s.charAt(i) == '.') {
                // Embedded IPv4 in the last 32 bits.
                if (!ipv4(s, gs, to)) {
                    return false;
                }
                groups += 2;
                i = to;
                break;
            }
            int len = i - gs;
            if (len == 0 || len > 4) {
                return false;
            }
            groups++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < to && s.charAt(i) == ':') {
                if (doubleColon) {
                    return false;
                }
                doubleColon = true;
                i++;
                if (i == to) {
                    break;
                }
                if (s.charAt(i) == ':') {
                    return false;
                }
            } else if (i == to) {
                return false;
            }
        }
        return doubleColon ? groups <= 7 : groups == 8;
    }

    static boolean ipv4(String s, int from, int to) {
        int parts = 0;
        int i = from;
        while (i <= to) {
            int ps = i;
            int v = 0;
            while (i < to && Character.isDigit(s.charAt(i)) && i - ps < 3) {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == ps || v > 255) {
                return false;
            }
            parts++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != '.') {
                return false;
            }
            i++;
        }
        return parts == 4;
    }
}
