package dev.sipdiag.capture.build;

/** Builds a pcapng file (draft-ietf-opsawg-pcapng) in memory: sections, interfaces, packet blocks. */
public final class Pcapng {
    private final Bin file = new Bin();
    private boolean bigEndian;

    /** A new section in the given byte order. */
    public Pcapng section(boolean bigEndian) {
        this.bigEndian = bigEndian;
        Bin body = new Bin(bigEndian).u32(0x1A2B3C4DL).u16(1).u16(0).u64(-1L);
        return block(0x0A0D0D0A, body.toBytes());
    }

    /** An Interface Description Block; {@code tsresol} is the raw if_tsresol byte, or -1 for none (µs). */
    public Pcapng iface(int linkType, int tsresol) {
        Bin body = new Bin(bigEndian).u16(linkType).u16(0).u32(262_144);
        if (tsresol >= 0) {
            body.u16(9).u16(1).u8(tsresol).pad(4);
        }
        body.u16(0).u16(0);
        return block(1, body.toBytes());
    }

    /** An Enhanced Packet Block with the timestamp already in the interface's units. */
    public Pcapng epb(int interfaceId, long ts, byte[] data) {
        return epb(interfaceId, ts, data, data.length);
    }

    public Pcapng epb(int interfaceId, long ts, byte[] data, int originalLength) {
        Bin body = new Bin(bigEndian).u32(interfaceId).u32(ts >>> 32).u32(ts & 0xFFFF_FFFFL)
                .u32(data.length).u32(originalLength).bytes(data).pad(4);
        return block(6, body.toBytes());
    }

    public Pcapng spb(byte[] data) {
        return block(3, new Bin(bigEndian).u32(data.length).bytes(data).pad(4).toBytes());
    }

    /** The obsolete Packet Block (appendix A). */
    public Pcapng pb(int interfaceId, long ts, byte[] data) {
        Bin body = new Bin(bigEndian).u16(interfaceId).u16(0).u32(ts >>> 32).u32(ts & 0xFFFF_FFFFL)
                .u32(data.length).u32(data.length).bytes(data).pad(4);
        return block(2, body.toBytes());
    }

    /** Any block: type, body (padded), lengths. */
    public Pcapng block(int type, byte[] body) {
        int padded = (body.length + 3) & ~3;
        Bin b = new Bin(bigEndian).u32(type).u32(12 + padded).bytes(body);
        b.pad(4);
        b.u32(12 + padded);
        file.bytes(b.toBytes());
        return this;
    }

    public Pcapng raw(byte[] b) {
        file.bytes(b);
        return this;
    }

    public byte[] toBytes() {
        return file.toBytes();
    }
}
