package dev.sipdiag.sip;

import dev.sipdiag.sip.internal.Layout;
import dev.sipdiag.status.SipStatus;

import java.nio.charset.StandardCharsets;

/** A SIP response: Status-Line (RFC 3261 §7.2) plus the common message parts. */
public final class SipResponse extends SipMessage {

    SipResponse(Layout l, ParseMode mode) {
        super(l, mode);
    }

    @Override
    public boolean isRequest() {
        return false;
    }

    /**
     * The status code; in lenient mode -1 when the Status-Line held no three-digit code (a three-digit code
     * outside 100-699 is returned as it is).
     */
    public int statusCode() {
        return l.statusCode;
    }

    /** The status from the registry, or null when the code is outside 100-699. */
    public SipStatus status() {
        return l.statusCode >= SipStatus.MIN_CODE && l.statusCode <= SipStatus.MAX_CODE
                ? SipStatus.valueOf(l.statusCode) : null;
    }

    /** The Reason-Phrase as written (UTF-8), possibly empty. */
    public String reasonPhrase() {
        return new String(l.buf, l.reasonStart, l.reasonEnd - l.reasonStart, StandardCharsets.UTF_8);
    }

    @Override
    public String startLine() {
        return new String(l.buf, l.start, l.startLineEnd - l.start, StandardCharsets.UTF_8);
    }
}
