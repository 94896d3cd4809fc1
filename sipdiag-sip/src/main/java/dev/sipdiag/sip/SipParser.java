package dev.sipdiag.sip;

import dev.sipdiag.sip.internal.Cursor;
import dev.sipdiag.sip.internal.Layout;
import dev.sipdiag.sip.internal.MessageChecker;
import dev.sipdiag.sip.internal.MessageScanner;
import dev.sipdiag.sip.internal.Problems;
import dev.sipdiag.sip.internal.UriParser;

import java.nio.charset.StandardCharsets;

/**
 * The entry points for parsing SIP messages and URIs. Every method throws only {@link SipParseException},
 * whatever the bytes.
 *
 * <pre>{@code
 * SipMessage m = SipParser.parse(datagram, ParseMode.LENIENT);
 * m.callId();                       // read while framing
 * m.issues();                       // what was wrong, as warnings
 * ((SipRequest) m).method();        // "INVITE"
 * m.vias().get(0).branch();         // parsed on first call
 * }</pre>
 *
 * <p>The input holds one message as a datagram does: bytes after the body (by Content-Length) are ignored with
 * a {@link IssueCode#TRAILING_BYTES} warning (RFC 3261 §18.3). For a byte stream, cut messages first with
 * {@link SipFraming#frame(byte[], int, int)}.
 */
public final class SipParser {

    private SipParser() {
    }

    /** {@link #parse(byte[], int, int, ParseMode)} over the whole array. */
    public static SipMessage parse(byte[] buf, ParseMode mode) {
        return parse(buf, 0, buf == null ? 0 : buf.length, mode);
    }

    /**
     * Frames the message, reads its correlation keys and checks every known header and the message rules.
     * Strict mode throws the first grammar violation; lenient mode records it and goes on. Warnings (RFC 4475
     * §3.2-§3.4 cases) are in {@link SipMessage#issues()} in both modes.
     *
     * @throws SipParseException on a violation in strict mode, and in both modes when there is no start line
     *                           or a {@link SipLimits limit} is exceeded
     */
    public static SipMessage parse(byte[] buf, int off, int len, ParseMode mode) {
        Layout l = scan(buf, off, len, mode);
        try {
            MessageChecker.check(l);
        } catch (SipParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw l.problems.exception(IssueCode.INVALID_HEADER_VALUE, l.start, "a parseable message (" + e + ")");
        }
        return l.response ? new SipResponse(l, mode) : new SipRequest(l, mode);
    }

    /**
     * The fast path: frames the message and reads its correlation keys only; typed headers are parsed when
     * first asked for. Use it where only Call-ID, CSeq, tags, branch, status or method matter.
     *
     * @throws SipParseException as {@link #parse(byte[], int, int, ParseMode)} for framing problems
     */
    public static SipMessage frame(byte[] buf, int off, int len, ParseMode mode) {
        Layout l = scan(buf, off, len, mode);
        return l.response ? new SipResponse(l, mode) : new SipRequest(l, mode);
    }

    private static Layout scan(byte[] buf, int off, int len, ParseMode mode) {
        if (buf == null || off < 0 || len < 0 || off + len > buf.length || off + len < 0) {
            throw new Problems(new byte[0], 0, 0, mode).fail(IssueCode.EMPTY_MESSAGE, 0,
                    "a byte range inside the array");
        }
        try {
            return MessageScanner.scan(buf, off, len, mode);
        } catch (SipParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new Problems(buf, off, off + len, mode).exception(IssueCode.INVALID_START_LINE, off,
                    "a parseable message (" + e + ")");
        }
    }

    /**
     * Parses a URI on its own (sip, sips, tel; any other scheme as an opaque {@link AbsoluteUri}).
     *
     * @throws SipParseException when the text is not a URI (in lenient mode only when it has no scheme)
     */
    public static Uri parseUri(String text, ParseMode mode) {
        byte[] b = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        Problems p = new Problems(b, 0, b.length, mode);
        try {
            Uri u = UriParser.parse(Cursor.of(b, 0, b.length, p, IssueCode.INVALID_URI));
            if (u.scheme().isEmpty()) {
                throw p.fail(IssueCode.INVALID_URI, 0, "a URI scheme");
            }
            return u;
        } catch (SipParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw p.exception(IssueCode.INVALID_URI, 0, "a URI (" + e + ")");
        }
    }

    /** {@link #parseUri(String, ParseMode)} in strict mode. */
    public static Uri parseUri(String text) {
        return parseUri(text, ParseMode.STRICT);
    }
}
