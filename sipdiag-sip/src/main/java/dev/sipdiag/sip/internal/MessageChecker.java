package dev.sipdiag.sip.internal;

import dev.sipdiag.sip.AuthValue;
import dev.sipdiag.sip.ContentType;
import dev.sipdiag.sip.HeaderName;
import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.NameAddress;
import dev.sipdiag.sip.Param;
import dev.sipdiag.sip.SipUri;
import dev.sipdiag.sip.AbsoluteUri;
import dev.sipdiag.sip.Uri;
import dev.sipdiag.sip.Via;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The full check of a framed message: every known header through its grammar (in message order, so strict
 * mode reports the first violation in the message), then the message-level rules of RFC 3261 §8.1.1, and the
 * well-formed-but-questionable cases RFC 4475 §3.2-§3.4 describes, which are warnings in both modes.
 */
public final class MessageChecker {

    private static final HeaderName[] VALUES = HeaderName.values();

    /** Headers that allow a single value (RFC 3261 §20, table 2 and 3; RFC 4028). */
    private static final Set<HeaderName> SINGLE = Set.of(HeaderName.FROM, HeaderName.TO, HeaderName.CALL_ID,
            HeaderName.CSEQ, HeaderName.MAX_FORWARDS, HeaderName.CONTENT_TYPE, HeaderName.EXPIRES,
            HeaderName.MIN_EXPIRES, HeaderName.DATE, HeaderName.SESSION_EXPIRES, HeaderName.MIN_SE,
            HeaderName.RETRY_AFTER);

    /** Option tags of registered extensions that sipdiag recognises (IANA "Option Tags"). */
    private static final Set<String> KNOWN_OPTION_TAGS = Set.of("100rel", "timer", "replaces", "path", "outbound",
            "gruu", "precondition", "norefersub", "join", "eventlist", "from-change", "histinfo", "resource-priority",
            "sec-agree", "tdialog", "target-dialog", "pref", "privacy", "answermode", "multiple-refer", "siprec",
            "199", "record-aware", "recipient-list-invite", "recipient-list-message", "recipient-list-subscribe",
            "early-session", "geolocation-sip", "geolocation-http", "info-package", "sdp-anat", "ice", "uui");

    /** URI parameters of RFC 3261 §19.1.1 and common extensions. */
    private static final Set<String> KNOWN_URI_PARAMS = Set.of("transport", "user", "method", "ttl", "maddr", "lr",
            "ob", "gr", "comp", "sigcomp-id", "rinstance", "line", "npdi", "rn", "phone-context", "isub", "ext",
            "cause", "target", "aai", "bnc", "sg", "m", "iotl", "pn-provider", "pn-param", "pn-prid");

    /** application/* subtypes seen in SIP bodies (besides any +xml, +json, vnd. and x- type). */
    private static final Set<String> KNOWN_APPLICATION_SUBTYPES = Set.of("sdp", "isup", "qsig", "dtmf",
            "dtmf-relay", "xml", "json", "octet-stream", "pkcs7-mime", "pkcs7-signature", "sipfrag",
            "simple-message-summary", "broadsoft", "vq-rtcpxr", "text");

    private static final Set<String> KNOWN_AUTH_SCHEMES = Set.of("digest", "bearer", "basic");

    private final Layout l;
    private final Problems p;
    private final int[] counts = new int[VALUES.length];
    /** The typed values parsed by the check, by {@link HeaderName} ordinal, handed to the message as its cache. */
    private final Object[] typed = new Object[VALUES.length];

    private MessageChecker(Layout l) {
        this.l = l;
        this.p = l.problems;
    }

    /** Checks the message; violations throw (strict) or are recorded (lenient), warnings are recorded. */
    public static void check(Layout l) {
        new MessageChecker(l).run();
    }

    private void run() {
        if (!l.response) {
            requestUri();
        }
        for (int i = 0; i < l.headerCount; i++) {
            int kind = l.h[i * Layout.STRIDE + Layout.KIND];
            if (kind > 0) {
                HeaderName name = VALUES[kind - 1];
                counts[kind - 1]++;
                if (counts[kind - 1] == 2 && SINGLE.contains(name)) {
                    p.warn(IssueCode.DUPLICATE_SINGLE_HEADER, l.h[i * Layout.STRIDE],
                            name.canonical() + " appears more than once; the first value is used");
                }
                if (!header(i, name)) {
                    text(i);
                }
            } else {
                text(i);
            }
        }
        messageRules();
        for (int k = 0; k < typed.length; k++) {
            if (typed[k] instanceof ArrayList<?> list) {
                typed[k] = List.copyOf(list);
            }
        }
        l.typed = typed;
    }

    private void requestUri() {
        Cursor c = Cursor.of(l.buf, l.uriStart, l.uriEnd, p, IssueCode.INVALID_REQUEST_URI);
        Uri uri = UriParser.parse(c);
        if (uri instanceof SipUri su && !su.headers().isEmpty()) {
            // RFC 3261 §19.1.1, table 1: headers are not allowed in a Request-URI.
            p.violation(IssueCode.INVALID_REQUEST_URI, l.uriStart + su.text().indexOf('?'),
                    "a Request-URI without headers ('?')");
        }
        unknownScheme(uri, l.uriStart);
    }

    private void unknownScheme(Uri uri, int at) {
        if (uri instanceof AbsoluteUri a && !a.scheme().isEmpty()) {
            p.warn(IssueCode.UNKNOWN_URI_SCHEME, at, "URI scheme '" + a.scheme() + "' is not sip, sips or tel");
        }
    }

    private Cursor cursor(int i, IssueCode code) {
        int b = i * Layout.STRIDE;
        return Cursor.of(l.buf, l.h[b + Layout.VALUE_START], l.h[b + Layout.VALUE_END], p, code);
    }

    /**
     * header-value = *(TEXT-UTF8char / UTF8-CONT / LWS) (RFC 3261 §25.1) for headers without a grammar of their
     * own here: no control characters except in a quoted-pair, and well-formed UTF-8.
     */
    private void text(int i) {
        int b = i * Layout.STRIDE;
        int vs = l.h[b + Layout.VALUE_START];
        int ve = l.h[b + Layout.VALUE_END];
        byte[] buf = l.buf;
        for (int k = vs; k < ve; k++) {
            int c = buf[k] & 0xff;
            if (c == '\\') {
                k++;
            } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7f) {
                p.violation(IssueCode.INVALID_HEADER_VALUE, k, "text without control characters");
                return;
            }
        }
        int bad = Utf8.firstInvalid(buf, vs, ve);
        if (bad >= 0) {
            p.violation(IssueCode.INVALID_HEADER_VALUE, bad, "UTF-8 text");
        }
    }

    /** Checks a known header's grammar; false when the header has none here (then only its text is checked). */
    private boolean header(int i, HeaderName name) {
        int at = l.h[i * Layout.STRIDE + Layout.VALUE_START];
        switch (name) {
            case VIA -> vias(append(name, HeaderParsers.vias(cursor(i, IssueCode.INVALID_VIA))), at);
            case FROM, TO -> {
                NameAddress a = keep(name, HeaderParsers.nameAddress(cursor(i, IssueCode.INVALID_NAME_ADDR)));
                unknownScheme(a.uri(), at);
            }
            case CONTACT -> contacts(i, at);
            case ROUTE, RECORD_ROUTE, P_ASSERTED_IDENTITY, DIVERSION, HISTORY_INFO, REFER_TO, REFERRED_BY ->
                    append(name, HeaderParsers.nameAddresses(cursor(i, IssueCode.INVALID_NAME_ADDR)));
            case CALL_ID -> HeaderParsers.callId(cursor(i, IssueCode.INVALID_HEADER_VALUE));
            case CSEQ -> keep(name, HeaderParsers.cseq(cursor(i, IssueCode.INVALID_CSEQ)));
            case MAX_FORWARDS -> {
                long mf = keep(name, HeaderParsers.number(cursor(i, IssueCode.INVALID_NUMBER),
                        HeaderParsers.MAX_MAX_FORWARDS));
                if (mf == 0 && !l.response && counts[name.ordinal()] == 1) {
                    p.warn(IssueCode.MAX_FORWARDS_ZERO, at, "Max-Forwards is 0: the next hop must not forward it");
                }
            }
            case EXPIRES, MIN_EXPIRES -> keep(name, HeaderParsers.number(cursor(i, IssueCode.INVALID_NUMBER),
                    HeaderParsers.MAX_DELTA_SECONDS));
            case MIN_SE -> keep(name, HeaderParsers.numberWithParams(cursor(i, IssueCode.INVALID_NUMBER),
                    HeaderParsers.MAX_DELTA_SECONDS));
            case SESSION_EXPIRES -> keep(name, HeaderParsers.sessionExpires(cursor(i, IssueCode.INVALID_HEADER_VALUE)));
            case CONTENT_TYPE -> contentType(keep(name,
                    HeaderParsers.contentType(cursor(i, IssueCode.INVALID_HEADER_VALUE))), at);
            case REQUIRE, PROXY_REQUIRE -> {
                for (String tag : append(name, HeaderParsers.tokens(cursor(i, IssueCode.INVALID_HEADER_VALUE)))) {
                    if (!KNOWN_OPTION_TAGS.contains(tag.toLowerCase(java.util.Locale.ROOT))) {
                        p.warn(IssueCode.UNKNOWN_EXTENSION_REQUIRED, at,
                                name.canonical() + " names option tag '" + tag + "'");
                    }
                }
            }
            case SUPPORTED, UNSUPPORTED, ALLOW ->
                    append(name, HeaderParsers.tokens(cursor(i, IssueCode.INVALID_HEADER_VALUE)));
            case WARNING -> append(name, HeaderParsers.warnings(cursor(i, IssueCode.INVALID_HEADER_VALUE)));
            case RETRY_AFTER -> keep(name, HeaderParsers.retryAfter(cursor(i, IssueCode.INVALID_NUMBER)));
            case WWW_AUTHENTICATE, PROXY_AUTHENTICATE, AUTHORIZATION, PROXY_AUTHORIZATION -> {
                AuthValue a = HeaderParsers.auth(cursor(i, IssueCode.INVALID_HEADER_VALUE));
                append(name, List.of(a));
                if (!a.scheme().isEmpty()
                        && !KNOWN_AUTH_SCHEMES.contains(a.scheme().toLowerCase(java.util.Locale.ROOT))) {
                    p.warn(IssueCode.UNKNOWN_AUTH_SCHEME, at, "auth scheme '" + a.scheme() + "' is not Digest");
                }
            }
            case DATE -> HeaderParsers.date(cursor(i, IssueCode.INVALID_DATE));
            case ACCEPT -> accept(i, at);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Keeps the typed value of the first field of a single-valued header for the message's cache. */
    private <T> T keep(HeaderName name, T value) {
        if (typed[name.ordinal()] == null) {
            typed[name.ordinal()] = value;
        }
        return value;
    }

    /** Adds the typed values of one field of a list header to the message's cache. */
    @SuppressWarnings("unchecked")
    private <T> List<T> append(HeaderName name, List<T> values) {
        Object acc = typed[name.ordinal()];
        if (acc == null) {
            acc = new ArrayList<T>(values.size() + 2);
            typed[name.ordinal()] = acc;
        }
        ((List<T>) acc).addAll(values);
        return values;
    }

    private void vias(List<Via> vias, int at) {
        for (Via v : vias) {
            if ("255.255.255.255".equals(v.host())) {
                p.warn(IssueCode.VIA_BROADCAST_ADDRESS, at, "Via sent-by is the broadcast address 255.255.255.255");
            }
            if (!"SIP".equalsIgnoreCase(v.protocolName()) || !"2.0".equals(v.protocolVersion())) {
                p.violation(IssueCode.UNSUPPORTED_VERSION, at, "SIP/2.0 in the Via sent-protocol");
            }
        }
        if (counts[HeaderName.VIA.ordinal()] == 1 && !vias.isEmpty()) {
            String branch = vias.get(0).branch();
            if (Via.MAGIC_COOKIE.equals(branch)) {
                p.warn(IssueCode.BRANCH_COOKIE_ONLY, at, "the branch is only the magic cookie z9hG4bK");
            } else if (!vias.get(0).hasMagicCookie()) {
                p.warn(IssueCode.RFC2543_TRANSACTION_ID, at, branch == null ? "the top Via has no branch"
                        : "the top Via branch does not start with z9hG4bK");
            }
        }
    }

    private void contacts(int i, int at) {
        Cursor c = cursor(i, IssueCode.INVALID_NAME_ADDR);
        c.skipLws();
        if (c.peek() == '*') {
            c.pos++;
            c.params();
            c.expectEnd("nothing after '*' but expires");
            return;
        }
        boolean register = !l.response && methodIs("REGISTER");
        for (NameAddress a : append(HeaderName.CONTACT, HeaderParsers.nameAddresses(c))) {
            unknownScheme(a.uri(), at);
            String exp = a.params().get("expires");
            if (exp != null) {
                Cursor e = new Cursor(exp, at, p, IssueCode.INVALID_NUMBER);
                e.number(HeaderParsers.MAX_DELTA_SECONDS, IssueCode.INVALID_NUMBER, "Contact expires in seconds");
            }
            if (!a.bracketed()) {
                for (Param prm : a.params().list()) {
                    if (!prm.name().equalsIgnoreCase("expires") && !prm.name().equalsIgnoreCase("q")) {
                        p.warn(IssueCode.CONTACT_PARAMS_UNBRACKETED, at, "';" + prm.name()
                                + "' binds to the Contact header, not to the URI, because the URI has no '<' '>'");
                        break;
                    }
                }
            }
            if (register && a.uri() instanceof SipUri su) {
                for (Param prm : su.params().list()) {
                    if (!KNOWN_URI_PARAMS.contains(prm.name().toLowerCase(java.util.Locale.ROOT))) {
                        p.warn(IssueCode.UNKNOWN_URI_PARAMETER, at, "Contact URI parameter '" + prm.name()
                                + "' will be stored by the registrar as it is");
                        break;
                    }
                }
                if (!su.headers().isEmpty()) {
                    p.warn(IssueCode.CONTACT_URI_HEADERS, at, "the registered Contact URI carries headers ('?')");
                }
            }
        }
    }

    private void contentType(ContentType ct, int at) {
        String t = ct.type();
        String st = ct.subtype();
        boolean known = switch (t) {
            case "multipart", "text", "message", "image", "audio", "video" -> true;
            case "application" -> st.endsWith("+xml") || st.endsWith("+json") || st.startsWith("vnd.")
                    || st.startsWith("x-") || KNOWN_APPLICATION_SUBTYPES.contains(st);
            default -> false;
        };
        if (!known) {
            p.warn(IssueCode.UNKNOWN_CONTENT_TYPE, at, "Content-Type " + ct.mediaType() + " is not a known body type");
        }
    }

    private void accept(int i, int at) {
        List<String> ranges = HeaderParsers.mediaRanges(cursor(i, IssueCode.INVALID_HEADER_VALUE));
        if (!l.response && methodIs("INVITE") && !ranges.isEmpty() && !ranges.contains("application/sdp")
                && !ranges.contains("application/*") && !ranges.contains("*/*")) {
            p.warn(IssueCode.ACCEPT_EXCLUDES_SDP, at, "Accept does not list application/sdp, so the answer cannot "
                    + "carry SDP");
        }
    }

    private boolean methodIs(String m) {
        int len = l.methodEnd - l.methodStart;
        if (len != m.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (l.buf[l.methodStart + k] != m.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void messageRules() {
        int mark = l.response ? l.start : l.methodStart;
        // RFC 3261 §8.1.1: the mandatory header fields of a request (Max-Forwards only for requests).
        HeaderName[] mandatory = l.response
                ? new HeaderName[] {HeaderName.VIA, HeaderName.FROM, HeaderName.TO, HeaderName.CALL_ID, HeaderName.CSEQ}
                : new HeaderName[] {HeaderName.VIA, HeaderName.FROM, HeaderName.TO, HeaderName.CALL_ID, HeaderName.CSEQ,
                    HeaderName.MAX_FORWARDS};
        StringBuilder missing = new StringBuilder();
        for (HeaderName h : mandatory) {
            if (counts[h.ordinal()] == 0) {
                missing.append(missing.length() == 0 ? "" : ", ").append(h.canonical());
            }
        }
        if (missing.length() > 0) {
            p.warn(IssueCode.MISSING_MANDATORY_HEADER, mark, "missing " + missing);
        }
        // RFC 3261 §8.1.1.5: the CSeq method matches the request method.
        if (!l.response && l.cseqMethodStart >= 0) {
            int len = l.cseqMethodEnd - l.cseqMethodStart;
            boolean same = len == l.methodEnd - l.methodStart;
            for (int k = 0; same && k < len; k++) {
                same = l.buf[l.cseqMethodStart + k] == l.buf[l.methodStart + k];
            }
            if (!same) {
                p.violation(IssueCode.CSEQ_METHOD_MISMATCH, l.cseqMethodStart, "the request method "
                        + new String(l.buf, l.methodStart, l.methodEnd - l.methodStart,
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
    }
}
