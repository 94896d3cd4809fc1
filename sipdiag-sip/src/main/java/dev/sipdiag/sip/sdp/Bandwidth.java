package dev.sipdiag.sip.sdp;

/**
 * A {@code b=} line (RFC 8866 §5.8); {@code kbps >= 0}.
 *
 * @param type modifier as sent: {@code CT}, {@code AS}, {@code TIAS} (RFC 3890, bits/s), {@code RS}/{@code RR}
 *             (RFC 3556) or an extension
 * @param value the number; kilobits per second for CT and AS
 */
public record Bandwidth(String type, long value) {
}
