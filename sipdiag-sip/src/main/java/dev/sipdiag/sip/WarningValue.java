package dev.sipdiag.sip;

/**
 * One Warning value (RFC 3261 §20.43): {@code warn-code SP warn-agent SP warn-text}.
 *
 * @param code  the three-digit warn-code (e.g. 399)
 * @param agent the warn-agent (host[:port] or pseudonym)
 * @param text  the warn-text, unquoted
 */
public record WarningValue(int code, String agent, String text) {
}
