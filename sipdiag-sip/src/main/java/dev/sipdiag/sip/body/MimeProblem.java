package dev.sipdiag.sip.body;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What can be wrong with a Content-Type value or a multipart body (RFC 2045 §5.1, RFC 2046 §5.1, RFC 5621).
 * Codes are stable and are the keys of the explanations in the {@code dev.sipdiag.sip.body.messages} bundle.
 * In strict mode every problem is an error; in lenient mode only {@link #isLimit() limits} are.
 */
public enum MimeProblem {
    /** A Content-Type value does not follow {@code type "/" subtype *(";" attribute "=" value)}. */
    BAD_MEDIA_TYPE("mime.bad-media-type"),
    /** A multipart Content-Type has no boundary parameter (RFC 2046 §5.1.1: it is mandatory). */
    MISSING_BOUNDARY("mime.missing-boundary"),
    /** The boundary is longer than 70 characters or has characters outside {@code bchars}. */
    BAD_BOUNDARY("mime.bad-boundary"),
    /** The body never contains the boundary delimiter line, so it has no parts. */
    NO_DELIMITER("mime.no-delimiter"),
    /** The body ends without the close delimiter {@code --boundary--}, typically a cut-off body. */
    MISSING_CLOSE_DELIMITER("mime.missing-close-delimiter"),
    /** A line of the multipart structure ends in LF without CR. */
    LF_LINE_END("mime.lf-line-end"),
    /** A part header line is not {@code name ":" value}. */
    BAD_PART_HEADER("mime.bad-part-header"),
    /** A part's headers are not ended by an empty line. */
    MISSING_HEADER_END("mime.missing-header-end"),
    /** Multipart bodies nested deeper than {@link BodyLimits#MAX_DEPTH}. */
    TOO_DEEP("mime.too-deep", true),
    /** More than {@link BodyLimits#MAX_PARTS} parts. */
    TOO_MANY_PARTS("mime.too-many-parts", true),
    /** More than {@link BodyLimits#MAX_PART_HEADERS} header fields in a part. */
    TOO_MANY_PART_HEADERS("mime.too-many-part-headers", true),
    /** More than {@link BodyLimits#MAX_MEDIA_TYPE_PARAMETERS} Content-Type parameters. */
    TOO_MANY_PARAMETERS("mime.too-many-parameters", true);

    private static final String BUNDLE = "dev.sipdiag.sip.body.messages";

    private final String code;
    private final boolean limit;

    MimeProblem(String code) {
        this(code, false);
    }

    MimeProblem(String code, boolean limit) {
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
