package dev.sipdiag.capture.hep;

/** Unsigned integer reads from a byte array; callers check bounds first. */
final class Octets {
    private Octets() {
    }

    /** Big-endian (network order) 16-bit value at buf[i]. */
    static int u16(byte[] buf, int i) {
        return (buf[i] & 0xff) << 8 | buf[i + 1] & 0xff;
    }

    /** Big-endian (network order) 32-bit value at buf[i], as a non-negative long. */
    static long u32(byte[] buf, int i) {
        return (long) u16(buf, i) << 16 | u16(buf, i + 2);
    }

    /** Little-endian 16-bit value at buf[i]. */
    static int u16le(byte[] buf, int i) {
        return (buf[i + 1] & 0xff) << 8 | buf[i] & 0xff;
    }

    /** Little-endian 32-bit value at buf[i], as a non-negative long. */
    static long u32le(byte[] buf, int i) {
        return (long) u16le(buf, i + 2) << 16 | u16le(buf, i);
    }
}
