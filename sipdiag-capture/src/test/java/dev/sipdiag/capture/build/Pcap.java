package dev.sipdiag.capture.build;

/** Builds a libpcap file (draft-ietf-opsawg-pcap) in memory. */
public final class Pcap {
    private final Bin out;
    private final boolean nanos;

    /** A file of {@code linkType} with a µs or ns magic number, in either byte order. */
    public Pcap(int linkType, boolean nanos, boolean bigEndian, int snaplen) {
        this.out = new Bin(bigEndian);
        this.nanos = nanos;
        out.u32(nanos ? 0xA1B23C4DL : 0xA1B2C3D4L).u16(2).u16(4).u32(0).u32(0).u32(snaplen).u32(linkType);
    }

    /** Ethernet, µs, big-endian, snaplen 262144. */
    public static Pcap ethernet() {
        return new Pcap(1, false, true, 262_144);
    }

    public static Pcap of(int linkType) {
        return new Pcap(linkType, false, true, 262_144);
    }

    /** A record captured whole. */
    public Pcap packet(long timestampNanos, byte[] data) {
        return packet(timestampNanos, data, data.length);
    }

    /** A record whose original length was {@code originalLength} (longer when the snapshot length cut it). */
    public Pcap packet(long timestampNanos, byte[] data, int originalLength) {
        long seconds = timestampNanos / 1_000_000_000L;
        long fraction = timestampNanos % 1_000_000_000L;
        out.u32(seconds).u32(nanos ? fraction : fraction / 1_000).u32(data.length).u32(originalLength).bytes(data);
        return this;
    }

    /** Raw bytes (garbage, a hand-made record header). */
    public Pcap raw(byte[] b) {
        out.bytes(b);
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toBytes() {
        return out.toBytes();
    }
}
