package dev.sipdiag.sip.sdp;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What can be wrong with a session description. Each constant has a stable {@link #code()} that appears in
 * {@link dev.sipdiag.sip.body.BodyWarning#code()} and {@link SdpParseException#code()}, and an explanation for
 * people in the {@code dev.sipdiag.sip.sdp.messages} bundle (English and Dutch) under the same key.
 *
 * <p>In strict mode every problem is an error. In lenient mode a problem is a warning unless it
 * {@link #isLimit() is a limit}.
 */
public enum SdpProblem {
    /** A line ends in LF without CR; RFC 8866 §5 requires CRLF but asks parsers to accept LF. */
    LF_LINE_END("sdp.lf-line-end"),
    /** A line ends in a CR that is not followed by LF. */
    CR_LINE_END("sdp.cr-line-end"),
    /** The last line has no line end (RFC 8866 §9: every field ends with CRLF). */
    MISSING_FINAL_LINE_END("sdp.missing-final-line-end"),
    /** An empty line; the SDP grammar has none. */
    EMPTY_LINE("sdp.empty-line"),
    /** A line does not have the form {@code <type>=<value>} (RFC 8866 §5). */
    MALFORMED_LINE("sdp.malformed-line"),
    /** Whitespace before or after the {@code =} of a line (RFC 8866 §5 forbids it). */
    SPACE_AROUND_EQUALS("sdp.space-around-equals"),
    /** A type letter RFC 8866 does not define; §5 says a parser MUST ignore or reject it. */
    UNKNOWN_TYPE("sdp.unknown-type"),
    /** A line out of the order RFC 8866 §5 prescribes (v o s i u e p c b t r z k a, then m i c b k a). */
    FIELD_ORDER("sdp.field-order"),
    /** A field that may appear once (e.g. {@code o=}, {@code c=} at session level) appears again. */
    DUPLICATE_FIELD("sdp.duplicate-field"),
    /** A mandatory field ({@code v= o= s= t=}) is missing. */
    MISSING_FIELD("sdp.missing-field"),
    /** {@code v=} is not {@code 0} (RFC 8866 §5.1). */
    BAD_VERSION("sdp.bad-version"),
    /** {@code o=} does not have six fields or a field is malformed (RFC 8866 §5.2). */
    BAD_ORIGIN("sdp.bad-origin"),
    /** {@code s=} is empty; RFC 8866 §5.3 asks for a single space when there is no name. */
    EMPTY_SESSION_NAME("sdp.empty-session-name"),
    /** {@code c=} is malformed (RFC 8866 §5.7). */
    BAD_CONNECTION("sdp.bad-connection"),
    /** {@code b=} is malformed (RFC 8866 §5.8). */
    BAD_BANDWIDTH("sdp.bad-bandwidth"),
    /** {@code t=}, {@code r=} or {@code z=} is malformed (RFC 8866 §5.9 to §5.11). */
    BAD_TIMING("sdp.bad-timing"),
    /** {@code m=} is malformed (RFC 8866 §5.14). */
    BAD_MEDIA("sdp.bad-media"),
    /** An attribute is malformed: its name, or the value of one the parser types (rtpmap, fmtp, ptime, rtcp). */
    BAD_ATTRIBUTE("sdp.bad-attribute"),
    /** Runs of spaces, tabs, or leading/trailing whitespace where the grammar has exactly one SP. */
    EXTRA_WHITESPACE("sdp.extra-whitespace"),
    /** A NUL byte, which no SDP field may contain (RFC 8866 §9 byte-string). */
    NUL_BYTE("sdp.nul-byte"),
    /** More than {@link SdpLimits#MAX_LINES} lines. */
    TOO_MANY_LINES("sdp.too-many-lines", true),
    /** More than {@link SdpLimits#MAX_MEDIA} media descriptions. */
    TOO_MANY_MEDIA("sdp.too-many-media", true),
    /** A line longer than {@link SdpLimits#MAX_LINE_LENGTH}. */
    LINE_TOO_LONG("sdp.line-too-long", true),
    /** An m= line with more than {@link SdpLimits#MAX_FORMATS} formats. */
    TOO_MANY_FORMATS("sdp.too-many-formats", true);

    private static final String BUNDLE = "dev.sipdiag.sip.sdp.messages";

    private final String code;
    private final boolean limit;

    SdpProblem(String code) {
        this(code, false);
    }

    SdpProblem(String code, boolean limit) {
        this.code = code;
        this.limit = limit;
    }

    /** {@return the stable code, also the resource-bundle key} */
    public String code() {
        return code;
    }

    /** {@return whether this is a limit, an error in lenient mode too} */
    public boolean isLimit() {
        return limit;
    }

    /**
     * One line for a person explaining the problem.
     *
     * @param locale the language; English when the bundle has no translation
     * @return the explanation
     */
    public String explain(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale).getString(code);
    }
}
