package dev.sipdiag.capture.internal;

/** Unsigned reads of big- and little-endian fields from byte arrays. Callers check bounds. */
public final class Bytes {
    private Bytes() {
    }

    public static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    public static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    public static int u16le(byte[] b, int i) {
        return (b[i + 1] & 0xFF) << 8 | (b[i] & 0xFF);
    }

    public static int i32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    public static int i32le(byte[] b, int i) {
        return (b[i + 3] & 0xFF) << 24 | (b[i + 2] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8 | (b[i] & 0xFF);
    }

    public static int i32(byte[] b, int i, boolean bigEndian) {
        return bigEndian ? i32(b, i) : i32le(b, i);
    }

    public static int u16(byte[] b, int i, boolean bigEndian) {
        return bigEndian ? u16(b, i) : u16le(b, i);
    }

    public static long u32(byte[] b, int i, boolean bigEndian) {
        return i32(b, i, bigEndian) & 0xFFFF_FFFFL;
    }

    public static long i64(byte[] b, int i, boolean bigEndian) {
        long hi = u32(b, bigEndian ? i : i + 4, bigEndian);
        long lo = u32(b, bigEndian ? i + 4 : i, bigEndian);
        return hi << 32 | lo;
    }
}
