package dev.sipdiag.sip.internal;

/** UTF-8 well-formedness (RFC 3629 §4) over a byte range, without decoding. */
final class Utf8 {

    private Utf8() {
    }

    /** The index of the first byte that starts an ill-formed sequence in {@code [from, to)}, or -1. */
    static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                n = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + n >= to) {
                return i;
            }
            int cp = c & (0x3f >> n);
            for (int k = 1; k <= n; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xc0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff) {
                return i;
            }
            i += n + 1;
        }
        return -1;
    }
}
