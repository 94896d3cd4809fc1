package dev.sipdiag.capture.hep;

import dev.sipdiag.capture.StreamFramer;

/**
 * Frames HEPv3 packets sent over TCP (a capture agent's connection to its collector): each packet is as long as
 * its 16-bit length field says. Octets before the next "HEP3" magic are to be skipped.
 *
 * <p>Each frame it returns is one whole HEPv3 packet for {@link HepDecoder#decode}; a length field below the
 * 6-octet header makes the magic itself skipped, so the stream resynchronises at the next "HEP3".
 */
public final class HepFramer implements StreamFramer {
    @Override
    public int frame(byte[] buf, int off, int len) {
        int magic = indexOfMagic(buf, off, len);
        if (magic < 0) {
            // Keep the last three octets: they may be the start of a magic split across segments.
            int skip = Math.max(0, len - 3);
            return skip == 0 ? NEED_MORE : -skip;
        }
        if (magic > 0) {
            return -magic;
        }
        if (len < HepDecoder.HEP3_HEADER) {
            return NEED_MORE;
        }
        int total = Octets.u16(buf, off + 4);
        if (total < HepDecoder.HEP3_HEADER) {
            return -1;
        }
        return total <= len ? total : NEED_MORE;
    }

    /** HEP has no keep-alive frames of CR/LF. */
    @Override
    public boolean isKeepAlive(byte[] buf, int off, int n) {
        return false;
    }

    /** Offset from {@code off} of the first "HEP3" in buf[off, off+len), or -1. */
    private static int indexOfMagic(byte[] buf, int off, int len) {
        for (int i = 0; i + 4 <= len; i++) {
            int p = off + i;
            if (buf[p] == 'H' && buf[p + 1] == 'E' && buf[p + 2] == 'P' && buf[p + 3] == '3') {
                return i;
            }
        }
        return -1;
    }
}
