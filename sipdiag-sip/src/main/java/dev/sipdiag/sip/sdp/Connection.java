package dev.sipdiag.sip.sdp;

import java.util.OptionalInt;

/**
 * A {@code c=} line (RFC 8866 §5.7); {@code numberOfAddresses >= 1}, {@code ttl} only for IPv4 multicast.
 *
 * @param netType           {@code "IN"}
 * @param addrType          {@code "IP4"} or {@code "IP6"} (others kept as sent)
 * @param address           the address or FQDN, without the {@code /ttl/count} suffix
 * @param ttl               IPv4 multicast time to live (0..255), empty otherwise
 * @param numberOfAddresses how many consecutive multicast groups, 1 when not given
 */
public record Connection(String netType, String addrType, String address, OptionalInt ttl, int numberOfAddresses) {

    /** The address RFC 2543 used to put a call on hold, still sent by older devices (RFC 3264 §8.4). */
    public static final String HOLD_ADDRESS_IP4 = "0.0.0.0";

    /** {@return whether this is the legacy hold address {@code 0.0.0.0} (or the IPv6 unspecified {@code ::})} */
    public boolean isUnspecified() {
        return address.equals(HOLD_ADDRESS_IP4) || address.equals("::");
    }

    /** {@return whether the address is an IPv4 (224.0.0.0/4) or IPv6 (ff00::/8) multicast group} */
    public boolean isMulticast() {
        return isMulticast(addrType, address);
    }

    static boolean isMulticast(String addrType, String address) {
        if (addrType.equalsIgnoreCase("IP6")) {
            return address.length() >= 2 && address.regionMatches(true, 0, "ff", 0, 2);
        }
        int dot = address.indexOf('.');
        if (dot <= 0 || dot > 3) {
            return false;
        }
        int first = 0;
        for (int i = 0; i < dot; i++) {
            char c = address.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            first = first * 10 + (c - '0');
        }
        return first >= 224 && first <= 239;
    }

    /** {@return the line value as SDP writes it, e.g. {@code "IN IP4 224.2.1.1/127/3"}} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(netType).append(' ').append(addrType).append(' ').append(address);
        ttl.ifPresent(t -> sb.append('/').append(t));
        if (numberOfAddresses > 1) {
            sb.append('/').append(numberOfAddresses);
        }
        return sb.toString();
    }
}
