package dev.sipdiag.capture.hep;

import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.Problem;
import dev.sipdiag.capture.Transport;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a file or stream of concatenated HEPv3 packets, as some tools dump a HEP feed (e.g. a TCP HEP
 * connection saved to disk), and delivers each packet's inner payload.
 *
 * <p>Each payload's frame number is the 1-based number of the HEP packet in the stream and its encapsulation
 * {@code "hep3"}. Octets that do not start with "HEP3" are skipped up to the next "HEP3" (at most
 * {@link HepLimits#MAX_RESYNC_SKIP} in a row) and reported as {@code hep-stream-garbage}; a packet cut short
 * by the end of input as {@code hep-stream-truncated}; damaged packets as {@link HepDecoder} says.
 * Only I/O errors of {@code in} escape. The stream is read packet by packet, never whole.
 */
public final class HepStreamReader {
    private static final byte[] MAGIC = {'H', 'E', 'P', '3'};

    /**
     * Whether a file starting with head[0, len) looks like a HEPv3 dump: it starts with "HEP3" and a total length
     * of at least the 6-octet header. Cheap; never throws.
     */
    public static boolean sniff(byte[] head, int len) {
        int n = head == null ? 0 : Math.min(len, head.length);
        return n >= HepDecoder.HEP3_HEADER && startsWithMagic(head) && Octets.u16(head, 4) >= HepDecoder.HEP3_HEADER;
    }

    /** Reads {@code in} to its end, delivering payloads and problems to {@code sink} in order. */
    public void read(InputStream in, PayloadSink sink) throws IOException {
        byte[] packet = new byte[0xffff];
        long offset = 0;
        long frame = 0;
        long skipped = 0;
        long skipStart = 0;
        int have = 0;
        while (true) {
            have += readFully(in, packet, have, HepDecoder.HEP3_HEADER - have);
            if (have == 0) {
                break;
            }
            if (have < 4 || !startsWithMagic(packet)) {
                if (skipped == 0) {
                    skipStart = offset;
                }
                // Slide one octet and look again: garbage between packets.
                System.arraycopy(packet, 1, packet, 0, have - 1);
                have--;
                offset++;
                skipped++;
                if (skipped > HepLimits.MAX_RESYNC_SKIP) {
                    reportGarbage(sink, frame, skipStart, skipped);
                    return;
                }
                continue;
            }
            if (skipped > 0) {
                reportGarbage(sink, frame, skipStart, skipped);
                skipped = 0;
            }
            if (have < HepDecoder.HEP3_HEADER) {
                truncated(sink, frame + 1, offset, have, HepDecoder.HEP3_HEADER);
                return;
            }
            int total = Octets.u16(packet, 4);
            frame++;
            if (total < HepDecoder.HEP3_HEADER) {
                sink.problem(new Problem("hep-bad-length", frame, offset + 4, HepText.format("hep-bad-length", total)));
                // Skip the bad magic and resynchronise.
                System.arraycopy(packet, 1, packet, 0, have - 1);
                have--;
                offset++;
                continue;
            }
            int got = have + readFully(in, packet, have, total - have);
            if (got < total) {
                truncated(sink, frame, offset, got, total);
                return;
            }
            deliver(HepDecoder.decode(packet, 0, total), frame, offset, sink);
            offset += total;
            have = 0;
        }
        if (skipped > 0) {
            reportGarbage(sink, frame, skipStart, skipped);
        }
    }

    private static void deliver(HepResult result, long frame, long offset, PayloadSink sink) {
        Payload outer = new Payload(Payload.NO_TIME, Transport.UNKNOWN, null, null, 0, frame, new byte[0], "", null);
        switch (result) {
            case HepResult.Decoded decoded -> {
                for (HepIssue warning : decoded.warnings()) {
                    sink.problem(at(warning, frame, offset));
                }
                sink.payload(HepDecoder.toPayload(decoded.packet(), outer));
            }
            case HepResult.Damaged damaged -> sink.problem(at(damaged.issue(), frame, offset));
            case HepResult.NotHep notHep -> throw new IllegalStateException("magic was checked");
        }
    }

    private static Problem at(HepIssue issue, long frame, long offset) {
        return new Problem(issue.reason(), frame, offset + issue.offset(), issue.message());
    }

    private static void reportGarbage(PayloadSink sink, long frame, long start, long count) {
        sink.problem(new Problem("hep-stream-garbage", frame, start, HepText.format("hep-stream-garbage", count)));
    }

    private static void truncated(PayloadSink sink, long frame, long offset, int got, int total) {
        sink.problem(new Problem("hep-stream-truncated", frame, offset, HepText.format("hep-stream-truncated", got, total)));
    }

    private static boolean startsWithMagic(byte[] buf) {
        return buf[0] == MAGIC[0] && buf[1] == MAGIC[1] && buf[2] == MAGIC[2] && buf[3] == MAGIC[3];
    }

    /** Reads up to n octets into buf[off]; fewer only at the end of input. */
    private static int readFully(InputStream in, byte[] buf, int off, int n) throws IOException {
        int total = 0;
        while (total < n) {
            int r = in.read(buf, off + total, n - total);
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }
}
