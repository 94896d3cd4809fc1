package dev.sipdiag.sip.sdp;

/**
 * An {@code a=fmtp} value (RFC 8866 §6.15): format-specific parameters, kept as text because each codec
 * defines its own syntax (e.g. RFC 4733 {@code 0-16} for telephone-event, RFC 7587 for opus).
 *
 * @param format     the format it applies to, as listed on the m= line
 * @param parameters everything after the format and its separating space
 */
public record Fmtp(String format, String parameters) {
}
