package dev.sipdiag.status;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason-value of a Reason header (RFC 3326 §2): a protocol, its cause, an optional text and any extension
 * parameters. Invariant: protocol is a non-empty token as written; cause is not negative; text and parameter values
 * hold no CR or LF; params holds the other parameters in order, names lower-cased, quoted values unescaped, and ""
 * for a parameter without a value.
 *
 * <pre>{@code
 * Reason r = ReasonHeader.parse("Q.850;cause=16;text=\"Normal call clearing\"").get(0);
 * r.q850Cause()   // Optional[16 Normal call clearing]
 * r.sipStatus()   // Optional.empty(): the protocol is not SIP
 * }</pre>
 *
 * @param protocol the protocol token as written, e.g. "Q.850", "SIP", "Preemption"; compare it ignoring case
 * @param cause the cause parameter, whatever its range: "SIP;cause=999" parses, it only has no {@link #sipStatus()}
 * @param text the text parameter, unquoted and unescaped, or null when absent
 * @param params the other parameters (e.g. RFC 8606 "location"), never containing "cause" or "text"
 */
public record Reason(String protocol, int cause, String text, Map<String, String> params) {

    /** Protocol token for a SIP status code cause (RFC 3326 §2). */
    public static final String SIP = "SIP";
    /** Protocol token for an ITU-T Q.850 cause value (RFC 3326 §2). */
    public static final String Q850 = "Q.850";
    /** RFC 8606 parameter: the Q.850 location of the cause (U, LPN, LN, TN, RLN, RPN, INTL, BI, ...). */
    public static final String LOCATION = "location";

    public Reason {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(params, "params");
        if (protocol.isEmpty()) {
            throw new IllegalArgumentException("a Reason protocol is a non-empty token");
        }
        if (cause < 0) {
            throw new IllegalArgumentException("a Reason cause is 1*DIGIT; got " + cause);
        }
        requireSingleLine(text);
        Map<String, String> copy = new LinkedHashMap<>();
        params.forEach((name, value) -> copy.put(name.toLowerCase(Locale.ROOT), requireSingleLine(value)));
        if (copy.containsKey("cause") || copy.containsKey("text")) {
            throw new IllegalArgumentException("cause and text are fields of a Reason, not extension parameters");
        }
        params = Collections.unmodifiableMap(copy);
    }

    /** A header value is one line once unfolded (RFC 3261 §7.3.1), and no quoted-pair can carry CR or LF. */
    private static String requireSingleLine(String value) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("a Reason text or parameter value holds no CR or LF");
        }
        return value;
    }

    /** Whether the protocol is "SIP", ignoring case. */
    public boolean isSip() {
        return SIP.equalsIgnoreCase(protocol);
    }

    /** Whether the protocol is "Q.850", ignoring case. */
    public boolean isQ850() {
        return Q850.equalsIgnoreCase(protocol);
    }

    /** The Q.850 cause, if the protocol is Q.850 and the cause is 1-127. */
    public Optional<Q850Cause> q850Cause() {
        return isQ850() && Q850Cause.isInRange(cause) ? Optional.of(Q850Cause.of(cause)) : Optional.empty();
    }

    /** The SIP status, if the protocol is SIP and the cause is 100-699. */
    public Optional<SipStatus> sipStatus() {
        return isSip() && cause >= SipStatus.MIN_CODE && cause <= SipStatus.MAX_CODE
                ? Optional.of(SipStatus.valueOf(cause))
                : Optional.empty();
    }

    /** The RFC 8606 location, which only means something with a Q.850 cause; empty otherwise or when absent. */
    public Optional<String> location() {
        return isQ850() ? Optional.ofNullable(params.get(LOCATION)) : Optional.empty();
    }

    /**
     * This reason-value as header text, e.g. {@code Q.850;cause=16;text="Terminated"}: the text always quoted,
     * other values bare when they are tokens and quoted otherwise. {@link ReasonHeader#parse} reads it back equal.
     */
    public String toHeaderValue() {
        StringBuilder out = new StringBuilder(protocol).append(";cause=").append(cause);
        if (text != null) {
            out.append(";text=").append(ReasonHeader.quoted(text));
        }
        params.forEach((name, value) -> {
            out.append(';').append(name);
            if (!value.isEmpty()) {
                out.append('=').append(ReasonHeader.isToken(value) ? value : ReasonHeader.quoted(value));
            }
        });
        return out.toString();
    }
}
