package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.FrameOutcome;

import java.io.IOException;

/**
 * The libpcap file format (draft-ietf-opsawg-pcap §4, §5): a 24-byte file header whose magic number gives the
 * byte order and the timestamp unit (µs or ns), then 16-byte record headers each followed by the captured bytes.
 *
 * <p>A record header with an impossible length or timestamp fraction is reported ({@code bad-record}) and the
 * reader scans forward to the next plausible record header (one whose successor is plausible too), reporting the
 * bytes skipped ({@code resync}). A record cut by the end of the file is counted as a truncated frame.
 */
public final class PcapReader {
    private static final int MAGIC_MICROS = 0xA1B2C3D4;
    private static final int MAGIC_NANOS = 0xA1B23C4D;
    /** Records whose time is further than this from the previous one's are not trusted while resynchronising. */
    private static final long RESYNC_MAX_TIME_JUMP_SECONDS = 366L * 24 * 3600;

    private final ByteInput in;
    private final PacketDecoder decoder;
    private final FrameContext ctx;
    private boolean bigEndian;
    private boolean nanos;
    private int linkType;
    private long lastSeconds = -1;

    public PcapReader(ByteInput in, PacketDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
        this.ctx = decoder.context();
    }

    /** Whether the four bytes at b[off] are a pcap magic number in either byte order. */
    public static boolean isMagic(byte[] b, int off) {
        int m = Bytes.i32(b, off);
        int r = Integer.reverseBytes(m);
        return m == MAGIC_MICROS || m == MAGIC_NANOS || r == MAGIC_MICROS || r == MAGIC_NANOS;
    }

    /** Reads the file header and every record. */
    public void read() throws IOException {
        if (!in.ensure(24)) {
            ctx.report("truncated-header", 0, 0, "pcap", 24, in.available());
            return;
        }
        byte[] b = in.buffer();
        int p = in.position();
        int magic = Bytes.i32(b, p);
        bigEndian = magic == MAGIC_MICROS || magic == MAGIC_NANOS;
        int native_ = bigEndian ? magic : Integer.reverseBytes(magic);
        nanos = native_ == MAGIC_NANOS;
        // The link type field's upper 16 bits hold FCS information (§5.8); trailing FCS bytes are ignored anyway.
        linkType = Bytes.i32(b, p + 20, bigEndian) & 0xFFFF;
        in.advance(24);
        while (true) {
            long recordOffset = in.offset();
            if (!in.ensure(16)) {
                if (in.available() > 0) {
                    ctx.report("truncated-record-header", ctx.frameNumber + 1, recordOffset, in.available());
                }
                return;
            }
            b = in.buffer();
            p = in.position();
            long seconds = Bytes.u32(b, p, bigEndian);
            long fraction = Bytes.u32(b, p + 4, bigEndian);
            long captured = Bytes.u32(b, p + 8, bigEndian);
            long original = Bytes.u32(b, p + 12, bigEndian);
            if (captured > CaptureLimits.MAX_RECORD_LENGTH || fraction >= (nanos ? 1_000_000_000L : 1_000_000L)) {
                ctx.report("bad-record", ctx.frameNumber + 1, recordOffset, captured, fraction);
                long skipped = Resync.scan(in, this::plausible);
                ctx.report("resync", ctx.frameNumber + 1, recordOffset, skipped, in.offset());
                continue;
            }
            int length = (int) captured;
            long timestamp = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1_000L);
            if (!in.ensure(16 + length)) {
                ctx.next(recordOffset, timestamp, 0);
                ctx.outcome(FrameOutcome.TRUNCATED, null);
                ctx.problem("truncated-record", length, in.available() - 16);
                ctx.end();
                in.skip(in.available());
                return;
            }
            lastSeconds = seconds;
            ctx.next(recordOffset, timestamp, 0);
            decoder.frame(linkType, in.buffer(), in.position() + 16, length, (int) Math.max(original, captured));
            in.advance(16 + length);
        }
    }

    /** Whether a record header at the current position, and the one after it, look real. */
    private boolean plausible(ByteInput in) throws IOException {
        if (!plausibleHeader(in, 0)) {
            return false;
        }
        int length = (int) Bytes.u32(in.buffer(), in.position() + 8, bigEndian);
        if (in.ensure(16 + length + 16)) {
            return plausibleHeader(in, 16 + length);
        }
        return true; // the last record of the file, whole or cut short (reported as such by the caller)
    }

    private boolean plausibleHeader(ByteInput in, int at) throws IOException {
        if (!in.ensure(at + 16)) {
            return false;
        }
        byte[] b = in.buffer();
        int p = in.position() + at;
        long seconds = Bytes.u32(b, p, bigEndian);
        long fraction = Bytes.u32(b, p + 4, bigEndian);
        long captured = Bytes.u32(b, p + 8, bigEndian);
        long original = Bytes.u32(b, p + 12, bigEndian);
        return captured <= CaptureLimits.MAX_RECORD_LENGTH && captured <= original && original <= 1 << 24
                && fraction < (nanos ? 1_000_000_000L : 1_000_000L)
                && (lastSeconds < 0 || Math.abs(seconds - lastSeconds) <= RESYNC_MAX_TIME_JUMP_SECONDS);
    }
}
