package dev.sipdiag.analysis;

import dev.sipdiag.capture.Endpoint;
import java.util.List;

/**
 * One SIP message as the analysis needs it: where and when it was seen and the fields that correlate it and
 * explain it. Built from a parsed message by {@link SipEvents}; small, so a long capture's calls cost little.
 * Strings are null when the message lacks the field; numbers are -1.
 *
 * @param index        0-based position of the message in the input (stable reference for findings)
 * @param frame        frame number in the capture (1-based), or 0
 * @param timeNanos    epoch nanoseconds, or {@link dev.sipdiag.capture.Payload#NO_TIME}
 * @param transport    "UDP", "TCP", ...
 * @param request      true for a request, false for a response
 * @param method       request method, or for a response the CSeq method
 * @param status       response status code, or 0 for a request
 * @param phrase       response reason phrase
 * @param requestUri   Request-URI of a request
 * @param callId       Call-ID
 * @param cseq         CSeq number
 * @param cseqMethod   CSeq method
 * @param fromTag      From tag
 * @param toTag        To tag
 * @param fromUri      From URI (text)
 * @param toUri        To URI (text)
 * @param fromUser     user part of the From URI
 * @param toUser       user part of the To URI
 * @param branch       top Via branch
 * @param sentBy       top Via sent-by (host[:port])
 * @param viaCount     number of Via values
 * @param userAgent    User-Agent (requests) or Server (responses), falling back to the other
 * @param pai          P-Asserted-Identity
 * @param reason       raw Reason header value(s)
 * @param warning      raw Warning header value(s)
 * @param retryAfter   Retry-After seconds, or -1
 * @param contact      first Contact URI
 * @param correlation  X-CID / X-Call-ID style header linking B2BUA legs
 * @param codecs       codec names of the first SDP audio/video media, in offer order
 * @param mediaAddress SDP connection address of the first media
 * @param originAddress SDP {@code o=} unicast address, or null
 * @param viaReceived  top Via {@code received} parameter (RFC 3261 §18.2.1), or null
 * @param viaRport     top Via {@code rport} value (RFC 3581), or -1 when absent or empty
 * @param interval     Session-Expires (RFC 4028), else Expires, in seconds, or -1
 * @param minInterval  Min-SE (RFC 4028 §5), else Min-Expires (RFC 3261 §20.23), in seconds, or -1
 * @param viaPath      sent-by of every Via, top first; kept only on 482/483 responses (else empty), which is
 *                     where a rule needs the path, so ordinary messages stay small
 * @param flags        bit set of the {@code F_*} facts below
 */
public record SipEvent(int index, long frame, long timeNanos, String transport, Endpoint source,
                       Endpoint destination, boolean request, String method, int status, String phrase,
                       String requestUri, String callId, long cseq, String cseqMethod, String fromTag,
                       String toTag, String fromUri, String toUri, String fromUser, String toUser,
                       String branch, String sentBy, int viaCount, String userAgent, String pai, String reason,
                       String warning, int retryAfter, String contact, String correlation, List<String> codecs,
                       String mediaAddress, String originAddress, String viaReceived, int viaRport,
                       int interval, int minInterval, List<String> viaPath, int flags) {

    /** The message had an SDP body (alone or as a multipart part). */
    public static final int F_SDP = 1;
    /** The request carried Authorization or Proxy-Authorization (RFC 3261 §22.2, §22.3). */
    public static final int F_CREDENTIALS = 1 << 1;
    /** A 401/407 challenge said {@code stale=true} (RFC 2617 §3.2.1, RFC 3261 §22.4). */
    public static final int F_STALE = 1 << 2;
    /**
     * The parser found Content-Length disagreeing with the bytes (RFC 3261 §18.3: too few, or bytes left over in
     * the datagram) or several Content-Length values.
     */
    public static final int F_LENGTH_MISMATCH = 1 << 3;
    /** A header that allows one value appeared more than once. */
    public static final int F_DUPLICATE_HEADER = 1 << 4;
    /** The message had a body (of any type). */
    public static final int F_BODY = 1 << 5;

    /** RFC 3261 §8.1.1.7: branches starting with this cookie are unique per transaction. */
    public static final String MAGIC_COOKIE = "z9hG4bK";

    /** Whether the fact {@code flag} (one of the {@code F_*} bits) holds for this message. */
    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Whether this is a response. */
    public boolean response() {
        return !request;
    }

    /** "INVITE" or "486 Busy Here". */
    public String label() {
        return request ? method : status + (phrase == null ? "" : " " + phrase);
    }

    /** Time in milliseconds since the epoch (for output). */
    public long timeMillis() {
        return timeNanos == dev.sipdiag.capture.Payload.NO_TIME ? -1 : timeNanos / 1_000_000L;
    }
}
