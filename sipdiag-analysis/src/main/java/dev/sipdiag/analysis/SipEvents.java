package dev.sipdiag.analysis;

import dev.sipdiag.analysis.input.SipPacket;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.sip.ContentType;
import dev.sipdiag.sip.NameAddress;
import dev.sipdiag.sip.RetryAfter;
import dev.sipdiag.sip.SipMessage;
import dev.sipdiag.sip.SipParseException;
import dev.sipdiag.sip.SipRequest;
import dev.sipdiag.sip.SipResponse;
import dev.sipdiag.sip.SipUri;
import dev.sipdiag.sip.TelUri;
import dev.sipdiag.sip.Uri;
import dev.sipdiag.sip.body.BodyParseMode;
import dev.sipdiag.sip.body.BodyPart;
import dev.sipdiag.sip.body.MediaType;
import dev.sipdiag.sip.body.MultipartBody;
import dev.sipdiag.sip.body.MultipartParser;
import dev.sipdiag.sip.sdp.Connection;
import dev.sipdiag.sip.sdp.MediaDescription;
import dev.sipdiag.sip.sdp.SdpParser;
import dev.sipdiag.sip.sdp.SessionDescription;
import dev.sipdiag.sip.AuthValue;
import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.ParseIssue;
import dev.sipdiag.sip.SessionExpires;
import dev.sipdiag.sip.Via;
import dev.sipdiag.sip.sdp.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a parsed SIP message into the {@link SipEvent} the analysis works on. Typed headers are parsed here,
 * leniently: a header the parser cannot read leaves its field null rather than losing the message.
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
        NameAddress from = safe(m::from);
        NameAddress to = safe(m::to);
        String ua = req ? first(m.userAgent(), m.server()) : first(m.server(), m.userAgent());
        String sentBy = m.topViaHost() == null ? null
                : m.topViaHost() + (m.topViaPort() > 0 ? ":" + m.topViaPort() : "");
        RetryAfter ra = safe(m::retryAfter);
        List<NameAddress> contacts = safe(m::contacts);
        String correlation = null;
        for (String h : CORRELATION_HEADERS) {
            correlation = m.header(h);
            if (correlation != null) {
                break;
            }
        }
        Media media = media(m);
        Via top = safe(m::topVia);
        int status0 = status;
        return new SipEvent(p.index(), pl.frameNumber(), pl.timestampNanos(), pl.transport().name(), pl.source(),
                pl.destination(), req, method, status, phrase, req ? ((SipRequest) m).requestUriText() : null,
                m.callId(), m.cseqNumber(), m.cseqMethod(), m.fromTag(), m.toTag(), uriText(from), uriText(to),
                user(from), user(to), m.topViaBranch(), sentBy, viaCount(m), ua, m.header("P-Asserted-Identity"),
                m.reason(), joinedHeader(m, "Warning"), ra == null ? -1 : (int) Math.min(Integer.MAX_VALUE, ra.seconds()),
                contacts == null || contacts.isEmpty() ? null : uriText(contacts.get(0)), correlation,
                media.codecs, media.address, media.origin, top == null ? null : top.received(),
                top == null || !top.hasRport() ? -1 : top.rport(), interval(m), minInterval(m),
                status0 == 482 || status0 == 483 ? viaPath(m) : List.of(), flags(m, req, status0, media));
    }

    /** The {@link SipEvent} {@code F_*} facts of a message. */
    private static int flags(SipMessage m, boolean req, int status, Media media) {
        int f = 0;
        if (media.sdp) {
            f |= SipEvent.F_SDP;
        }
        if (m.bodyLength() > 0) {
            f |= SipEvent.F_BODY;
        }
        if (req && (answersChallenge(safe(m::authorization)) || answersChallenge(safe(m::proxyAuthorization)))) {
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

    /** Session-Expires, else Expires, in seconds (capped to int), or -1. */
    private static int interval(SipMessage m) {
        SessionExpires se = safe(m::sessionExpires);
        if (se != null) {
            return (int) Math.min(Integer.MAX_VALUE, se.seconds());
        }
        Long ex = safe(m::expires);
        return ex == null || ex < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, ex);
    }

    /** Min-SE, else Min-Expires, in seconds (capped to int), or -1. */
    private static int minInterval(SipMessage m) {
        Long v = safe(m::minSe);
        if (v == null || v < 0) {
            v = safe(m::minExpires);
        }
        return v == null || v < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, v);
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

    private static int viaCount(SipMessage m) {
        try {
            return m.vias().size();
        } catch (SipParseException e) {
            return 1;
        }
    }

    private static String joinedHeader(SipMessage m, String name) {
        List<dev.sipdiag.sip.SipHeader> hs = m.headers(name);
        if (hs.isEmpty()) {
            return null;
        }
        if (hs.size() == 1) {
            return m.header(name);
        }
        StringBuilder sb = new StringBuilder();
        for (dev.sipdiag.sip.SipHeader h : hs) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(h.value());
        }
        return sb.toString();
    }

    private static String uriText(NameAddress na) {
        return na == null || na.uri() == null ? null : na.uri().text();
    }

    private static String user(NameAddress na) {
        if (na == null) {
            return null;
        }
        Uri u = na.uri();
        if (u instanceof SipUri s) {
            return s.user();
        }
        if (u instanceof TelUri t) {
            return t.number();
        }
        return null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
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
}
