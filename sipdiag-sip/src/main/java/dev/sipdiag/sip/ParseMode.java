package dev.sipdiag.sip;

/**
 * How strictly the parser holds a message to the RFC 3261 §25 grammar.
 *
 * <p>{@link #STRICT} is for what sipdiag builds and for {@code lint --strict}: the first deviation is a
 * {@link SipParseException}. {@link #LENIENT} is for captured traffic: whatever real devices send is accepted
 * when a sensible reading exists, the raw bytes are kept, and each deviation becomes a {@link ParseIssue}
 * warning on the message.
 */
public enum ParseMode {
    /** Every grammar violation is an error. */
    STRICT,
    /** Deviations are recorded as warnings; only input with no sensible reading is an error. */
    LENIENT
}
