package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.Endpoint;

import java.util.Arrays;

/**
 * Makes {@link Endpoint}s from raw addresses, remembering recent ones so that a capture of a few hosts does not
 * format the same address for every packet. IPv6 text follows RFC 5952 §4 (lower case, longest zero run
 * compressed, leading zeros dropped).
 */
final class Endpoints {
    /** Slots of the direct-mapped cache (a power of two); a colliding endpoint simply replaces the older one. */
    private static final int CACHE_SLOTS = 4_096;

    /** IPv6 endpoints, direct-mapped by a hash of address and port. */
    private final byte[][] addresses = new byte[CACHE_SLOTS][];
    private final int[] ports = new int[CACHE_SLOTS];
    private final Endpoint[] endpoints = new Endpoint[CACHE_SLOTS];

    /** IPv4 endpoints by address and port packed in one long (address << 16 | port), direct-mapped. */
    private final long[] v4Keys = new long[CACHE_SLOTS];
    private final Endpoint[] v4Endpoints = new Endpoint[CACHE_SLOTS];

    /** The endpoint for an IPv4 (first 4 bytes of addr) or IPv6 (16 bytes) address and a port. */
    Endpoint of(int version, byte[] addr, int port) {
        if (version == 4) {
            // every packet asks twice: one long compare instead of hashing and comparing the address bytes
            long key = ((long) (addr[0] & 0xff) << 40 | (long) (addr[1] & 0xff) << 32 | (long) (addr[2] & 0xff) << 24
                    | (long) (addr[3] & 0xff) << 16 | port) + 1; // + 1: a zero key marks an empty slot
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & (CACHE_SLOTS - 1);
            if (v4Keys[slot] == key) {
                return v4Endpoints[slot];
            }
            Endpoint e = new Endpoint(ipv4(addr, 0), port);
            v4Keys[slot] = key;
            v4Endpoints[slot] = e;
            return e;
        }
        int h = port;
        for (int i = 0; i < 16; i++) {
            h = h * 31 + addr[i];
        }
        int slot = (h ^ (h >>> 16)) & (CACHE_SLOTS - 1);
        byte[] cached = addresses[slot];
        if (cached != null && ports[slot] == port && Arrays.equals(cached, 0, 16, addr, 0, 16)) {
            return endpoints[slot];
        }
        Endpoint e = new Endpoint(ipv6(addr, 0), port);
        addresses[slot] = Arrays.copyOf(addr, 16);
        ports[slot] = port;
        endpoints[slot] = e;
        return e;
    }

    static String ipv4(byte[] a, int i) {
        return (a[i] & 0xFF) + "." + (a[i + 1] & 0xFF) + "." + (a[i + 2] & 0xFF) + "." + (a[i + 3] & 0xFF);
    }

    static String ipv6(byte[] a, int i) {
        int[] groups = new int[8];
        for (int g = 0; g < 8; g++) {
            groups[g] = Bytes.u16(a, i + 2 * g);
        }
        // RFC 5952 §4.2: compress the longest run of two or more zero groups, the first when tied.
        int bestStart = -1;
        int bestLen = 1;
        for (int g = 0; g < 8; ) {
            if (groups[g] != 0) {
                g++;
                continue;
            }
            int start = g;
            while (g < 8 && groups[g] == 0) {
                g++;
            }
            if (g - start > bestLen) {
                bestStart = start;
                bestLen = g - start;
            }
        }
        StringBuilder s = new StringBuilder(39);
        for (int g = 0; g < 8; g++) {
            if (g == bestStart) {
                s.append("::");
                g += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(groups[g]));
        }
        return s.toString();
    }
}
