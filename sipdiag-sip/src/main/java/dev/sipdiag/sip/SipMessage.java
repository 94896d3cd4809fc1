package dev.sipdiag.sip;

import dev.sipdiag.sip.internal.Cursor;
import dev.sipdiag.sip.internal.HeaderParsers;
import dev.sipdiag.sip.internal.Layout;
import dev.sipdiag.sip.internal.Problems;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A framed SIP message: a view on the bytes it was parsed from (the array is not copied; do not change it while
 * the message is in use), with the correlation keys read during framing and typed headers parsed lazily, on
 * first call, then cached.
 *
 * <p>Typed accessors return null (or an empty list, or -1) when the header is absent. They parse in the mode
 * the message was parsed in: in lenient mode a malformed value gives a best-effort result; in strict mode a
 * message from {@link SipParser#parse} has already passed every check, while one from {@link SipParser#frame}
 * may throw {@link SipParseException} from an accessor.
 *
 * <p>{@link #toBytes()} and {@link #writeTo(OutputStream)} give back exactly the bytes parsed, start line to
 * end of body.
 *
 * <p>Typed values are immutable records; the lazy cache is filled without locking, which is safe (two threads
 * may parse the same header twice and get equal values) but not free, so share a message across threads only
 * after reading what you need.
 */
public abstract sealed class SipMessage permits SipRequest, SipResponse {

    private static final HeaderName[] NAMES = HeaderName.values();

    final Layout l;
    final ParseMode mode;
    private List<ParseIssue> issues;
    /** Typed values by {@link HeaderName} ordinal; allocated on first use (the framing path never needs it). */
    private Object[] cache;
    private String callId;

    SipMessage(Layout l, ParseMode mode) {
        this.l = l;
        this.mode = mode;
        this.issues = l.problems.issues();
        this.cache = l.typed;
    }

    /** Whether this is a request (else a response). */
    public abstract boolean isRequest();

    /** The start line without its line break. */
    public abstract String startLine();

    /** The mode this message was parsed in. */
    public ParseMode mode() {
        return mode;
    }

    /** Deviations recorded while parsing: warnings in both modes, and grammar violations in lenient mode. */
    public List<ParseIssue> issues() {
        return issues;
    }

    /** Whether a recorded issue is a grammar violation (only possible in lenient mode). */
    public boolean hasViolations() {
        for (ParseIssue i : issues) {
            if (i.violation()) {
                return true;
            }
        }
        return false;
    }

    // ---- raw bytes ----------------------------------------------------------------------------------------

    /** Length in bytes, start line to end of body. */
    public int length() {
        return l.end - l.start;
    }

    /** Offset of the first byte of the message within the array it was parsed from. */
    public int arrayOffset() {
        return l.start;
    }

    /** A copy of the message bytes exactly as parsed. */
    public byte[] toBytes() {
        return Arrays.copyOfRange(l.buf, l.start, l.end);
    }

    /** Writes the message bytes exactly as parsed. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(l.buf, l.start, l.end - l.start);
    }

    /** A copy of the body (empty when there is none). */
    public byte[] body() {
        return Arrays.copyOfRange(l.buf, l.bodyStart, l.bodyEnd);
    }

    /** Length of the body as delimited (which may differ from Content-Length; see {@link #issues()}). */
    public int bodyLength() {
        return l.bodyEnd - l.bodyStart;
    }

    /** Offset of the body from the start of the message. */
    public int bodyOffset() {
        return l.bodyStart - l.start;
    }

    // ---- headers ------------------------------------------------------------------------------------------

    /** Number of header fields. */
    public int headerCount() {
        return l.headerCount;
    }

    /** All header fields in message order. */
    /**
     * The known header the field at {@code index} (0 .. {@link #headerCount()} - 1, message order) is, or null for
     * an extension header. With {@link #headerValue} and {@link #headerNameText}, a way through the fields that
     * makes no object per field, for code that reads every message of a capture.
     */
    public HeaderName headerName(int index) {
        return SipHeader.headerName(l, java.util.Objects.checkIndex(index, l.headerCount));
    }

    /** The value of the field at {@code index}, as {@link SipHeader#value()}. */
    public String headerValue(int index) {
        return SipHeader.value(l, java.util.Objects.checkIndex(index, l.headerCount));
    }

    /** The name of the field at {@code index} as written, as {@link SipHeader#name()}. */
    public String headerNameText(int index) {
        return SipHeader.name(l, java.util.Objects.checkIndex(index, l.headerCount));
    }

    public List<SipHeader> headers() {
        List<SipHeader> out = new ArrayList<>(l.headerCount);
        for (int i = 0; i < l.headerCount; i++) {
            out.add(new SipHeader(l, i));
        }
        return out;
    }

    /** The fields of a known header (long and compact forms alike), in message order. */
    public List<SipHeader> headers(HeaderName name) {
        List<SipHeader> out = new ArrayList<>(2);
        int kind = name.ordinal() + 1;
        for (int i = 0; i < l.headerCount; i++) {
            if (l.h[i * Layout.STRIDE + Layout.KIND] == kind) {
                out.add(new SipHeader(l, i));
            }
        }
        return out;
    }

    /** The fields with this name (case-insensitive; compact forms resolved for known headers). */
    public List<SipHeader> headers(String name) {
        HeaderName known = HeaderName.lookup(name);
        if (known != null) {
            return headers(known);
        }
        List<SipHeader> out = new ArrayList<>(1);
        for (SipHeader h : headers()) {
            if (h.name().equalsIgnoreCase(name)) {
                out.add(h);
            }
        }
        return out;
    }

    /** The value of the first field with this name, or null. */
    public String header(String name) {
        List<SipHeader> hs = headers(name);
        return hs.isEmpty() ? null : hs.get(0).value();
    }

    private int first(HeaderName name) {
        int kind = name.ordinal() + 1;
        for (int i = 0; i < l.headerCount; i++) {
            if (l.h[i * Layout.STRIDE + Layout.KIND] == kind) {
                return i;
            }
        }
        return -1;
    }

    private Cursor cursor(int i) {
        int b = i * Layout.STRIDE;
        return Cursor.of(l.buf, l.h[b + Layout.VALUE_START], l.h[b + Layout.VALUE_END],
                new Problems(l.buf, l.start, l.end, mode), IssueCode.INVALID_HEADER_VALUE);
    }

    private Object[] cache() {
        if (cache == null) {
            cache = new Object[NAMES.length];
        }
        return cache;
    }

    @SuppressWarnings("unchecked")
    private <T> T single(HeaderName name, Function<Cursor, T> parser) {
        Object[] cache = cache();
        Object v = cache[name.ordinal()];
        if (v == null) {
            int i = first(name);
            if (i < 0) {
                return null;
            }
            v = parser.apply(cursor(i));
            cache[name.ordinal()] = v;
        }
        return (T) v;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> all(HeaderName name, Function<Cursor, List<T>> parser) {
        Object[] cache = cache();
        Object v = cache[name.ordinal()];
        if (v == null) {
            List<T> out = new ArrayList<>(2);
            int kind = name.ordinal() + 1;
            for (int i = 0; i < l.headerCount; i++) {
                if (l.h[i * Layout.STRIDE + Layout.KIND] == kind) {
                    out.addAll(parser.apply(cursor(i)));
                }
            }
            v = List.copyOf(out);
            cache[name.ordinal()] = v;
        }
        return (List<T>) v;
    }

    private String text(int s, int e) {
        return s < 0 ? null : new String(l.buf, s, e - s, StandardCharsets.UTF_8);
    }

    // ---- correlation keys (read during framing) -----------------------------------------------------------

    /** The Call-ID, or null when absent. */
    public String callId() {
        if (callId == null && l.callIdStart >= 0) {
            callId = text(l.callIdStart, l.callIdEnd);
        }
        return callId;
    }

    /** The CSeq number, or -1 when absent or unreadable. */
    public long cseqNumber() {
        return l.cseqNumber;
    }

    /** The CSeq method, or null. */
    public String cseqMethod() {
        return text(l.cseqMethodStart, l.cseqMethodEnd);
    }

    /** The From tag, or null. */
    public String fromTag() {
        return text(l.fromTagStart, l.fromTagEnd);
    }

    /** The To tag, or null (absent on out-of-dialog requests). */
    public String toTag() {
        return text(l.toTagStart, l.toTagEnd);
    }

    /** The branch of the top Via, or null. */
    public String topViaBranch() {
        return text(l.branchStart, l.branchEnd);
    }

    /** The sent-by host of the top Via (IPv6 references keep their brackets), or null. */
    public String topViaHost() {
        return text(l.sentByHostStart, l.sentByHostEnd);
    }

    /** The sent-by port of the top Via, or -1. */
    public int topViaPort() {
        return l.sentByPort;
    }

    /** The Content-Length value, or -1 when absent or unreadable. */
    public long contentLength() {
        return l.contentLength;
    }

    // ---- typed headers (parsed on first call) -------------------------------------------------------------

    /** All via-parms of all Via fields, top first. */
    public List<Via> vias() {
        return all(HeaderName.VIA, HeaderParsers::vias);
    }

    /** The top via-parm, or null. */
    public Via topVia() {
        List<Via> v = vias();
        return v.isEmpty() ? null : v.get(0);
    }

    /** From (RFC 3261 §20.20), or null when absent. */
    public NameAddress from() {
        return single(HeaderName.FROM, HeaderParsers::nameAddress);
    }

    /** To (RFC 3261 §20.39), or null when absent. */
    public NameAddress to() {
        return single(HeaderName.TO, HeaderParsers::nameAddress);
    }

    /** CSeq (RFC 3261 §20.16), or null when absent. */
    public CSeq cseq() {
        return single(HeaderName.CSEQ, HeaderParsers::cseq);
    }

    /** Max-Forwards (0-255), or -1 when absent. */
    public int maxForwards() {
        Long v = single(HeaderName.MAX_FORWARDS, c -> HeaderParsers.number(c, HeaderParsers.MAX_MAX_FORWARDS));
        return v == null ? -1 : v.intValue();
    }

    /** Whether Contact is the wildcard {@code *} (RFC 3261 §10.2.2). */
    public boolean isContactWildcard() {
        int i = first(HeaderName.CONTACT);
        if (i < 0) {
            return false;
        }
        int b = i * Layout.STRIDE;
        return l.h[b + Layout.VALUE_END] > l.h[b + Layout.VALUE_START] && l.buf[l.h[b + Layout.VALUE_START]] == '*';
    }

    /** All Contact values of all Contact fields (empty for the wildcard). */
    public List<NameAddress> contacts() {
        return isContactWildcard() ? List.of() : all(HeaderName.CONTACT, HeaderParsers::nameAddresses);
    }

    /** All Route values in order (RFC 3261 §20.34). */
    public List<NameAddress> routes() {
        return all(HeaderName.ROUTE, HeaderParsers::nameAddresses);
    }

    /** All Record-Route values in order (RFC 3261 §20.30). */
    public List<NameAddress> recordRoutes() {
        return all(HeaderName.RECORD_ROUTE, HeaderParsers::nameAddresses);
    }

    /** Content-Type (RFC 3261 §20.15), or null when absent. */
    public ContentType contentType() {
        return single(HeaderName.CONTENT_TYPE, HeaderParsers::contentType);
    }

    /**
     * The Reason header value(s) as written, or null. NOTE: the structured Reason parser (protocol, cause, text)
     * belongs to {@code dev.sipdiag.status} and is being written in parallel; until it lands, callers get the raw
     * value here and parse it there.
     */
    public String reason() {
        List<SipHeader> hs = headers(HeaderName.REASON);
        if (hs.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (SipHeader h : hs) {
            sb.append(sb.length() == 0 ? "" : ", ").append(h.value());
        }
        return sb.toString();
    }

    /** All Warning values (RFC 3261 §20.43). */
    public List<WarningValue> warnings() {
        return all(HeaderName.WARNING, HeaderParsers::warnings);
    }

    /** Retry-After (RFC 3261 §20.33), or null when absent. */
    public RetryAfter retryAfter() {
        return single(HeaderName.RETRY_AFTER, HeaderParsers::retryAfter);
    }

    /** Option tags of all Require fields (RFC 3261 §20.32). */
    public List<String> require() {
        return all(HeaderName.REQUIRE, HeaderParsers::tokens);
    }

    /** Option tags of all Proxy-Require fields (RFC 3261 §20.29). */
    public List<String> proxyRequire() {
        return all(HeaderName.PROXY_REQUIRE, HeaderParsers::tokens);
    }

    /** Option tags of all Supported fields (RFC 3261 §20.37). */
    public List<String> supported() {
        return all(HeaderName.SUPPORTED, HeaderParsers::tokens);
    }

    /** Option tags of all Unsupported fields (RFC 3261 §20.40). */
    public List<String> unsupported() {
        return all(HeaderName.UNSUPPORTED, HeaderParsers::tokens);
    }

    /** Methods of all Allow fields (RFC 3261 §20.5). */
    public List<String> allow() {
        return all(HeaderName.ALLOW, HeaderParsers::tokens);
    }

    /** Session-Expires (RFC 4028 §4), or null when absent. */
    public SessionExpires sessionExpires() {
        return single(HeaderName.SESSION_EXPIRES, HeaderParsers::sessionExpires);
    }

    /** Min-SE in seconds (RFC 4028 §5), or -1 when absent. */
    public long minSe() {
        Long v = single(HeaderName.MIN_SE, c -> HeaderParsers.numberWithParams(c, HeaderParsers.MAX_DELTA_SECONDS));
        return v == null ? -1 : v;
    }

    /** Min-Expires in seconds (RFC 3261 §20.23), or -1 when absent. */
    public long minExpires() {
        Long v = single(HeaderName.MIN_EXPIRES, c -> HeaderParsers.number(c, HeaderParsers.MAX_DELTA_SECONDS));
        return v == null ? -1 : v;
    }

    /** Expires in seconds (RFC 3261 §20.19), or -1 when absent. */
    public long expires() {
        Long v = single(HeaderName.EXPIRES, c -> HeaderParsers.number(c, HeaderParsers.MAX_DELTA_SECONDS));
        return v == null ? -1 : v;
    }

    /** The User-Agent value as written, or null. */
    public String userAgent() {
        return header("User-Agent");
    }

    /** The Server value as written, or null. */
    public String server() {
        return header("Server");
    }

    /** All WWW-Authenticate challenges (RFC 3261 §20.44). */
    public List<AuthValue> wwwAuthenticate() {
        return all(HeaderName.WWW_AUTHENTICATE, c -> List.of(HeaderParsers.auth(c)));
    }

    /** All Proxy-Authenticate challenges (RFC 3261 §20.27). */
    public List<AuthValue> proxyAuthenticate() {
        return all(HeaderName.PROXY_AUTHENTICATE, c -> List.of(HeaderParsers.auth(c)));
    }

    /** All Authorization credentials (RFC 3261 §20.7). */
    public List<AuthValue> authorization() {
        return all(HeaderName.AUTHORIZATION, c -> List.of(HeaderParsers.auth(c)));
    }

    /** All Proxy-Authorization credentials (RFC 3261 §20.28). */
    public List<AuthValue> proxyAuthorization() {
        return all(HeaderName.PROXY_AUTHORIZATION, c -> List.of(HeaderParsers.auth(c)));
    }

    /** P-Asserted-Identity values (RFC 3325). */
    public List<NameAddress> pAssertedIdentity() {
        return all(HeaderName.P_ASSERTED_IDENTITY, HeaderParsers::nameAddresses);
    }

    /** Diversion values (RFC 5806), with reason, counter etc. as parameters. */
    public List<NameAddress> diversion() {
        return all(HeaderName.DIVERSION, HeaderParsers::nameAddresses);
    }

    /** History-Info entries (RFC 7044), with the index as a parameter. */
    public List<NameAddress> historyInfo() {
        return all(HeaderName.HISTORY_INFO, HeaderParsers::nameAddresses);
    }

    @Override
    public String toString() {
        return startLine();
    }
}
