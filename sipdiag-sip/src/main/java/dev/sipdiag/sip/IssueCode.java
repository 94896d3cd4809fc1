package dev.sipdiag.sip;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The stable codes of parse errors and warnings. The same code names a problem whether strict mode throws it
 * ({@link SipParseException#code()}) or lenient mode records it ({@link ParseIssue#code()}). {@link #code()}
 * is the machine-readable form used in JSON and in the conformance sidecar files; {@link #explain(Locale)}
 * gives the one-line explanation for people from {@code dev/sipdiag/sip/issues_*.properties}.
 */
public enum IssueCode {
    // --- framing and start line (RFC 3261 §7.1, §7.2, §25.1)
    /** No bytes, or only whitespace. */
    EMPTY_MESSAGE,
    /** The first line is neither a Request-Line nor a Status-Line. */
    INVALID_START_LINE,
    /** Request-Line not {@code Method SP Request-URI SP SIP-Version CRLF} (RFC 3261 §7.1). */
    INVALID_REQUEST_LINE,
    /** Status-Line not {@code SIP-Version SP Status-Code SP Reason-Phrase CRLF} (RFC 3261 §7.2). */
    INVALID_STATUS_LINE,
    /** A SIP-Version other than SIP/2.0 (RFC 3261 §7.1). */
    UNSUPPORTED_VERSION,
    /** The Request-URI does not follow its grammar or carries headers (RFC 3261 §19.1.1). */
    INVALID_REQUEST_URI,
    /** A line ends in LF alone instead of CRLF (RFC 3261 §7). */
    BARE_LF,
    /** A header line has no colon. */
    HEADER_MISSING_COLON,
    /** A header name that is not a token. */
    INVALID_HEADER_NAME,
    /** The header section is not closed by an empty line. */
    MISSING_EMPTY_LINE,
    /** Content-Length disagrees with the bytes present (RFC 3261 §18.3, §20.14). */
    CONTENT_LENGTH_MISMATCH,
    /** Content-Length is not a non-negative decimal number. */
    INVALID_CONTENT_LENGTH,
    /** More than one Content-Length value. */
    MULTIPLE_CONTENT_LENGTH,
    /** Bytes after the body in a datagram; RFC 3261 §18.3 says to discard them. */
    TRAILING_BYTES,
    /** One of the {@link SipLimits} was exceeded. */
    LIMIT_EXCEEDED,
    // --- header grammar (RFC 3261 §25.1)
    /** A header value that does not follow its grammar. */
    INVALID_HEADER_VALUE,
    /** A Via value that does not follow {@code via-parm} (RFC 3261 §20.42). */
    INVALID_VIA,
    /** A CSeq that is not a 32-bit sequence number and a method (RFC 3261 §8.1.1.5, §20.16). */
    INVALID_CSEQ,
    /** A number out of its range or not a number (Max-Forwards, Expires, Retry-After, ...). */
    INVALID_NUMBER,
    /** A name-addr or addr-spec that does not follow its grammar (RFC 3261 §20.10). */
    INVALID_NAME_ADDR,
    /** A display name that is neither a quoted string nor tokens (RFC 3261 §25.1). */
    INVALID_DISPLAY_NAME,
    /** A quoted string with no closing quote. */
    UNTERMINATED_QUOTED_STRING,
    /** A URI that does not follow the sip/sips/tel grammar (RFC 3261 §19.1, RFC 3966). */
    INVALID_URI,
    /** A URI with ',', ';' or '?' not enclosed in angle brackets (RFC 3261 §20). */
    UNBRACKETED_URI,
    /** An empty or malformed parameter. */
    INVALID_PARAMETER,
    /** A Date that is not an RFC 1123 date in GMT (RFC 3261 §20.17). */
    INVALID_DATE,
    /** The CSeq method differs from the request method (RFC 3261 §8.1.1.5). */
    CSEQ_METHOD_MISMATCH,
    // --- well-formed but questionable (RFC 4475 §3.2-§3.4)
    /** To, From, Call-ID, CSeq, Via or Max-Forwards is missing (RFC 3261 §8.1.1). */
    MISSING_MANDATORY_HEADER,
    /** A header that allows one value appears more than once. */
    DUPLICATE_SINGLE_HEADER,
    /** A URI scheme other than sip, sips or tel. */
    UNKNOWN_URI_SCHEME,
    /** Require or Proxy-Require names an option tag sipdiag does not know. */
    UNKNOWN_EXTENSION_REQUIRED,
    /** A Content-Type sipdiag does not know. */
    UNKNOWN_CONTENT_TYPE,
    /** An authorization scheme other than Digest. */
    UNKNOWN_AUTH_SCHEME,
    /** A Via sent-by that is a broadcast address. */
    VIA_BROADCAST_ADDRESS,
    /** A request with Max-Forwards: 0. */
    MAX_FORWARDS_ZERO,
    /** A Contact addr-spec without angle brackets followed by parameters that bind to the header. */
    CONTACT_PARAMS_UNBRACKETED,
    /** A Contact URI in a REGISTER with a URI parameter sipdiag does not know. */
    UNKNOWN_URI_PARAMETER,
    /** A Contact URI in a REGISTER with escaped headers. */
    CONTACT_URI_HEADERS,
    /** An offer whose Accept does not include application/sdp. */
    ACCEPT_EXCLUDES_SDP,
    /** A Via branch that is only the magic cookie z9hG4bK (RFC 3261 §8.1.1.7). */
    BRANCH_COOKIE_ONLY,
    /** A top Via with no branch starting with z9hG4bK: an RFC 2543 transaction identifier. */
    RFC2543_TRANSACTION_ID;

    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The stable kebab-case code, e.g. {@code content-length-mismatch}. */
    public String code() {
        return code;
    }

    /** The one-line explanation for people in the given language (English when the language is unknown). */
    public String explain(Locale locale) {
        Locale lang = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        return ResourceBundle.getBundle("dev.sipdiag.sip.issues", lang,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(code);
    }

    /** The code with the given kebab-case name, or null. */
    public static IssueCode fromCode(String code) {
        for (IssueCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
