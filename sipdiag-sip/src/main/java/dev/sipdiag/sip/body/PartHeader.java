package dev.sipdiag.sip.body;

/**
 * One header field of a body part (RFC 2045 §3, RFC 5621 §3.1); folded lines are unfolded, the value trimmed.
 *
 * @param name  the field name as sent (compare case-insensitively)
 * @param value the field value
 */
public record PartHeader(String name, String value) {
}
