package dev.sipdiag.sip.body;

/**
 * How a body parser treats input that deviates from its grammar.
 *
 * <p>The same two paths as the SIP message parser: {@link #STRICT} for what we build and for {@code --strict},
 * {@link #LENIENT} for what we capture. Limits ({@code SdpLimits}, {@link BodyLimits}) are errors in both modes.
 */
public enum BodyParseMode {
    /** Every grammar violation is an error: the parser throws. */
    STRICT,
    /** Deviations real devices produce are accepted and recorded as {@link BodyWarning}s. */
    LENIENT
}
