package dev.sipdiag.capture.hep;

/** Text form of raw IP addresses: IPv4 dotted quad, IPv6 in the canonical form of RFC 5952 §4. */
final class IpText {
    private IpText() {
    }

    /** The address in buf[off, off+len), len 4 or 16. */
    static String format(byte[] buf, int off, int len) {
        return len == 4 ? ipv4(buf, off) : ipv6(buf, off);
    }

    private static String ipv4(byte[] buf, int off) {
        return (buf[off] & 0xff) + "." + (buf[off + 1] & 0xff) + "." + (buf[off + 2] & 0xff) + "." + (buf[off + 3] & 0xff);
    }

    /*
     * RFC 5952 §4: lower-case hex without leading zeros (§4.1, §4.3); the longest run of two or more zero
     * groups becomes "::", the first one on a tie (§4.2.1-§4.2.3). IPv4-mapped addresses are left in hex.
     */
    private static String ipv6(byte[] buf, int off) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = Octets.u16(buf, off + 2 * i);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
