package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.FrameOutcome;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.StreamFramer;
import dev.sipdiag.capture.Transport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One direction of a TCP connection, reassembled into a byte stream and cut into messages.
 *
 * <p>Lifecycle of the stream content, decided by its first bytes:
 * <ol>
 *   <li>{@code DETECT}: fewer than four bytes seen yet.</li>
 *   <li>{@code TLS}: starts with a TLS record header (content type 20–23, version 3.x, RFC 8446 §5.1); counted as
 *       encrypted and discarded.</li>
 *   <li>{@code WEBSOCKET}: an HTTP/1.1 Upgrade to websocket (RFC 6455 §4.1, §4.2.2: the client's GET or the
 *       server's 101) was consumed; the rest is WebSocket frames, see {@link WebSocketFrames}.</li>
 *   <li>{@code FRAMED}: anything else; the {@link StreamFramer} cuts the bytes into messages.</li>
 *   <li>{@code DISCARD}: the stream can no longer be followed (WebSocket framing lost); bytes are skipped.</li>
 * </ol>
 *
 * <p>Sequence numbers are compared modulo 2³² (RFC 9293 §3.4). Bytes already placed are never placed again
 * (retransmissions and overlaps keep the first copy). Segments ahead of the next expected byte wait in order;
 * the missing bytes are declared a gap when the peer has acknowledged them (so the capture missed them), when
 * the waiting segments exceed {@link CaptureLimits#MAX_TCP_OUT_OF_ORDER_BYTES} or
 * {@link CaptureLimits#MAX_TCP_OUT_OF_ORDER_SEGMENTS}, after {@link CaptureLimits#TCP_REORDER_TIMEOUT_NANOS},
 * or when the stream ends. After a gap the partial message is dropped and the framer resynchronises.
 */
final class TcpDirection {
    private enum Mode { DETECT, TLS, WEBSOCKET, FRAMED, DISCARD }

    /** A segment waiting for the bytes before it. */
    private record Held(byte[] data, long frame, long timestamp, long fileOffset) {
    }

    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    /** What a held segment costs beyond its bytes (map entry, record, array header), for the memory budget. */
    private static final int HELD_OVERHEAD = 96;

    final long id;
    final Endpoint source;
    final Endpoint destination;
    final int interfaceId;
    final String encapsulation;
    private final FrameContext ctx;
    private final StreamFramer framer;
    private final MemoryBudget budget;
    TcpDirection reverse;
    long lastSeen;

    private boolean synced;
    private int nextSeq;
    /** Stream offset of the byte nextSeq numbers. */
    private long streamPos;
    private boolean peerAckKnown;
    private int peerAck;
    private Mode mode = Mode.DETECT;

    /** Unconsumed stream bytes buf[start, end); buf[start] is at stream offset bufBase. */
    private byte[] buf = new byte[0];
    private int start;
    private int end;
    private long bufBase;
    /** Bytes still to be dropped as they arrive (a message or frame longer than the buffer). */
    private long discardAhead;
    /** A run of bytes the framer skipped, reported when it ends. */
    private long skippedRun;
    private long skippedRunFrame;
    private long skippedRunOffset;

    /** Where each appended chunk came from: stream offset, frame, time, file offset; oldest first. */
    private long[] marks = new long[16];
    private int markHead;
    private int markCount;

    private TreeMap<Long, Held> held;
    private int heldBytes;

    private WebSocketFrames webSocket;

    TcpDirection(FrameContext ctx, long id, Endpoint source, Endpoint destination, String encapsulation,
                 StreamFramer framer, MemoryBudget budget) {
        this.ctx = ctx;
        this.budget = budget;
        this.id = id;
        this.source = source;
        this.destination = destination;
        this.interfaceId = ctx.interfaceId;
        this.encapsulation = encapsulation;
        this.framer = framer;
    }

    /** The peer acknowledged every byte before {@code ack} (RFC 9293 §3.4). */
    void peerAcknowledged(int ack) {
        if (!peerAckKnown || ack - peerAck > 0) {
            peerAck = ack;
            peerAckKnown = true;
        }
        if (held != null && !held.isEmpty() && synced && ack - nextSeq > 0) {
            gap("the receiver acknowledged bytes the capture lacks");
        }
    }

    /** One segment of this direction: sequence number, flags and payload b[off, off+len). */
    void segment(int seq, int flags, byte[] b, int off, int len) {
        lastSeen = ctx.timestampNanos;
        if ((flags & TcpReassembler.SYN) != 0) {
            if (synced && len == 0 && seq + 1 == nextSeq) {
                ctx.outcome(FrameOutcome.TCP_RETRANSMISSION, null);
                return;
            }
            if (synced && streamPos > 0) {
                endOfStream(); // a new connection on the same addresses and ports
                mode = Mode.DETECT;
                webSocket = null;
            }
            peerAckKnown = false; // acknowledgments of an earlier connection say nothing about this one
            synced = true;
            nextSeq = seq + 1;
            seq += 1;
        }
        if (len == 0) {
            ctx.outcome(FrameOutcome.TCP_CONTROL, null);
            if ((flags & (TcpReassembler.FIN | TcpReassembler.RST)) != 0) {
                endOfStream();
            }
            return;
        }
        if (!synced) {
            synced = true;
            nextSeq = seq;
        }
        int ahead = seq - nextSeq;
        if (ahead + len <= 0) {
            ctx.outcome(FrameOutcome.TCP_RETRANSMISSION, null);
        } else if (ahead <= 0) {
            ctx.outcome(FrameOutcome.TCP_DATA, null);
            append(b, off - ahead, len + ahead, ctx.payloadFrame, ctx.payloadTimestamp, ctx.fileOffset);
            drainHeld();
        } else {
            boolean fresh = hold(streamPos + ahead, b, off, len);
            ctx.outcome(fresh ? FrameOutcome.TCP_DATA : FrameOutcome.TCP_RETRANSMISSION, null);
            if (held.isEmpty()) {
                // nothing could be held (memory budget): the bytes will show as a gap
            } else if (peerAckKnown && peerAck - seq >= 0) {
                gap("the receiver acknowledged bytes the capture lacks");
            } else if (heldBytes > CaptureLimits.MAX_TCP_OUT_OF_ORDER_BYTES
                    || held.size() > CaptureLimits.MAX_TCP_OUT_OF_ORDER_SEGMENTS) {
                gap("too many out-of-order bytes waiting");
            } else if (Timestamps.elapsed(held.firstEntry().getValue().timestamp, ctx.timestampNanos)
                    > CaptureLimits.TCP_REORDER_TIMEOUT_NANOS) {
                gap("out-of-order bytes waited too long");
            }
        }
        if (mode == Mode.TLS && ctx.outcome == FrameOutcome.TCP_DATA) {
            ctx.outcome(FrameOutcome.ENCRYPTED, null);
        }
        if ((flags & (TcpReassembler.FIN | TcpReassembler.RST)) != 0) {
            endOfStream();
        }
    }

    /** Keeps a segment that starts after the next expected byte; false when the same bytes already wait. */
    private boolean hold(long pos, byte[] b, int off, int len) {
        if (held == null) {
            held = new TreeMap<>();
        }
        Held existing = held.get(pos);
        if (existing != null && existing.data.length >= len) {
            return false;
        }
        if (!budget.take(len + HELD_OVERHEAD)) {
            ctx.problem("limit-tcp-memory", CaptureLimits.MAX_TCP_BUFFERED_TOTAL, source, destination);
            return true;
        }
        if (existing != null) {
            heldBytes -= existing.data.length;
            budget.give(existing.data.length + HELD_OVERHEAD);
        }
        held.put(pos, new Held(Arrays.copyOfRange(b, off, off + len), ctx.payloadFrame, ctx.payloadTimestamp,
                ctx.fileOffset));
        heldBytes += len;
        return true;
    }

    /** Appends every waiting segment that now follows on. */
    private void drainHeld() {
        while (held != null && !held.isEmpty()) {
            Map.Entry<Long, Held> first = held.firstEntry();
            long pos = first.getKey();
            if (pos > streamPos) {
                return;
            }
            held.pollFirstEntry();
            Held h = first.getValue();
            heldBytes -= h.data.length;
            budget.give(h.data.length + HELD_OVERHEAD);
            long already = streamPos - pos;
            if (already < h.data.length) {
                append(h.data, (int) already, h.data.length - (int) already, h.frame, h.timestamp, h.fileOffset);
            }
        }
    }

    /** Declares the bytes before the first waiting segment lost, drops the partial message, and goes on. */
    private void gap(String why) {
        Map.Entry<Long, Held> first = held.firstEntry();
        long missing = first.getKey() - streamPos;
        ctx.stats.tcpGaps++;
        ctx.stats.tcpBytesMissing += missing;
        ctx.problem("tcp-gap", missing, source, destination, why);
        dropBuffered();
        if (mode == Mode.WEBSOCKET) {
            mode = Mode.DISCARD; // frame boundaries are lost with the missing bytes
        } else if (mode == Mode.DETECT) {
            mode = Mode.FRAMED;
        }
        nextSeq += (int) missing;
        streamPos += missing;
        bufBase = streamPos;
        discardAhead = 0;
        drainHeld();
    }

    /** Places in-order bytes at the end of the stream and cuts out what can be cut. */
    private void append(byte[] b, int off, int len, long frame, long timestamp, long fileOffset) {
        ctx.stats.tcpBytes += len;
        nextSeq += len;
        streamPos += len;
        if (mode == Mode.TLS) {
            ctx.stats.encryptedBytes += len;
            bufBase += len;
            return;
        }
        if (discardAhead > 0) {
            int drop = (int) Math.min(discardAhead, len);
            discardAhead -= drop;
            ctx.stats.bytesSkipped += drop;
            bufBase += drop;
            off += drop;
            len -= drop;
            if (len == 0) {
                return;
            }
        }
        if (mode == Mode.DISCARD) {
            ctx.stats.bytesSkipped += len;
            bufBase += len;
            return;
        }
        if (end - start + len > CaptureLimits.MAX_TCP_STREAM_BUFFER) {
            ctx.problem("limit-tcp-stream-buffer", CaptureLimits.MAX_TCP_STREAM_BUFFER, source, destination);
            dropBuffered();
        }
        if (!reserve(len)) {
            ctx.problem("limit-tcp-memory", CaptureLimits.MAX_TCP_BUFFERED_TOTAL, source, destination);
            dropBuffered();
            ctx.stats.bytesSkipped += len;
            bufBase += len;
            return;
        }
        System.arraycopy(b, off, buf, end, len);
        mark(bufBase + (end - start), frame, timestamp, fileOffset);
        end += len;
        process();
    }

    /** Makes room for len more bytes at the end of the buffer; false when the memory budget says no. */
    private boolean reserve(int len) {
        if (start > 0 && buf.length - end < len) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (buf.length - end < len) {
            int size = Math.max(Math.max(4_096, buf.length * 2), end + len);
            size = Math.min(size, Math.max(end + len, CaptureLimits.MAX_TCP_STREAM_BUFFER));
            if (!budget.take(size - buf.length)) {
                return false;
            }
            buf = Arrays.copyOf(buf, size);
        }
        return true;
    }

    private void mark(long pos, long frame, long timestamp, long fileOffset) {
        if ((markHead + markCount + 1) * 4 > marks.length) {
            if (markHead > 0) {
                System.arraycopy(marks, markHead * 4, marks, 0, markCount * 4);
                markHead = 0;
            }
            if ((markCount + 1) * 4 > marks.length) {
                budget.force(marks.length * 8L);
                marks = Arrays.copyOf(marks, marks.length * 2);
            }
        }
        int i = (markHead + markCount) * 4;
        marks[i] = pos;
        marks[i + 1] = frame;
        marks[i + 2] = timestamp;
        marks[i + 3] = fileOffset;
        markCount++;
    }

    /** Index in {@link #marks} of the chunk holding the byte at {@code bufBase}. */
    private int currentMark() {
        while (markCount > 1 && marks[(markHead + 1) * 4] <= bufBase) {
            markHead++;
            markCount--;
        }
        return markHead * 4;
    }

    long startFrame() {
        return markCount == 0 ? ctx.frameNumber : marks[currentMark() + 1];
    }

    long startTimestamp() {
        return markCount == 0 ? ctx.timestampNanos : marks[currentMark() + 2];
    }

    long startFileOffset() {
        return markCount == 0 ? ctx.fileOffset : marks[currentMark() + 3];
    }

    /** Consumes n buffered bytes. */
    void consume(int n) {
        start += n;
        bufBase += n;
        if (start == end) {
            start = 0;
            end = 0;
        }
    }

    private void dropBuffered() {
        int n = end - start;
        if (n > 0) {
            ctx.stats.bytesSkipped += n;
        }
        bufBase += n;
        start = 0;
        end = 0;
        markHead = 0;
        markCount = 0;
        if (webSocket != null) {
            webSocket.reset();
        }
    }

    private void process() {
        if (mode == Mode.DETECT && !detect(false)) {
            return;
        }
        switch (mode) {
            case FRAMED -> frameMessages();
            case WEBSOCKET -> webSocket.frames(this);
            case TLS -> {
                ctx.stats.encryptedBytes += end - start;
                bufBase += end - start;
                start = 0;
                end = 0;
                markCount = 0;
            }
            default -> {
            }
        }
    }

    /**
     * Decides the mode from the first bytes; false while more are needed.
     *
     * @param ending the stream ends: decide with what there is
     */
    private boolean detect(boolean ending) {
        int n = end - start;
        if (n < 4 && !ending) {
            return false;
        }
        if (n >= 3 && isTlsRecord(buf, start)) {
            mode = Mode.TLS;
            ctx.stats.encryptedStreams++;
            return true;
        }
        if (startsWith("GET ") || startsWith("HTTP/1.1 101")) {
            int headerEnd = indexOf(HEADER_END, buf, start, end);
            if (headerEnd < 0) {
                if (n < CaptureLimits.MAX_HTTP_UPGRADE_HEADER && !ending) {
                    return false;
                }
            } else if (isWebSocketUpgrade(headerEnd)) {
                consume(headerEnd + 4 - start);
                mode = Mode.WEBSOCKET;
                webSocket = new WebSocketFrames(ctx);
                return true;
            }
        } else if (n < 12 && !ending && ("HTTP/1.1 101".startsWith(text(n)))) {
            return false;
        }
        mode = Mode.FRAMED;
        return true;
    }

    /** RFC 8446 §5.1 / RFC 5246 §6.2.1: content type 20–23, major version 3, minor 0–4. */
    private static boolean isTlsRecord(byte[] b, int i) {
        int type = b[i] & 0xFF;
        return type >= 20 && type <= 23 && b[i + 1] == 3 && (b[i + 2] & 0xFF) <= 4;
    }

    private boolean isWebSocketUpgrade(int headerEnd) {
        String header = new String(buf, start, headerEnd - start, StandardCharsets.ISO_8859_1).toLowerCase();
        return header.contains("\nupgrade:") && header.contains("websocket")
                && (header.startsWith("get ") || header.startsWith("http/1.1 101"));
    }

    private boolean startsWith(String prefix) {
        if (end - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (buf[start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String text(int n) {
        return new String(buf, start, n, StandardCharsets.ISO_8859_1);
    }

    static int indexOf(byte[] needle, byte[] b, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Runs the framer over the buffered bytes, delivering each message. */
    private void frameMessages() {
        while (start < end) {
            int available = end - start;
            int r = framer.frame(buf, start, available);
            if (r == StreamFramer.NEED_MORE) {
                break;
            }
            if (r < 0) {
                long skip = -(long) r;
                if (skippedRun == 0) {
                    skippedRunFrame = startFrame();
                    skippedRunOffset = startFileOffset();
                }
                int now = (int) Math.min(skip, available);
                skippedRun += skip;
                ctx.stats.bytesSkipped += now;
                discardAhead += skip - now;
                consume(now);
                continue;
            }
            int n = Math.min(r, available);
            endSkippedRun();
            if (framer.isKeepAlive(buf, start, n)) {
                ctx.stats.keepAlives++;
            } else {
                ctx.stats.tcpMessages++;
                deliver(Transport.TCP, Arrays.copyOfRange(buf, start, start + n), encapsulation);
            }
            consume(n);
        }
    }

    private void endSkippedRun() {
        if (skippedRun > 0) {
            ctx.report("tcp-bytes-skipped", skippedRunFrame, skippedRunOffset, skippedRun, source, destination);
            skippedRun = 0;
        }
    }

    /** Delivers a message that starts at the current stream position. */
    void deliver(Transport transport, byte[] data, String encapsulation) {
        ctx.sink.payload(new Payload(startTimestamp(), transport, source, destination, interfaceId, startFrame(),
                data, encapsulation, null));
    }

    /** Same as {@link #deliver} with the start given explicitly (a WebSocket message begun earlier). */
    void deliver(Transport transport, byte[] data, String encapsulation, long frame, long timestamp) {
        ctx.sink.payload(new Payload(timestamp, transport, source, destination, interfaceId, frame, data,
                encapsulation, null));
    }

    byte[] buffer() {
        return buf;
    }

    int bufferStart() {
        return start;
    }

    int bufferEnd() {
        return end;
    }

    /** Skips the next n stream bytes, those not yet buffered as they arrive. */
    void skip(long n) {
        int now = (int) Math.min(n, end - start);
        ctx.stats.bytesSkipped += now;
        consume(now);
        discardAhead += n - now;
    }

    /** WebSocket framing is lost: skip the rest of this direction. */
    void discardRest() {
        mode = Mode.DISCARD;
        dropBuffered();
    }

    /** The stream ended (FIN, RST, end of input, or dropped to make room): flushes what is left. */
    void endOfStream() {
        if (held != null && !held.isEmpty()) {
            gap("the stream ended before the missing bytes arrived");
        }
        if (mode == Mode.DETECT && end > start) {
            detect(true);
            process();
        }
        if (mode == Mode.FRAMED && end > start) {
            // Give the framer a last look, then what is left is an incomplete message.
            frameMessages();
        }
        endSkippedRun();
        if (end > start && mode != Mode.TLS) {
            ctx.report("incomplete-tcp-message", startFrame(), startFileOffset(), end - start, source, destination);
        }
        dropBuffered();
        budget.give(buf.length + (marks.length - 16) * 8L);
        buf = new byte[0];
        marks = new long[16];
        if (webSocket != null) {
            webSocket.endOfStream(this);
        }
        if (held != null) {
            budget.give(heldBytes + (long) held.size() * HELD_OVERHEAD);
        }
        held = null;
        heldBytes = 0;
        discardAhead = 0;
    }
}
