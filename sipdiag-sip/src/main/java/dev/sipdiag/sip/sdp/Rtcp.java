package dev.sipdiag.sip.sdp;

import java.util.Optional;

/**
 * An {@code a=rtcp} value (RFC 3605 §2.1): where RTCP goes when it is not RTP port + 1.
 *
 * @param port       the RTCP port, 0..65535
 * @param connection the RTCP address when given
 */
public record Rtcp(int port, Optional<Connection> connection) {
}
