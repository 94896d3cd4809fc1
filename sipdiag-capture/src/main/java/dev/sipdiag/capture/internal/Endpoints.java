package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.Endpoint;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes {@link Endpoint}s from raw addresses, remembering recent ones so that a capture of a few hosts does not
 * format the same address for every packet. IPv6 text follows RFC 5952 §4 (lower case, longest zero run
 * compressed, leading zeros dropped).
 */
final class Endpoints {
    /** Endpoints remembered before the cache starts over. */
    private static final int CACHE_SIZE = 4_096;

    private final Map<Long, Endpoint> v4 = new HashMap<>();
    private final Map<String, Endpoint> v6 = new HashMap<>();

    Endpoint of(int version, byte[] addr, int port) {
        if (version == 4) {
            long key = (Bytes.i32(addr, 0) & 0xFFFF_FFFFL) << 16 | port;
            Endpoint e = v4.get(key);
            if (e == null) {
                if (v4.size() >= CACHE_SIZE) {
                    v4.clear();
                }
                e = new Endpoint(ipv4(addr, 0), port);
                v4.put(key, e);
            }
            return e;
        }
        String text = ipv6(addr, 0);
        String key = text + ' ' + port;
        Endpoint e = v6.get(key);
        if (e == null) {
            if (v6.size() >= CACHE_SIZE) {
                v6.clear();
            }
            e = new Endpoint(text, port);
            v6.put(key, e);
        }
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
