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
 */
public record SipEvent(int index, long frame, long timeNanos, String transport, Endpoint source,
                       Endpoint destination, boolean request, String method, int status, String phrase,
                       String requestUri, String callId, long cseq, String cseqMethod, String fromTag,
                       String toTag, String fromUri, String toUri, String fromUser, String toUser,
                       String branch, String sentBy, int viaCount, String userAgent, String pai, String reason,
                       String warning, int retryAfter, String contact, String correlation, List<String> codecs,
                       String mediaAddress) {

    /** RFC 3261 §8.1.1.7: branches starting with this cookie are unique per transaction. */
    public static final String MAGIC_COOKIE = "z9hG4bK";

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
