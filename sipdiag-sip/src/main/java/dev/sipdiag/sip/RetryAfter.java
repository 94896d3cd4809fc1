package dev.sipdiag.sip;

/**
 * Retry-After (RFC 3261 §20.33): {@code delta-seconds [comment] *(; retry-param)}.
 *
 * @param seconds  how long to wait, at most 2^32-1
 * @param comment  the comment without its parentheses, or null
 * @param duration the {@code duration} parameter in seconds, or -1 when absent
 * @param params   all parameters
 */
public record RetryAfter(long seconds, String comment, long duration, Parameters params) {
}
