package dev.sipdiag.sip.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches on the parser's hot path. Finding the next LF is most of what framing does, so it looks at eight
 * bytes at a time: a word XORed with LF in every byte has a zero byte where the LF was, and the classic
 * "has a zero byte" test ((x - 0x01..) &amp; ~x &amp; 0x80..) flags it; the lowest flag (little-endian: the first
 * byte) is exact.
 */
public final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Bytes() {
    }

    /** Index of the first LF in buf[from, limit), or limit. */
    public static int indexOfLf(byte[] buf, int from, int limit) {
        int i = from;
        for (; i + Long.BYTES <= limit; i += Long.BYTES) {
            long x = (long) LONGS.get(buf, i) ^ LFS;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < limit; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return limit;
    }

    /** Index of the first byte equal to {@code a} or {@code b} in buf[from, limit), or limit; eight at a time. */
    public static int indexOfEither(byte[] buf, int from, int limit, byte a, byte b) {
        long pa = ONES * (a & 0xff);
        long pb = ONES * (b & 0xff);
        int i = from;
        for (; i + Long.BYTES <= limit; i += Long.BYTES) {
            long w = (long) LONGS.get(buf, i);
            long xa = w ^ pa;
            long xb = w ^ pb;
            // each half flags its lowest match exactly (false flags only sit above a true one), so the lowest of both is
            long found = ((xa - ONES) & ~xa | (xb - ONES) & ~xb) & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < limit; i++) {
            if (buf[i] == a || buf[i] == b) {
                return i;
            }
        }
        return limit;
    }
}
