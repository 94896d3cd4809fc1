package dev.sipdiag.sip.sdp;

import java.util.Optional;

/**
 * An {@code a=} line (RFC 8866 §5.13): a property ({@code a=recvonly}) has no value, a value attribute
 * ({@code a=rtpmap:0 PCMU/8000}) has the text after the first colon, possibly empty.
 *
 * @param name  the attribute name as sent (names are case-sensitive per RFC 8866 §5.13, compare with care)
 * @param value the value, empty for a property attribute
 * @param line  the 1-based line number in the session description, for reports
 */
public record Attribute(String name, Optional<String> value, int line) {
}
