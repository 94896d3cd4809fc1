package dev.sipdiag.capture;

/**
 * One application-layer payload recovered from the input: a UDP datagram, one message framed out of a
 * reassembled TCP/WebSocket stream, a HEP-encapsulated packet, or one message copied from a text log.
 *
 * @param timestampNanos nanoseconds since the epoch; {@link #NO_TIME} when the source has no time
 * @param transport      how it travelled
 * @param source         sender, or null when the source does not say
 * @param destination    receiver, or null when the source does not say
 * @param interfaceId    pcapng interface (0 for pcap and logs)
 * @param frameNumber    1-based number of the frame (or log record) the payload starts in
 * @param data           the payload bytes; owned by this record, never modified after delivery
 * @param encapsulation  how it was found, e.g. "eth/ip/udp", "eth/ip/udp/hep3", "log:asterisk-pjsip"
 * @param correlationId  HEP correlation id or null
 */
public record Payload(long timestampNanos, Transport transport, Endpoint source, Endpoint destination,
                      int interfaceId, long frameNumber, byte[] data, String encapsulation,
                      String correlationId) {
    /** Timestamp value for sources without time. */
    public static final long NO_TIME = Long.MIN_VALUE;
}
