package dev.sipdiag.capture;

import dev.sipdiag.capture.internal.ByteInput;
import dev.sipdiag.capture.internal.FrameContext;
import dev.sipdiag.capture.internal.Messages;
import dev.sipdiag.capture.internal.PacketDecoder;
import dev.sipdiag.capture.internal.PcapReader;
import dev.sipdiag.capture.internal.PcapngReader;
import dev.sipdiag.capture.internal.StatsCollector;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a packet capture (pcap or pcapng, optionally gzip-compressed) and delivers every UDP payload and every
 * message framed out of TCP and WebSocket streams, whatever the port, to a {@link PayloadSink}.
 *
 * <p>Streaming: the input is read once through a buffer of {@link CaptureLimits#READ_BUFFER_SIZE} bytes, and
 * reassembly state is bounded by {@link CaptureLimits}. Damage never stops the read: a bad record or block is
 * reported as a {@link Problem} with its byte offset (in the decompressed input) and reading goes on from the
 * next plausible record. Only I/O errors of the underlying stream are thrown.
 *
 * <pre>{@code
 * CaptureStats stats = CaptureReader.read(in, CaptureOptions.defaults().withFramers(SipFramer::new),
 *         payload -> messages.add(payload));
 * }</pre>
 */
public final class CaptureReader {
    /** Bytes {@link #detect} looks at. */
    public static final int DETECT_LENGTH = 4;

    private CaptureReader() {
    }

    /**
     * Recognises a capture by its first bytes (at least {@link #DETECT_LENGTH}; fewer gives UNKNOWN).
     * A gzip stream is GZIP whatever it holds.
     */
    public static CaptureFormat detect(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return CaptureFormat.GZIP;
        }
        if (head.length < DETECT_LENGTH) {
            return CaptureFormat.UNKNOWN;
        }
        if (PcapReader.isMagic(head, 0)) {
            return CaptureFormat.PCAP;
        }
        if (PcapngReader.isMagic(head, 0)) {
            return CaptureFormat.PCAPNG;
        }
        return CaptureFormat.UNKNOWN;
    }

    /** Opens a file for {@link #read(InputStream, CaptureOptions, PayloadSink)}; "-" is standard input. */
    public static InputStream open(String name) throws IOException {
        return "-".equals(name) ? System.in : Files.newInputStream(Path.of(name));
    }

    /** Reads a whole file ("-": standard input, which is left open). */
    public static CaptureStats read(String name, CaptureOptions options, PayloadSink sink) throws IOException {
        if ("-".equals(name)) {
            return read(System.in, options, sink);
        }
        try (InputStream in = open(name)) {
            return read(in, options, sink);
        }
    }

    /**
     * Reads a whole capture from {@code in} (not closed), delivering payloads and problems in input order.
     *
     * @return the summary; an input that is no capture at all gives a {@code bad-magic} problem and zero frames
     * @throws IOException only when reading {@code in} itself fails
     */
    public static CaptureStats read(InputStream in, CaptureOptions options, PayloadSink sink) throws IOException {
        StatsCollector stats = new StatsCollector();
        FrameContext ctx = new FrameContext(sink, stats, new Messages(options.locale()));
        InputStream stream = new BufferedInputStream(in, 65_536);
        CaptureFormat format = detect(head(stream));
        byte[] prefix = new byte[0];
        if (format == CaptureFormat.GZIP) {
            try {
                // Unbuffered on purpose: each read returns what inflated so far, so damage loses nothing before it.
                stream = new GZIPInputStream(stream, 65_536);
            } catch (ZipException | EOFException e) {
                ctx.report("bad-gzip", 0, 0, String.valueOf(e.getMessage()));
                return stats.finish();
            }
            prefix = readUpTo(stream, DETECT_LENGTH);
            format = detect(prefix);
        }
        ByteInput input = new ByteInput(prefix, stream, CaptureLimits.READ_BUFFER_SIZE);
        PacketDecoder decoder = new PacketDecoder(ctx, options);
        switch (format) {
            case PCAP -> new PcapReader(input, decoder).read();
            case PCAPNG -> new PcapngReader(input, decoder).read();
            default -> {
                ctx.report("bad-magic", 0, 0, hex(prefix.length > 0 ? prefix : head(stream)));
                return stats.finish();
            }
        }
        if (input.damage() != null) {
            ctx.report("bad-gzip", ctx.frameNumberForReports(), input.offset(), String.valueOf(input.damage().getMessage()));
        }
        decoder.finish();
        return stats.finish();
    }

    private static byte[] head(InputStream s) throws IOException {
        s.mark(DETECT_LENGTH);
        try {
            return s.readNBytes(DETECT_LENGTH);
        } catch (ZipException | EOFException e) {
            return new byte[0];
        } finally {
            try {
                s.reset();
            } catch (IOException ignored) {
                // the mark cannot be lost after so few bytes; a stream that lost it is empty anyway
            }
        }
    }

    /** Up to n bytes; fewer when the stream ends or is damaged first. */
    private static byte[] readUpTo(InputStream s, int n) throws IOException {
        byte[] b = new byte[n];
        int have = 0;
        try {
            while (have < n) {
                int r = s.read(b, have, n - have);
                if (r < 0) {
                    break;
                }
                have += r;
            }
        } catch (ZipException | EOFException e) {
            // reported by the reader when it finds the input short
        }
        return java.util.Arrays.copyOf(b, have);
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02x", x & 0xFF));
        }
        return s.isEmpty() ? "(empty)" : s.toString();
    }
}
