package dev.sipdiag.capture;

/**
 * What became of one captured frame. Every frame read gets exactly one outcome, so the counts in
 * {@link CaptureStats#framesByOutcome()} add up to {@link CaptureStats#frames()}.
 */
public enum FrameOutcome {
    /** A UDP datagram delivered as a payload (possibly after reassembly, tunnel or unwrapper). */
    UDP_PAYLOAD,
    /** A TCP segment whose bytes joined a reassembled stream (messages are counted separately). */
    TCP_DATA,
    /** A TCP segment carrying only bytes already seen. */
    TCP_RETRANSMISSION,
    /** A TCP segment without payload (SYN, FIN, RST, bare ACK). */
    TCP_CONTROL,
    /** An IP fragment held for reassembly (the fragment that completes a datagram counts as the datagram). */
    FRAGMENT_HELD,
    /** An IP fragment of a datagram already rebuilt (a duplicate that arrived after the datagram was complete). */
    FRAGMENT_DUPLICATE,
    /** A link-layer frame that carries no IP (ARP, LLDP, STP…), named in {@link CaptureStats#nonIp()}. */
    NON_IP,
    /** A frame of a link type this reader does not decode, named in {@link CaptureStats#unsupportedLinkTypes()}. */
    UNSUPPORTED_LINK_TYPE,
    /** An IP packet of a protocol other than UDP/TCP/tunnels (ICMP, SCTP…), named in {@link CaptureStats#unsupportedProtocols()}. */
    UNSUPPORTED_PROTOCOL,
    /** A frame cut short (snapshot length, or the file ended inside it). */
    TRUNCATED,
    /** A frame whose headers are invalid, by reason in {@link CaptureStats#malformed()}. */
    MALFORMED,
    /** TLS or ESP traffic: recognised, counted, not decrypted. */
    ENCRYPTED,
    /** Dropped because a {@link CaptureLimits} bound was reached. */
    LIMIT_EXCEEDED
}
