package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.Transport;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * WebSocket frames (RFC 6455 §5.2) of one TCP direction after the upgrade: unmasks client frames (§5.3),
 * joins fragmented messages (§5.4), skips control frames (§5.5), inflates permessage-deflate messages
 * (RFC 7692 §7.2.2, RSV1 set on the first frame) and delivers each text or binary message with
 * {@link Transport#WS} — RFC 7118 §5 carries one SIP message per WebSocket message.
 */
final class WebSocketFrames {
    private static final int OP_CONTINUATION = 0;
    private static final int OP_TEXT = 1;
    private static final int OP_BINARY = 2;
    private static final int OP_CLOSE = 8;
    private static final int OP_PING = 9;
    private static final int OP_PONG = 10;
    /** RFC 7692 §7.2.2: the tail removed from each compressed message, put back before inflating. */
    private static final byte[] DEFLATE_TAIL = {0, 0, (byte) 0xFF, (byte) 0xFF};

    private final FrameContext ctx;
    private byte[] message;
    private int messageLength;
    private boolean inMessage;
    /** The message in progress exceeded the limit: its remaining fragments are skipped. */
    private boolean dropping;
    private boolean compressed;
    private long messageFrame;
    private long messageTimestamp;
    private Inflater inflater;
    private boolean closed;

    WebSocketFrames(FrameContext ctx) {
        this.ctx = ctx;
    }

    /** Consumes every complete frame buffered in {@code dir}. */
    void frames(TcpDirection dir) {
        while (!closed) {
            byte[] b = dir.buffer();
            int p = dir.bufferStart();
            int available = dir.bufferEnd() - p;
            if (available < 2) {
                return;
            }
            int b0 = b[p] & 0xFF;
            int b1 = b[p + 1] & 0xFF;
            boolean fin = (b0 & 0x80) != 0;
            boolean rsv1 = (b0 & 0x40) != 0;
            int opcode = b0 & 0x0F;
            boolean masked = (b1 & 0x80) != 0;
            long length = b1 & 0x7F;
            int header = 2;
            if (length == 126) {
                if (available < 4) {
                    return;
                }
                length = Bytes.u16(b, p + 2);
                header = 4;
            } else if (length == 127) {
                if (available < 10) {
                    return;
                }
                length = Bytes.i64(b, p + 2, true);
                header = 10;
            }
            if (masked) {
                header += 4;
            }
            if ((b0 & 0x30) != 0 || (opcode > OP_BINARY && opcode < OP_CLOSE) || opcode > OP_PONG) {
                protocolError(dir, "reserved bits or opcode " + opcode);
                return;
            }
            if (length < 0 || length > CaptureLimits.MAX_WEBSOCKET_MESSAGE
                    || header + length > CaptureLimits.MAX_TCP_STREAM_BUFFER) {
                ctx.report("limit-websocket-message", dir.startFrame(), dir.startFileOffset(),
                        CaptureLimits.MAX_WEBSOCKET_MESSAGE);
                reset();
                dir.skip(header + Math.max(0, length));
                continue;
            }
            if (available < header + length) {
                return;
            }
            int n = (int) length;
            int data = p + header;
            if (masked) {
                int key = p + header - 4;
                for (int i = 0; i < n; i++) {
                    b[data + i] ^= b[key + (i & 3)];
                }
            }
            switch (opcode) {
                case OP_TEXT, OP_BINARY -> {
                    if (inMessage) {
                        protocolError(dir, "new message before the previous one's last fragment");
                        return;
                    }
                    inMessage = true;
                    compressed = rsv1;
                    messageLength = 0;
                    messageFrame = dir.startFrame();
                    messageTimestamp = dir.startTimestamp();
                    add(dir, b, data, n);
                    if (fin) {
                        complete(dir);
                    }
                }
                case OP_CONTINUATION -> {
                    if (!inMessage) {
                        protocolError(dir, "continuation without a message");
                        return;
                    }
                    add(dir, b, data, n);
                    if (fin) {
                        complete(dir);
                    }
                }
                case OP_CLOSE -> closed = true;
                default -> {
                    // ping and pong carry no message
                }
            }
            dir.consume(header + n);
        }
        if (closed && dir.bufferEnd() > dir.bufferStart()) {
            dir.skip(dir.bufferEnd() - dir.bufferStart());
        }
    }

    private void add(TcpDirection dir, byte[] b, int off, int n) {
        if (dropping) {
            return;
        }
        if (messageLength + n > CaptureLimits.MAX_WEBSOCKET_MESSAGE) {
            ctx.report("limit-websocket-message", messageFrame, dir.startFileOffset(),
                    CaptureLimits.MAX_WEBSOCKET_MESSAGE);
            ctx.stats.bytesSkipped += messageLength + n;
            dropping = true;
            messageLength = 0;
            return;
        }
        if (message == null || message.length < messageLength + n) {
            message = Arrays.copyOf(message == null ? new byte[0] : message,
                    Math.max(messageLength + n, message == null ? 1_024 : message.length * 2));
        }
        System.arraycopy(b, off, message, messageLength, n);
        messageLength += n;
    }

    private void complete(TcpDirection dir) {
        if (dropping) {
            reset();
            return;
        }
        byte[] data;
        if (compressed) {
            data = inflate(dir);
        } else {
            data = Arrays.copyOf(message, messageLength);
        }
        inMessage = false;
        messageLength = 0;
        if (data == null) {
            return;
        }
        ctx.stats.webSocketMessages++;
        dir.deliver(Transport.WS, data, dir.encapsulation + (compressed ? "/ws-deflate" : "/ws"), messageFrame,
                messageTimestamp);
    }

    private byte[] inflate(TcpDirection dir) {
        if (inflater == null) {
            inflater = new Inflater(true);
        }
        byte[] input = Arrays.copyOf(message, messageLength + DEFLATE_TAIL.length);
        System.arraycopy(DEFLATE_TAIL, 0, input, messageLength, DEFLATE_TAIL.length);
        inflater.setInput(input);
        byte[] out = new byte[Math.max(256, messageLength * 4)];
        int produced = 0;
        try {
            while (!inflater.needsInput() || inflater.getRemaining() > 0) {
                if (produced == out.length) {
                    if (out.length >= CaptureLimits.MAX_WEBSOCKET_MESSAGE) {
                        ctx.report("limit-websocket-message", messageFrame, dir.startFileOffset(),
                                CaptureLimits.MAX_WEBSOCKET_MESSAGE);
                        inflater = null;
                        return null;
                    }
                    out = Arrays.copyOf(out, Math.min(out.length * 2, CaptureLimits.MAX_WEBSOCKET_MESSAGE));
                }
                int r = inflater.inflate(out, produced, out.length - produced);
                produced += r;
                if (r == 0 && (inflater.needsInput() || inflater.needsDictionary() || inflater.finished())) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            ctx.report("websocket-bad-deflate", messageFrame, dir.startFileOffset(), e.getMessage());
            inflater = null;
            return null;
        }
        if (inflater.finished()) {
            inflater.reset(); // the sender ended its deflate stream (a final block); the next message starts anew
        }
        return Arrays.copyOf(out, produced);
    }

    private void protocolError(TcpDirection dir, String what) {
        ctx.report("websocket-protocol-error", dir.startFrame(), dir.startFileOffset(), what);
        reset();
        closed = true;
        dir.discardRest();
    }

    /** Forgets a message in progress (its bytes are lost). */
    void reset() {
        inMessage = false;
        dropping = false;
        messageLength = 0;
    }

    void endOfStream(TcpDirection dir) {
        if (inMessage) {
            ctx.report("incomplete-websocket-message", messageFrame, dir.startFileOffset(), messageLength);
            reset();
        }
    }
}
