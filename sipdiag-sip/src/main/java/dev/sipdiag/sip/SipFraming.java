package dev.sipdiag.sip;

import dev.sipdiag.sip.internal.FramingScan;

/**
 * Cuts a byte stream (TCP, TLS) into messages by Content-Length (RFC 3261 §18.3), skipping CRLF keep-alives
 * (RFC 5626 §3.5.1) and resynchronising after bytes that are not SIP.
 *
 * <pre>{@code
 * int n = SipFraming.frame(buf, off, len);
 * if (n > 0 && SipFraming.isKeepAlive(buf, off, n)) { off += n; }          // CRLFCRLF ping or CRLF pong
 * else if (n > 0) { SipParser.parse(buf, off, n, mode); off += n; }      // one whole message
 * else if (n < 0) { off += -n; }                                          // garbage: skip it
 * else { read more }                                                      // incomplete
 * }</pre>
 */
public final class SipFraming {

    private SipFraming() {
    }

    /**
     * Frames the first message in {@code buf[off, off+len)}.
     *
     * @return n &gt; 0: the first n bytes are one complete message, or a keep-alive (a run of CR/LF bytes, see
     *         {@link #isKeepAlive}); 0: more bytes are needed; -n: the first n bytes are not the start of a SIP
     *         message and should be skipped. A message without Content-Length is taken to have no body. Never
     *         fails on content: a header section longer than {@link SipLimits#MAX_MESSAGE_SIZE} is skipped, and
     *         a Content-Length above {@link SipLimits#MAX_CONTENT_LENGTH} frames the header section alone, whose
     *         parse then reports the limit.
     * @throws SipParseException only when the range is not inside the array
     */
    public static int frame(byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || off + len > buf.length || off + len < 0) {
            throw new SipParseException(IssueCode.EMPTY_MESSAGE, 0, 1, 1, "a byte range inside the array",
                    "offset " + off + " and length " + len, "");
        }
        return FramingScan.frame(buf, off, len);
    }

    /** Whether the n bytes at off are a keep-alive: only CR and LF bytes (RFC 5626 §3.5.1 CRLFCRLF / CRLF). */
    public static boolean isKeepAlive(byte[] buf, int off, int n) {
        if (n <= 0) {
            return false;
        }
        for (int i = off; i < off + n; i++) {
            if (buf[i] != '\r' && buf[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * A cheap content check: whether the bytes start with a complete Request-Line (token method, SP, anything,
     * SP, SIP/2.0) or Status-Line (SIP/2.0 SP three digits). Used to find SIP on any port.
     */
    public static boolean looksLikeSip(byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len <= 0 || off + len > buf.length) {
            return false;
        }
        return FramingScan.looksLikeSip(buf, off, len);
    }
}
