package dev.sipdiag.sip;

/**
 * Session-Expires (RFC 4028 §4): the session interval and who refreshes.
 *
 * @param seconds   the session interval in seconds
 * @param refresher {@code uac}, {@code uas}, or null when absent
 * @param params    all parameters
 */
public record SessionExpires(long seconds, String refresher, Parameters params) {
}
