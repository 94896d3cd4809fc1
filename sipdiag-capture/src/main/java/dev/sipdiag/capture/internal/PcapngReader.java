package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.FrameOutcome;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pcapng format (draft-ietf-opsawg-pcapng §3, §4): blocks of type, total length, body, total length.
 * Section Header Blocks (§4.1) set the byte order and start a new set of interfaces; Interface Description
 * Blocks (§4.2) give each interface its link type and timestamp resolution ({@code if_tsresol},
 * {@code if_tsoffset}); packets come in Enhanced (§4.3), Simple (§4.4) and obsolete Packet Blocks (Appendix A).
 * Every other block is skipped.
 *
 * <p>A block with an impossible length or a trailing length that does not match is reported and the reader
 * scans forward to the next block that looks whole ({@code resync}).
 */
public final class PcapngReader {
    static final int SHB = 0x0A0D0D0A;
    static final int IDB = 1;
    static final int PB = 2;
    static final int SPB = 3;
    static final int NRB = 4;
    static final int ISB = 5;
    static final int EPB = 6;
    static final int SYSTEMD_JOURNAL = 9;
    static final int DSB = 0x0A;
    static final int CUSTOM = 0x0BAD;
    static final int CUSTOM_NO_COPY = 0x40000BAD;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int OPT_END = 0;
    private static final int OPT_IF_TSRESOL = 9;
    private static final int OPT_IF_TSOFFSET = 14;

    /** One interface of the current section. */
    private record Interface(int linkType, boolean decimal, int resolution, long offsetSeconds) {
        long nanos(long ts) {
            long n;
            if (decimal) {
                if (resolution <= 9) {
                    n = ts * POWERS_OF_TEN[9 - resolution];
                } else {
                    n = ts / POWERS_OF_TEN[Math.min(18, resolution - 9)];
                }
            } else if (resolution == 0) {
                n = ts * 1_000_000_000L;
            } else {
                long seconds = ts >>> resolution;
                double fraction = (ts & ((1L << resolution) - 1)) / (double) (1L << resolution);
                n = seconds * 1_000_000_000L + (long) (fraction * 1e9);
            }
            return n + offsetSeconds * 1_000_000_000L;
        }
    }

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final ByteInput in;
    private final PacketDecoder decoder;
    private final FrameContext ctx;
    private boolean bigEndian;
    private final List<Interface> interfaces = new ArrayList<>();
    /** Interface ids of earlier sections are offset by this, so that ids stay unique across the file. */
    private int interfaceBase;

    public PcapngReader(ByteInput in, PacketDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
        this.ctx = decoder.context();
    }

    /** Whether the four bytes at b[off] are a Section Header Block type. */
    public static boolean isMagic(byte[] b, int off) {
        return Bytes.i32(b, off) == SHB;
    }

    public void read() throws IOException {
        boolean first = true;
        while (true) {
            long blockOffset = in.offset();
            if (!in.ensure(12)) {
                if (in.available() > 0) {
                    ctx.report("truncated-block", ctx.frameNumber + 1, blockOffset, in.available());
                }
                return;
            }
            byte[] b = in.buffer();
            int p = in.position();
            int type = Bytes.i32(b, p, bigEndian);
            if (type == SHB) {
                int magic = Bytes.i32(b, p + 8);
                if (magic == BYTE_ORDER_MAGIC || Integer.reverseBytes(magic) == BYTE_ORDER_MAGIC) {
                    bigEndian = magic == BYTE_ORDER_MAGIC;
                } else {
                    damaged(first ? "bad-magic" : "bad-block", blockOffset, type, -1);
                    first = false;
                    continue;
                }
            } else if (first) {
                ctx.report("bad-magic", 0, blockOffset, String.format("%08x", type));
                return;
            }
            first = false;
            long length = Bytes.u32(b, p + 4, bigEndian);
            if (length < 12 || length % 4 != 0 || length > CaptureLimits.MAX_BLOCK_LENGTH) {
                damaged("bad-block", blockOffset, type, length);
                continue;
            }
            int n = (int) length;
            if (!in.ensure(n)) {
                if (type == EPB || type == SPB || type == PB) {
                    ctx.next(blockOffset, 0, 0);
                    ctx.outcome(FrameOutcome.TRUNCATED, null);
                    ctx.problem("truncated-record", n, in.available());
                    ctx.end();
                } else {
                    ctx.report("truncated-block", ctx.frameNumber + 1, blockOffset, in.available());
                }
                in.skip(in.available());
                return;
            }
            b = in.buffer();
            p = in.position();
            if (Bytes.u32(b, p + n - 4, bigEndian) != length) {
                damaged("bad-block", blockOffset, type, length);
                continue;
            }
            switch (type) {
                case SHB -> {
                    interfaceBase += interfaces.size();
                    interfaces.clear();
                }
                case IDB -> interfaceDescription(b, p, n, blockOffset);
                case EPB -> enhancedPacket(b, p, n, blockOffset);
                case SPB -> simplePacket(b, p, n, blockOffset);
                case PB -> obsoletePacket(b, p, n, blockOffset);
                default -> {
                    // NRB, ISB, DSB, journal, custom and unknown blocks carry no packets.
                }
            }
            in.advance(n);
        }
    }

    private void damaged(String reason, long blockOffset, int type, long length) throws IOException {
        ctx.report(reason, ctx.frameNumber + 1, blockOffset, String.format("%08x", type), length);
        long skipped = Resync.scan(in, this::plausible);
        ctx.report("resync", ctx.frameNumber + 1, blockOffset, skipped, in.offset());
    }

    /** Whether a whole block of a known type, with matching lengths, starts at the current position. */
    private boolean plausible(ByteInput in) throws IOException {
        if (!in.ensure(12)) {
            return false;
        }
        byte[] b = in.buffer();
        int p = in.position();
        int type = Bytes.i32(b, p, bigEndian);
        boolean order = bigEndian;
        if (type == SHB) {
            int magic = Bytes.i32(b, p + 8);
            if (magic != BYTE_ORDER_MAGIC && Integer.reverseBytes(magic) != BYTE_ORDER_MAGIC) {
                return false;
            }
            order = magic == BYTE_ORDER_MAGIC;
        } else if (type != IDB && type != PB && type != SPB && type != NRB && type != ISB && type != EPB
                && type != SYSTEMD_JOURNAL && type != DSB && type != CUSTOM && type != CUSTOM_NO_COPY) {
            return false;
        }
        long length = Bytes.u32(b, p + 4, order);
        if (length < 12 || length % 4 != 0 || length > CaptureLimits.MAX_BLOCK_LENGTH) {
            return false;
        }
        if (!in.ensure((int) length)) {
            return true; // a last block cut by the end of the file: reported as such by the caller
        }
        return Bytes.u32(in.buffer(), in.position() + (int) length - 4, order) == length;
    }

    private void interfaceDescription(byte[] b, int p, int n, long blockOffset) {
        if (n < 20) {
            ctx.report("bad-block", ctx.frameNumber + 1, blockOffset, "IDB", n);
            interfaces.add(new Interface(-1, true, 6, 0));
            return;
        }
        int linkType = Bytes.u16(b, p + 8, bigEndian);
        boolean decimal = true;
        int resolution = 6;
        long offsetSeconds = 0;
        int o = p + 16;
        int end = p + n - 4;
        while (end - o >= 4) {
            int code = Bytes.u16(b, o, bigEndian);
            int length = Bytes.u16(b, o + 2, bigEndian);
            if (code == OPT_END || end - o - 4 < length) {
                break;
            }
            if (code == OPT_IF_TSRESOL && length >= 1) {
                int v = b[o + 4] & 0xFF;
                decimal = (v & 0x80) == 0;
                resolution = v & 0x7F;
                if (!decimal && resolution > 62) {
                    resolution = 62;
                }
            } else if (code == OPT_IF_TSOFFSET && length >= 8) {
                offsetSeconds = Bytes.i64(b, o + 4, bigEndian);
            }
            o += 4 + ((length + 3) & ~3);
        }
        interfaces.add(new Interface(linkType, decimal, resolution, offsetSeconds));
    }

    private void enhancedPacket(byte[] b, int p, int n, long blockOffset) {
        if (n < 32) {
            packetBlockTooShort(blockOffset, n);
            return;
        }
        int interfaceId = Bytes.i32(b, p + 8, bigEndian);
        long ts = (Bytes.u32(b, p + 12, bigEndian) << 32) | Bytes.u32(b, p + 16, bigEndian);
        long captured = Bytes.u32(b, p + 20, bigEndian);
        long original = Bytes.u32(b, p + 24, bigEndian);
        packet(interfaceId, ts, b, p + 28, captured, original, n - 32, blockOffset);
    }

    private void obsoletePacket(byte[] b, int p, int n, long blockOffset) {
        if (n < 32) {
            packetBlockTooShort(blockOffset, n);
            return;
        }
        int interfaceId = Bytes.u16(b, p + 8, bigEndian);
        long ts = (Bytes.u32(b, p + 12, bigEndian) << 32) | Bytes.u32(b, p + 16, bigEndian);
        long captured = Bytes.u32(b, p + 20, bigEndian);
        long original = Bytes.u32(b, p + 24, bigEndian);
        packet(interfaceId, ts, b, p + 28, captured, original, n - 32, blockOffset);
    }

    /** SPB (§4.4): no timestamp, interface 0, captured length implied by the block length. */
    private void simplePacket(byte[] b, int p, int n, long blockOffset) {
        if (n < 16) {
            packetBlockTooShort(blockOffset, n);
            return;
        }
        long original = Bytes.u32(b, p + 8, bigEndian);
        long captured = Math.min(original, n - 16);
        packet(0, Long.MIN_VALUE, b, p + 12, captured, original, n - 16, blockOffset);
    }

    private void packetBlockTooShort(long blockOffset, int n) {
        ctx.next(blockOffset, 0, 0);
        ctx.malformed("bad-block", "packet block", n);
        ctx.end();
    }

    private void packet(int interfaceId, long ts, byte[] b, int data, long captured, long original, int room,
                        long blockOffset) {
        Interface itf = interfaceId >= 0 && interfaceId < interfaces.size() ? interfaces.get(interfaceId) : null;
        long nanos = itf == null || ts == Long.MIN_VALUE ? dev.sipdiag.capture.Payload.NO_TIME : itf.nanos(ts);
        ctx.next(blockOffset, nanos, interfaceBase + Math.max(0, interfaceId));
        if (itf == null) {
            ctx.malformed("unknown-interface", interfaceId);
            ctx.end();
            return;
        }
        if (captured > room) {
            ctx.malformed("bad-block", "captured length " + captured, room);
            ctx.end();
            return;
        }
        if (itf.linkType < 0) {
            ctx.malformed("unknown-interface", interfaceId);
            ctx.end();
            return;
        }
        decoder.frame(itf.linkType, b, data, (int) captured, (int) Math.max(captured, Math.min(original, Integer.MAX_VALUE)));
    }
}
