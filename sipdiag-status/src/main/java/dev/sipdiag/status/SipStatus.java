package dev.sipdiag.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A SIP response status code: the 75 codes in the IANA registry plus the obsolete 409 and 411, each a constant
 * with its canonical reason phrase and defining RFC, and any other code from 100 to 699 as an unregistered value
 * that knows its class and what RFC 3261 §8.1.3.2 says to treat it as. Equality is by code.
 *
 * <pre>{@code
 * SipStatus.valueOf(486)            // BUSY_HERE
 * SipStatus.valueOf(499).treatAs()  // 400: an unknown final code counts as the x00 of its class
 * SipStatus.valueOf(199)            // EARLY_DIALOG_TERMINATED (RFC 6228)
 * SipStatus.valueOf(150).treatAs()  // 183: an unknown 1xx counts as Session Progress
 * }</pre>
 *
 * <p>Lookup is an array index; the registry is built once, in declaration order, and never changes.
 */
public final class SipStatus implements Comparable<SipStatus> {

    /** Lowest code RFC 3261 §7.2 allows (Status-Code is three digits, the first 1-6). */
    public static final int MIN_CODE = 100;
    /** Highest code RFC 3261 §7.2 allows. */
    public static final int MAX_CODE = 699;

    private static final SipStatus[] BY_CODE = new SipStatus[MAX_CODE + 1];
    private static final List<SipStatus> DEFINED = new ArrayList<>();

    /** 100 Trying (RFC 3261 §21.1.1). */
    public static final SipStatus TRYING =
            define(100, "Trying", "RFC 3261 §21.1.1", Registration.CURRENT, true);
    /** 180 Ringing (RFC 3261 §21.1.2). */
    public static final SipStatus RINGING =
            define(180, "Ringing", "RFC 3261 §21.1.2", Registration.CURRENT, true);
    /** 181 Call Is Being Forwarded (RFC 3261 §21.1.3). */
    public static final SipStatus CALL_IS_BEING_FORWARDED =
            define(181, "Call Is Being Forwarded", "RFC 3261 §21.1.3", Registration.CURRENT, true);
    /** 182 Queued (RFC 3261 §21.1.4). */
    public static final SipStatus QUEUED =
            define(182, "Queued", "RFC 3261 §21.1.4", Registration.CURRENT, true);
    /** 183 Session Progress (RFC 3261 §21.1.5). */
    public static final SipStatus SESSION_PROGRESS =
            define(183, "Session Progress", "RFC 3261 §21.1.5", Registration.CURRENT, true);
    /** 199 Early Dialog Terminated (RFC 6228). */
    public static final SipStatus EARLY_DIALOG_TERMINATED =
            define(199, "Early Dialog Terminated", "RFC 6228", Registration.CURRENT, false);
    /** 200 OK (RFC 3261 §21.2.1). */
    public static final SipStatus OK =
            define(200, "OK", "RFC 3261 §21.2.1", Registration.CURRENT, true);
    /** 202 Accepted (Deprecated) (RFC 6665 §8.3.1 (orig. RFC 3265)). */
    public static final SipStatus ACCEPTED =
            define(202, "Accepted (Deprecated)", "RFC 6665 §8.3.1 (orig. RFC 3265)", Registration.DEPRECATED, false);
    /** 204 No Notification (RFC 5839). */
    public static final SipStatus NO_NOTIFICATION =
            define(204, "No Notification", "RFC 5839", Registration.CURRENT, false);
    /** 300 Multiple Choices (RFC 3261 §21.3.1). */
    public static final SipStatus MULTIPLE_CHOICES =
            define(300, "Multiple Choices", "RFC 3261 §21.3.1", Registration.CURRENT, true);
    /** 301 Moved Permanently (RFC 3261 §21.3.2). */
    public static final SipStatus MOVED_PERMANENTLY =
            define(301, "Moved Permanently", "RFC 3261 §21.3.2", Registration.CURRENT, true);
    /** 302 Moved Temporarily (RFC 3261 §21.3.3). */
    public static final SipStatus MOVED_TEMPORARILY =
            define(302, "Moved Temporarily", "RFC 3261 §21.3.3", Registration.CURRENT, true);
    /** 305 Use Proxy (RFC 3261 §21.3.4). */
    public static final SipStatus USE_PROXY =
            define(305, "Use Proxy", "RFC 3261 §21.3.4", Registration.CURRENT, true);
    /** 380 Alternative Service (RFC 3261 §21.3.5). */
    public static final SipStatus ALTERNATIVE_SERVICE =
            define(380, "Alternative Service", "RFC 3261 §21.3.5", Registration.CURRENT, true);
    /** 400 Bad Request (RFC 3261 §21.4.1). */
    public static final SipStatus BAD_REQUEST =
            define(400, "Bad Request", "RFC 3261 §21.4.1", Registration.CURRENT, true);
    /** 401 Unauthorized (RFC 3261 §21.4.2). */
    public static final SipStatus UNAUTHORIZED =
            define(401, "Unauthorized", "RFC 3261 §21.4.2", Registration.CURRENT, true);
    /** 402 Payment Required (RFC 3261 §21.4.3). */
    public static final SipStatus PAYMENT_REQUIRED =
            define(402, "Payment Required", "RFC 3261 §21.4.3", Registration.CURRENT, true);
    /** 403 Forbidden (RFC 3261 §21.4.4). */
    public static final SipStatus FORBIDDEN =
            define(403, "Forbidden", "RFC 3261 §21.4.4", Registration.CURRENT, true);
    /** 404 Not Found (RFC 3261 §21.4.5). */
    public static final SipStatus NOT_FOUND =
            define(404, "Not Found", "RFC 3261 §21.4.5", Registration.CURRENT, true);
    /** 405 Method Not Allowed (RFC 3261 §21.4.6). */
    public static final SipStatus METHOD_NOT_ALLOWED =
            define(405, "Method Not Allowed", "RFC 3261 §21.4.6", Registration.CURRENT, true);
    /** 406 Not Acceptable (RFC 3261 §21.4.7). */
    public static final SipStatus NOT_ACCEPTABLE =
            define(406, "Not Acceptable", "RFC 3261 §21.4.7", Registration.CURRENT, true);
    /** 407 Proxy Authentication Required (RFC 3261 §21.4.8). */
    public static final SipStatus PROXY_AUTHENTICATION_REQUIRED =
            define(407, "Proxy Authentication Required", "RFC 3261 §21.4.8", Registration.CURRENT, true);
    /** 408 Request Timeout (RFC 3261 §21.4.9). */
    public static final SipStatus REQUEST_TIMEOUT =
            define(408, "Request Timeout", "RFC 3261 §21.4.9", Registration.CURRENT, true);
    /** 409 Conflict (RFC 2543 §7.4.10 (obsoleted by RFC 3261)). */
    public static final SipStatus CONFLICT =
            define(409, "Conflict", "RFC 2543 §7.4.10 (obsoleted by RFC 3261)", Registration.OBSOLETE, false);
    /** 410 Gone (RFC 3261 §21.4.10). */
    public static final SipStatus GONE =
            define(410, "Gone", "RFC 3261 §21.4.10", Registration.CURRENT, true);
    /** 411 Length Required (RFC 2543 §7.4.12 (obsoleted by RFC 3261)). */
    public static final SipStatus LENGTH_REQUIRED =
            define(411, "Length Required", "RFC 2543 §7.4.12 (obsoleted by RFC 3261)", Registration.OBSOLETE, false);
    /** 412 Conditional Request Failed (RFC 3903). */
    public static final SipStatus CONDITIONAL_REQUEST_FAILED =
            define(412, "Conditional Request Failed", "RFC 3903", Registration.CURRENT, false);
    /** 413 Request Entity Too Large (RFC 3261 §21.4.11). */
    public static final SipStatus REQUEST_ENTITY_TOO_LARGE =
            define(413, "Request Entity Too Large", "RFC 3261 §21.4.11", Registration.CURRENT, true);
    /** 414 Request-URI Too Long (RFC 3261 §21.4.12). */
    public static final SipStatus REQUEST_URI_TOO_LONG =
            define(414, "Request-URI Too Long", "RFC 3261 §21.4.12", Registration.CURRENT, true);
    /** 415 Unsupported Media Type (RFC 3261 §21.4.13). */
    public static final SipStatus UNSUPPORTED_MEDIA_TYPE =
            define(415, "Unsupported Media Type", "RFC 3261 §21.4.13", Registration.CURRENT, true);
    /** 416 Unsupported URI Scheme (RFC 3261 §21.4.14). */
    public static final SipStatus UNSUPPORTED_URI_SCHEME =
            define(416, "Unsupported URI Scheme", "RFC 3261 §21.4.14", Registration.CURRENT, true);
    /** 417 Unknown Resource-Priority (RFC 4412). */
    public static final SipStatus UNKNOWN_RESOURCE_PRIORITY =
            define(417, "Unknown Resource-Priority", "RFC 4412", Registration.CURRENT, false);
    /** 420 Bad Extension (RFC 3261 §21.4.15). */
    public static final SipStatus BAD_EXTENSION =
            define(420, "Bad Extension", "RFC 3261 §21.4.15", Registration.CURRENT, true);
    /** 421 Extension Required (RFC 3261 §21.4.16). */
    public static final SipStatus EXTENSION_REQUIRED =
            define(421, "Extension Required", "RFC 3261 §21.4.16", Registration.CURRENT, true);
    /** 422 Session Interval Too Small (RFC 4028 §6). */
    public static final SipStatus SESSION_INTERVAL_TOO_SMALL =
            define(422, "Session Interval Too Small", "RFC 4028 §6", Registration.CURRENT, true);
    /** 423 Interval Too Brief (RFC 3261 §21.4.17). */
    public static final SipStatus INTERVAL_TOO_BRIEF =
            define(423, "Interval Too Brief", "RFC 3261 §21.4.17", Registration.CURRENT, true);
    /** 424 Bad Location Information (RFC 6442). */
    public static final SipStatus BAD_LOCATION_INFORMATION =
            define(424, "Bad Location Information", "RFC 6442", Registration.CURRENT, false);
    /** 425 Bad Alert Message (RFC 8876). */
    public static final SipStatus BAD_ALERT_MESSAGE =
            define(425, "Bad Alert Message", "RFC 8876", Registration.CURRENT, false);
    /** 428 Use Identity Header (RFC 8224 (orig. RFC 4474)). */
    public static final SipStatus USE_IDENTITY_HEADER =
            define(428, "Use Identity Header", "RFC 8224 (orig. RFC 4474)", Registration.CURRENT, false);
    /** 429 Provide Referrer Identity (RFC 3892). */
    public static final SipStatus PROVIDE_REFERRER_IDENTITY =
            define(429, "Provide Referrer Identity", "RFC 3892", Registration.CURRENT, false);
    /** 430 Flow Failed (RFC 5626). */
    public static final SipStatus FLOW_FAILED =
            define(430, "Flow Failed", "RFC 5626", Registration.CURRENT, false);
    /** 433 Anonymity Disallowed (RFC 5079). */
    public static final SipStatus ANONYMITY_DISALLOWED =
            define(433, "Anonymity Disallowed", "RFC 5079", Registration.CURRENT, false);
    /** 436 Bad Identity Info (RFC 8224 (orig. RFC 4474 'Bad Identity-Info')). */
    public static final SipStatus BAD_IDENTITY_INFO =
            define(436, "Bad Identity Info", "RFC 8224 (orig. RFC 4474 'Bad Identity-Info')", Registration.CURRENT, false);
    /** 437 Unsupported Credential (RFC 8224 (orig. RFC 4474 'Unsupported Certificate')). */
    public static final SipStatus UNSUPPORTED_CREDENTIAL =
            define(437, "Unsupported Credential", "RFC 8224 (orig. RFC 4474 'Unsupported Certificate')", Registration.CURRENT, false);
    /** 438 Invalid Identity Header (RFC 8224 (orig. RFC 4474)). */
    public static final SipStatus INVALID_IDENTITY_HEADER =
            define(438, "Invalid Identity Header", "RFC 8224 (orig. RFC 4474)", Registration.CURRENT, false);
    /** 439 First Hop Lacks Outbound Support (RFC 5626). */
    public static final SipStatus FIRST_HOP_LACKS_OUTBOUND_SUPPORT =
            define(439, "First Hop Lacks Outbound Support", "RFC 5626", Registration.CURRENT, false);
    /** 440 Max-Breadth Exceeded (RFC 5393). */
    public static final SipStatus MAX_BREADTH_EXCEEDED =
            define(440, "Max-Breadth Exceeded", "RFC 5393", Registration.CURRENT, false);
    /** 469 Bad Info Package (RFC 6086). */
    public static final SipStatus BAD_INFO_PACKAGE =
            define(469, "Bad Info Package", "RFC 6086", Registration.CURRENT, false);
    /** 470 Consent Needed (RFC 5360). */
    public static final SipStatus CONSENT_NEEDED =
            define(470, "Consent Needed", "RFC 5360", Registration.CURRENT, false);
    /** 480 Temporarily Unavailable (RFC 3261 §21.4.18). */
    public static final SipStatus TEMPORARILY_UNAVAILABLE =
            define(480, "Temporarily Unavailable", "RFC 3261 §21.4.18", Registration.CURRENT, true);
    /** 481 Call/Transaction Does Not Exist (RFC 3261 §21.4.19). */
    public static final SipStatus CALL_OR_TRANSACTION_DOES_NOT_EXIST =
            define(481, "Call/Transaction Does Not Exist", "RFC 3261 §21.4.19", Registration.CURRENT, true);
    /** 482 Loop Detected (RFC 3261 §21.4.20). */
    public static final SipStatus LOOP_DETECTED =
            define(482, "Loop Detected", "RFC 3261 §21.4.20", Registration.CURRENT, true);
    /** 483 Too Many Hops (RFC 3261 §21.4.21). */
    public static final SipStatus TOO_MANY_HOPS =
            define(483, "Too Many Hops", "RFC 3261 §21.4.21", Registration.CURRENT, true);
    /** 484 Address Incomplete (RFC 3261 §21.4.22). */
    public static final SipStatus ADDRESS_INCOMPLETE =
            define(484, "Address Incomplete", "RFC 3261 §21.4.22", Registration.CURRENT, true);
    /** 485 Ambiguous (RFC 3261 §21.4.23). */
    public static final SipStatus AMBIGUOUS =
            define(485, "Ambiguous", "RFC 3261 §21.4.23", Registration.CURRENT, true);
    /** 486 Busy Here (RFC 3261 §21.4.24). */
    public static final SipStatus BUSY_HERE =
            define(486, "Busy Here", "RFC 3261 §21.4.24", Registration.CURRENT, true);
    /** 487 Request Terminated (RFC 3261 §21.4.25). */
    public static final SipStatus REQUEST_TERMINATED =
            define(487, "Request Terminated", "RFC 3261 §21.4.25", Registration.CURRENT, true);
    /** 488 Not Acceptable Here (RFC 3261 §21.4.26). */
    public static final SipStatus NOT_ACCEPTABLE_HERE =
            define(488, "Not Acceptable Here", "RFC 3261 §21.4.26", Registration.CURRENT, true);
    /** 489 Bad Event (RFC 6665 §8.3.2 (orig. RFC 3265)). */
    public static final SipStatus BAD_EVENT =
            define(489, "Bad Event", "RFC 6665 §8.3.2 (orig. RFC 3265)", Registration.CURRENT, false);
    /** 491 Request Pending (RFC 3261 §21.4.27). */
    public static final SipStatus REQUEST_PENDING =
            define(491, "Request Pending", "RFC 3261 §21.4.27", Registration.CURRENT, true);
    /** 493 Undecipherable (RFC 3261 §21.4.28). */
    public static final SipStatus UNDECIPHERABLE =
            define(493, "Undecipherable", "RFC 3261 §21.4.28", Registration.CURRENT, true);
    /** 494 Security Agreement Required (RFC 3329). */
    public static final SipStatus SECURITY_AGREEMENT_REQUIRED =
            define(494, "Security Agreement Required", "RFC 3329", Registration.CURRENT, false);
    /** 500 Server Internal Error (RFC 3261 §21.5.1). */
    public static final SipStatus SERVER_INTERNAL_ERROR =
            define(500, "Server Internal Error", "RFC 3261 §21.5.1", Registration.CURRENT, true);
    /** 501 Not Implemented (RFC 3261 §21.5.2). */
    public static final SipStatus NOT_IMPLEMENTED =
            define(501, "Not Implemented", "RFC 3261 §21.5.2", Registration.CURRENT, true);
    /** 502 Bad Gateway (RFC 3261 §21.5.3). */
    public static final SipStatus BAD_GATEWAY =
            define(502, "Bad Gateway", "RFC 3261 §21.5.3", Registration.CURRENT, true);
    /** 503 Service Unavailable (RFC 3261 §21.5.4). */
    public static final SipStatus SERVICE_UNAVAILABLE =
            define(503, "Service Unavailable", "RFC 3261 §21.5.4", Registration.CURRENT, true);
    /** 504 Server Time-out (RFC 3261 §21.5.5). */
    public static final SipStatus SERVER_TIMEOUT =
            define(504, "Server Time-out", "RFC 3261 §21.5.5", Registration.CURRENT, true);
    /** 505 Version Not Supported (RFC 3261 §21.5.6). */
    public static final SipStatus VERSION_NOT_SUPPORTED =
            define(505, "Version Not Supported", "RFC 3261 §21.5.6", Registration.CURRENT, true);
    /** 513 Message Too Large (RFC 3261 §21.5.7). */
    public static final SipStatus MESSAGE_TOO_LARGE =
            define(513, "Message Too Large", "RFC 3261 §21.5.7", Registration.CURRENT, true);
    /** 555 Push Notification Service Not Supported (RFC 8599). */
    public static final SipStatus PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED =
            define(555, "Push Notification Service Not Supported", "RFC 8599", Registration.CURRENT, false);
    /** 580 Precondition Failure (RFC 3312). */
    public static final SipStatus PRECONDITION_FAILURE =
            define(580, "Precondition Failure", "RFC 3312", Registration.CURRENT, false);
    /** 600 Busy Everywhere (RFC 3261 §21.6.1). */
    public static final SipStatus BUSY_EVERYWHERE =
            define(600, "Busy Everywhere", "RFC 3261 §21.6.1", Registration.CURRENT, false);
    /** 603 Decline (RFC 3261 §21.6.2). */
    public static final SipStatus DECLINE =
            define(603, "Decline", "RFC 3261 §21.6.2", Registration.CURRENT, false);
    /** 604 Does Not Exist Anywhere (RFC 3261 §21.6.3). */
    public static final SipStatus DOES_NOT_EXIST_ANYWHERE =
            define(604, "Does Not Exist Anywhere", "RFC 3261 §21.6.3", Registration.CURRENT, false);
    /** 606 Not Acceptable (RFC 3261 §21.6.4). */
    public static final SipStatus NOT_ACCEPTABLE_ANYWHERE =
            define(606, "Not Acceptable", "RFC 3261 §21.6.4", Registration.CURRENT, false);
    /** 607 Unwanted (RFC 8197). */
    public static final SipStatus UNWANTED =
            define(607, "Unwanted", "RFC 8197", Registration.CURRENT, false);
    /** 608 Rejected (RFC 8688). */
    public static final SipStatus REJECTED =
            define(608, "Rejected", "RFC 8688", Registration.CURRENT, false);

    private final int code;
    private final String reasonPhrase;
    private final String rfc;
    private final Registration registration;
    private final boolean common;

    private SipStatus(int code, String reasonPhrase, String rfc, Registration registration, boolean common) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
        this.rfc = rfc;
        this.registration = registration;
        this.common = common;
    }

    private static SipStatus define(int code, String phrase, String rfc, Registration registration, boolean common) {
        SipStatus s = new SipStatus(code, phrase, rfc, registration, common);
        BY_CODE[code] = s;
        DEFINED.add(s);
        return s;
    }

    /**
     * The status for a code: the constant for a known code, otherwise an unregistered value of the right class.
     *
     * @throws IllegalArgumentException if the code is outside 100-699
     */
    public static SipStatus valueOf(int code) {
        if (code < MIN_CODE || code > MAX_CODE) {
            throw new IllegalArgumentException(
                    "SIP status codes run from 100 to 699 (RFC 3261 §7.2); got " + code);
        }
        SipStatus known = BY_CODE[code];
        return known != null ? known : new SipStatus(code, null, null, Registration.UNREGISTERED, false);
    }

    /** The constant for a known code, or null. */
    public static SipStatus known(int code) {
        return code >= MIN_CODE && code <= MAX_CODE ? BY_CODE[code] : null;
    }

    /** Every code with a constant (77), in ascending order. */
    public static List<SipStatus> all() {
        return Collections.unmodifiableList(DEFINED);
    }

    /** The three-digit code. */
    public int code() {
        return code;
    }

    /** The canonical reason phrase from the registry, or null for an unregistered code. */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** The defining document and section, e.g. "RFC 3261 §21.4.24"; null for an unregistered code. */
    public String rfc() {
        return rfc;
    }

    /** Where the code stands in the IANA registry. */
    public Registration registration() {
        return registration;
    }

    /** Whether the code is in the IANA registry (current or deprecated). 409 and 411 are not. */
    public boolean isRegistered() {
        return registration == Registration.CURRENT || registration == Registration.DEPRECATED;
    }

    /** Whether sipdiag has a constant (and texts) for this very code. */
    public boolean isKnown() {
        return reasonPhrase != null;
    }

    /** Whether the code is one of the 47 the provider's overview page lists, i.e. met in everyday calls. */
    public boolean isCommon() {
        return common;
    }

    /** The class, from the first digit. */
    public StatusClass statusClass() {
        return StatusClass.of(code);
    }

    /** Whether this response ends its transaction (2xx-6xx). */
    public boolean isFinal() {
        return code >= 200;
    }

    /**
     * The code a receiver must act on. For a registered code, the code itself; for 202, 200 (RFC 6665 §8.3.1);
     * for any other code, RFC 3261 §8.1.3.2: an unknown final response counts as the x00 of its class and an
     * unknown provisional one as 183 Session Progress.
     */
    public int treatAs() {
        if (registration == Registration.CURRENT) {
            return code;
        }
        if (registration == Registration.DEPRECATED) {
            return 200;
        }
        return code < 200 ? 183 : statusClass().baseCode();
    }

    /** "486 Busy Here", or "499" for an unregistered code. */
    @Override
    public String toString() {
        return reasonPhrase == null ? Integer.toString(code) : code + " " + reasonPhrase;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SipStatus s && s.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public int compareTo(SipStatus o) {
        return Integer.compare(code, o.code);
    }
}
