package dev.sipdiag.sip;

import dev.sipdiag.sip.internal.Cursor;
import dev.sipdiag.sip.internal.Layout;
import dev.sipdiag.sip.internal.Problems;
import dev.sipdiag.sip.internal.UriParser;

import java.nio.charset.StandardCharsets;

/** A SIP request: Request-Line (RFC 3261 §7.1) plus the common message parts. */
public final class SipRequest extends SipMessage {

    private String method;
    private Uri requestUri;

    SipRequest(Layout l, ParseMode mode) {
        super(l, mode);
    }

    @Override
    public boolean isRequest() {
        return true;
    }

    /** The method exactly as written (methods are case-sensitive, RFC 3261 §7.1), e.g. {@code INVITE}. */
    public String method() {
        if (method == null) {
            method = new String(l.buf, l.methodStart, l.methodEnd - l.methodStart, StandardCharsets.ISO_8859_1);
        }
        return method;
    }

    /** Whether the method is {@code m} (case-sensitive); does not allocate. */
    public boolean isMethod(String m) {
        int len = l.methodEnd - l.methodStart;
        if (len != m.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (l.buf[l.methodStart + i] != m.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The Request-URI text as written. */
    public String requestUriText() {
        return new String(l.buf, l.uriStart, l.uriEnd - l.uriStart, StandardCharsets.UTF_8);
    }

    /** The Request-URI, parsed on first call. */
    public Uri requestUri() {
        if (requestUri == null) {
            Problems p = new Problems(l.buf, l.start, l.end, mode);
            requestUri = UriParser.parse(Cursor.of(l.buf, l.uriStart, l.uriEnd, p, IssueCode.INVALID_REQUEST_URI));
        }
        return requestUri;
    }

    @Override
    public String startLine() {
        return new String(l.buf, l.start, l.startLineEnd - l.start, StandardCharsets.UTF_8);
    }
}
