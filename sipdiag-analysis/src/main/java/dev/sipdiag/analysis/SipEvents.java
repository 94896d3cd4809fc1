package dev.sipdiag.analysis;

import dev.sipdiag.analysis.input.SipPacket;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.sip.AuthValue;
import dev.sipdiag.sip.ContentType;
import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.ParseIssue;
import dev.sipdiag.sip.SipParseException;
import dev.sipdiag.sip.Via;
import dev.sipdiag.sip.sdp.Origin;
import java.util.ArrayList;
import dev.sipdiag.sip.HeaderName;
import dev.sipdiag.sip.SipMessage;
import dev.sipdiag.sip.SipRequest;
import dev.sipdiag.sip.SipResponse;
import dev.sipdiag.sip.body.BodyParseMode;
import dev.sipdiag.sip.body.BodyPart;
import dev.sipdiag.sip.body.MediaType;
import dev.sipdiag.sip.body.MultipartBody;
import dev.sipdiag.sip.body.MultipartParser;
import dev.sipdiag.sip.sdp.Connection;
import dev.sipdiag.sip.sdp.MediaDescription;
import dev.sipdiag.sip.sdp.SdpParser;
import dev.sipdiag.sip.sdp.SdpSummary;
import dev.sipdiag.sip.sdp.SessionDescription;
import java.util.List;
import java.util.Optional;

/**
 * Turns a parsed SIP message into the {@link SipEvent} the analysis works on. This runs for every message of a
 * capture, so it reads header values as written in one pass and cuts out what it needs (URI, user part,
 * seconds) with plain string operations; the SDP of offers and answers is parsed leniently, and a body that
 * cannot be read leaves the media fields empty rather than losing the message.
 */
public final class SipEvents {
    /** Headers B2BUAs use to carry the Call-ID of the other leg. */
    static final List<String> CORRELATION_HEADERS = List.of("X-CID", "X-Call-ID", "X-Original-Call-ID",
            "X-Orig-Call-ID");

    private SipEvents() {
    }

    /** The event for a parsed packet; null when the packet did not parse. */
    public static SipEvent of(SipPacket p) {
        SipMessage m = p.message();
        if (m == null) {
            return null;
        }
        Payload pl = p.payload();
        boolean req = m.isRequest();
        String method = req ? ((SipRequest) m).method() : m.cseqMethod();
        int status = req ? 0 : ((SipResponse) m).statusCode();
        String phrase = req ? null : ((SipResponse) m).reasonPhrase();
        // One pass over the header fields; values are taken as written and cut up cheaply, because this runs
        // for every message of a capture (the typed parsers are for rules that need more).
        String from = null;
        String to = null;
        String userAgent = null;
        String server = null;
        String pai = null;
        String reason = null;
        String warning = null;
        String retryAfter = null;
        String contact = null;
        String correlation = null;
        String sessionExpires = null;
        String expires = null;
        String minSe = null;
        String minExpires = null;
        boolean credentials = false;
        String topVia = null;
        int vias = 0;
        int singles = 0;
        boolean duplicate = false;
        for (int i = 0, count = m.headerCount(); i < count; i++) {
            HeaderName n = m.headerName(i);
            if (n == null) {
                if (correlation == null && isCorrelation(m.headerNameText(i))) {
                    correlation = m.headerValue(i).trim();
                }
                continue;
            }
            switch (n) {
                case VIA -> {
                    String v = m.headerValue(i);
                    if (vias == 0) {
                        topVia = v;
                    }
                    vias += 1 + commas(v);
                }
                case FROM -> from = from == null ? m.headerValue(i) : from;
                case TO -> to = to == null ? m.headerValue(i) : to;
                case USER_AGENT -> userAgent = userAgent == null ? m.headerValue(i).trim() : userAgent;
                case SERVER -> server = server == null ? m.headerValue(i).trim() : server;
                case P_ASSERTED_IDENTITY -> pai = pai == null ? m.headerValue(i).trim() : pai;
                case REASON -> reason = joined(reason, m.headerValue(i).trim());
                case WARNING -> warning = joined(warning, m.headerValue(i).trim());
                case RETRY_AFTER -> retryAfter = retryAfter == null ? m.headerValue(i) : retryAfter;
                case CONTACT -> contact = contact == null ? m.headerValue(i) : contact;
                case SESSION_EXPIRES -> sessionExpires = sessionExpires == null ? m.headerValue(i) : sessionExpires;
                case EXPIRES -> expires = expires == null ? m.headerValue(i) : expires;
                case MIN_SE -> minSe = minSe == null ? m.headerValue(i) : minSe;
                case MIN_EXPIRES -> minExpires = minExpires == null ? m.headerValue(i) : minExpires;
                case AUTHORIZATION, PROXY_AUTHORIZATION -> credentials = true;
                default -> { }
            }
            // RFC 3261 §7.3.1: these may appear once; a second copy is a classic SIP-ALG or proxy fingerprint
            int bit = switch (n) {
                case FROM -> 1;
                case TO -> 2;
                case CALL_ID -> 4;
                case CSEQ -> 8;
                case MAX_FORWARDS -> 16;
                case CONTENT_LENGTH -> 32;
                case CONTENT_TYPE -> 64;
                default -> 0;
            };
            if (bit != 0) {
                duplicate |= (singles & bit) != 0;
                singles |= bit;
            }
        }
        String ua = req ? first(userAgent, server) : first(server, userAgent);
        String sentBy = m.topViaHost() == null ? null
                : m.topViaHost() + (m.topViaPort() > 0 ? ":" + m.topViaPort() : "");
        String fromUri = uri(from);
        String toUri = uri(to);
        Media media = wantsMedia(req, method, status) ? media(m) : Media.NONE;
        // received/rport (RFC 3261 §18.2.1, RFC 3581) are what the NAT finding needs of the top Via; parse it only
        // when they are there
        Via top = topVia != null && (topVia.contains("received") || topVia.contains("rport")) ? safe(m::topVia) : null;
        int interval = sessionExpires != null ? seconds(sessionExpires) : seconds(expires);
        int minInterval = minSe != null ? seconds(minSe) : seconds(minExpires);
        int flags = flags(m, req, status, media, credentials) | (duplicate ? SipEvent.F_DUPLICATE_HEADER : 0);
        // The strings an event keeps repeat from message to message (a call's Call-ID, tags, URIs and agents in
        // every one of its messages, methods and phrases everywhere): one copy each while a call is open.
        Interner in = INTERNER.get();
        return new SipEvent(p.index(), pl.frameNumber(), pl.timestampNanos(), pl.transport().name(), pl.source(),
                pl.destination(), req, in.of(method), status, in.of(phrase),
                req ? in.of(((SipRequest) m).requestUriText()) : null, in.of(m.callId()), m.cseqNumber(),
                in.of(m.cseqMethod()), in.of(m.fromTag()), in.of(m.toTag()), in.of(fromUri), in.of(toUri),
                in.of(user(fromUri)), in.of(user(toUri)), in.of(m.topViaBranch()), in.of(sentBy), Math.max(vias, 1),
                in.of(ua), in.of(pai), reason, warning, seconds(retryAfter), in.of(uri(contact)), correlation,
                media.codecs, in.of(media.address), in.of(media.origin), top == null ? null : top.received(),
                top == null || !top.hasRport() ? -1 : top.rport(), interval, minInterval,
                status == 482 || status == 483 ? viaPath(m) : List.of(), flags);
    }

    /** One per thread: each reading thread has its own (events are built where the capture is read). */
    private static final ThreadLocal<Interner> INTERNER = ThreadLocal.withInitial(Interner::new);

    /**
     * Gives one instance for equal strings among those seen lately. Bounded: when {@link #MAX_ENTRIES} are held
     * it forgets them all and starts over, so a capture of millions of calls costs no more than a few thousand.
     */
    static final class Interner {
        /** Strings remembered at most: a few thousand calls' worth. */
        static final int MAX_ENTRIES = 16_384;
        private final java.util.HashMap<String, String> seen = new java.util.HashMap<>(2 * MAX_ENTRIES);

        String of(String s) {
            if (s == null) {
                return null;
            }
            String known = seen.putIfAbsent(s, s);
            if (known != null) {
                return known;
            }
            if (seen.size() >= MAX_ENTRIES) {
                seen.clear();
            }
            return s;
        }
    }

    /**
     * SDP matters on INVITE offers, the answers in 18x/2xx responses to them, and the capabilities a 488/606
     * refusal may carry (RFC 3261 §21.4.26).
     */
    private static boolean wantsMedia(boolean req, String method, int status) {
        return "INVITE".equals(method) && (req || status >= 180)
                || "ACK".equals(method) || "UPDATE".equals(method) || "PRACK".equals(method);
    }

    private static boolean isCorrelation(String name) {
        for (String c : CORRELATION_HEADERS) {
            if (c.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Commas outside quotes and angle brackets: extra values in one Via field. */
    static int commas(String v) {
        if (v.indexOf(',') < 0) {
            return 0; // nearly every Via field holds one value
        }
        int n = 0;
        boolean quoted = false;
        int angle = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>' && angle > 0) {
                angle--;
            } else if (!quoted && angle == 0 && c == ',') {
                n++;
            }
        }
        return n;
    }

    /** The URI of a name-addr or addr-spec value: between angle brackets, else up to the first ';'. */
    static String uri(String value) {
        if (value == null) {
            return null;
        }
        int lt = value.indexOf('<');
        if (lt >= 0) {
            int gt = value.indexOf('>', lt);
            return value.substring(lt + 1, gt < 0 ? value.length() : gt).trim();
        }
        int semi = value.indexOf(';');
        return (semi < 0 ? value : value.substring(0, semi)).trim();
    }

    /** The user part of a sip/sips URI, or the number of a tel URI; null when there is none. */
    static String user(String uri) {
        if (uri == null) {
            return null;
        }
        int colon = uri.indexOf(':');
        if (colon < 0) {
            return null;
        }
        // one substring at the end: this runs for From and To of every message
        int from = colon + 1;
        if (colon == 3 && uri.regionMatches(true, 0, "tel", 0, 3)) {
            int semi = uri.indexOf(';', from);
            return uri.substring(from, semi < 0 ? uri.length() : semi);
        }
        if (!(colon == 3 && uri.regionMatches(true, 0, "sip", 0, 3))
                && !(colon == 4 && uri.regionMatches(true, 0, "sips", 0, 4))) {
            return null;
        }
        int at = uri.indexOf('@', from);
        if (at < 0) {
            return null;
        }
        int end = at;
        for (int i = from; i < at; i++) {
            char c = uri.charAt(i);
            if (c == ':' || c == ';') {
                end = i;
                break;
            }
        }
        return uri.substring(from, end);
    }

    /** Retry-After's delta-seconds (RFC 3261 §20.33), or -1. */
    static int seconds(String v) {
        if (v == null) {
            return -1;
        }
        long n = 0;
        int digits = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 9) {
                    return Integer.MAX_VALUE;
                }
                n = n * 10 + (c - '0');
            } else if (digits > 0 || c != ' ' && c != '\t') {
                break;
            }
        }
        return digits == 0 ? -1 : (int) n;
    }

    /** The {@link SipEvent} {@code F_*} facts of a message. */
    private static int flags(SipMessage m, boolean req, int status, Media media, boolean credentials) {
        int f = 0;
        if (media.sdp) {
            f |= SipEvent.F_SDP;
        }
        if (m.bodyLength() > 0) {
            f |= SipEvent.F_BODY;
        }
        if (req && credentials
                && (answersChallenge(safe(m::authorization)) || answersChallenge(safe(m::proxyAuthorization)))) {
            f |= SipEvent.F_CREDENTIALS;
        }
        if (status == 401 || status == 407) {
            List<AuthValue> challenges = status == 401 ? safe(m::wwwAuthenticate) : safe(m::proxyAuthenticate);
            if (challenges != null) {
                for (AuthValue a : challenges) {
                    if (a.stale()) {
                        f |= SipEvent.F_STALE;
                    }
                }
            }
        }
        for (ParseIssue i : m.issues()) {
            if (i.code() == IssueCode.CONTENT_LENGTH_MISMATCH || i.code() == IssueCode.MULTIPLE_CONTENT_LENGTH
                    || i.code() == IssueCode.TRAILING_BYTES) {
                f |= SipEvent.F_LENGTH_MISMATCH;
            } else if (i.code() == IssueCode.DUPLICATE_SINGLE_HEADER) {
                f |= SipEvent.F_DUPLICATE_HEADER;
            }
        }
        return f;
    }

    /**
     * Whether credentials answer a challenge: a Digest response computed from a nonce. An IMS REGISTER carries
     * Authorization with an empty nonce and response before any challenge (3GPP TS 24.229 §5.1.1.2); that is
     * an identity, not an answer.
     */
    private static boolean answersChallenge(List<AuthValue> values) {
        if (values == null) {
            return false;
        }
        for (AuthValue a : values) {
            if (!a.isDigest() || a.response() != null && !a.response().isEmpty()
                    && a.nonce() != null && !a.nonce().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> viaPath(SipMessage m) {
        List<Via> vias = safe(m::vias);
        if (vias == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(vias.size());
        for (Via v : vias) {
            out.add(v.host() + (v.port() > 0 ? ":" + v.port() : ""));
        }
        return List.copyOf(out);
    }

    private record Media(List<String> codecs, String address, String origin, boolean sdp) {
        static final Media NONE = new Media(List.of(), null, null, false);
    }

    /** Codecs and connection address of the first audio (else first) media of an SDP body, if any. */
    private static Media media(SipMessage m) {
        if (m.bodyLength() == 0) {
            return Media.NONE;
        }
        try {
            ContentType ct = m.contentType();
            byte[] buf = m.body();
            int off = 0;
            int len = buf.length;
            if (ct == null || !ct.isSdp()) {
                if (ct == null || !ct.isMultipart()) {
                    return Media.NONE;
                }
                MultipartBody mb = MultipartParser.parse(buf, 0, buf.length, MediaType.parse(m.header("Content-Type")),
                        BodyParseMode.LENIENT);
                Optional<BodyPart> sdp = mb.findSdp();
                if (sdp.isEmpty()) {
                    return Media.NONE;
                }
                buf = sdp.get().body();
                len = buf.length;
            }
            SdpSummary quick = SdpSummary.scan(buf, off, len);
            if (quick != null) {
                return new Media(quick.codecs(), quick.address(), quick.origin(), true);
            }
            SessionDescription sd = SdpParser.parse(buf, off, len, BodyParseMode.LENIENT);
            String origin = sd.origin().map(Origin::unicastAddress).orElse(null);
            if (sd.media().isEmpty()) {
                return new Media(List.of(), null, origin, true);
            }
            MediaDescription md = sd.media().get(0);
            for (MediaDescription x : sd.media()) {
                if ("audio".equals(x.media())) {
                    md = x;
                    break;
                }
            }
            String addr = sd.effectiveConnection(md).map(Connection::address).orElse(null);
            return new Media(List.copyOf(sd.codecs(md)), addr, origin, true);
        } catch (RuntimeException | dev.sipdiag.sip.body.BodyParseException e) {
            return Media.NONE; // a body we cannot read does not hide the message
        }
    }

    private interface Getter<T> {
        T get();
    }

    private static <T> T safe(Getter<T> g) {
        try {
            return g.get();
        } catch (SipParseException e) {
            return null;
        }
    }

    /** Values of a header that may repeat, comma-separated as one value (RFC 3261 §7.3.1). */
    private static String joined(String sofar, String next) {
        return sofar == null ? next : sofar + ", " + next;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

}
