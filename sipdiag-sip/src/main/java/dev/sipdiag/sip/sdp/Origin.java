package dev.sipdiag.sip.sdp;

/**
 * The {@code o=} line (RFC 8866 §5.2); all six fields present and non-empty.
 *
 * @param username       the originator's login, {@code "-"} when the host has no user ids
 * @param sessionId      numeric session id, kept as text because it may exceed 64 bits
 * @param sessionVersion numeric version, bumped on every change (RFC 3264 §8), kept as text
 * @param netType        {@code "IN"} for the Internet
 * @param addrType       {@code "IP4"} or {@code "IP6"}
 * @param unicastAddress the address (or FQDN) of the machine that created the session
 */
public record Origin(String username, String sessionId, String sessionVersion, String netType, String addrType,
                     String unicastAddress) {
}
