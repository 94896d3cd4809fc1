package dev.sipdiag.capture;

/**
 * Splits a reassembled byte stream (TCP, WebSocket) into application messages. The capture layer knows no SIP:
 * the SIP module supplies a framer that finds message boundaries by Content-Length.
 */
public interface StreamFramer {
    /** {@link #frame} result: more bytes are needed before a message is complete. */
    int NEED_MORE = 0;

    /**
     * Looks at buf[off, off+len) and says how the stream continues.
     *
     * @return a positive n: the first n bytes are one message (or a keep-alive to skip: see {@link #isKeepAlive});
     *         {@link #NEED_MORE}; or a negative -n: the first n bytes are not the start of a message and are
     *         to be skipped (resynchronisation after a gap). Never throws: whatever the bytes, one of these
     *         (a message too large to wait for is delivered as far as it goes, or skipped).
     */
    int frame(byte[] buf, int off, int len);

    /** Whether the n-byte frame at buf[off] is a keep-alive (CRLF, CRLFCRLF) rather than a message. */
    default boolean isKeepAlive(byte[] buf, int off, int n) {
        for (int i = off; i < off + n; i++) {
            if (buf[i] != '\r' && buf[i] != '\n') {
                return false;
            }
        }
        return true;
    }
}
