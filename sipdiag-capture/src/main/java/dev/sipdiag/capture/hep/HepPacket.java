package dev.sipdiag.capture.hep;

/**
 * One decoded HEP packet: what the capture agent saw on the wire and the packet it copied. Invariant: the
 * addresses are text (IPv4 dotted quad, IPv6 in RFC 5952 form), ports 0..65535, payload never null.
 *
 * @param version        1, 2 or 3
 * @param ipFamily       4 or 6
 * @param ipProtocol     IP protocol number of the original packet (17 UDP, 6 TCP, 132 SCTP), -1 when not given
 * @param sourceAddress  original source address
 * @param sourcePort     original source port
 * @param destinationAddress original destination address
 * @param destinationPort original destination port
 * @param timestampNanos capture time in nanoseconds since the epoch, or
 *                       {@link dev.sipdiag.capture.Payload#NO_TIME} when the packet has none (HEPv1)
 * @param protocolType   HEP protocol type of the payload (1 = SIP), -1 when not given
 * @param captureAgentId capture agent id, -1 when not given
 * @param authKey        authentication key octets, or null
 * @param payload        the original packet's payload (inflated when it was sent compressed)
 * @param compressed     whether the payload came from a compressed-payload chunk
 * @param correlationId  the internal correlation id, or null
 */
public record HepPacket(int version, int ipFamily, int ipProtocol, String sourceAddress, int sourcePort,
                        String destinationAddress, int destinationPort, long timestampNanos,
                        int protocolType, long captureAgentId, byte[] authKey, byte[] payload,
                        boolean compressed, String correlationId) {
    /** HEP protocol type of SIP. */
    public static final int PROTOCOL_TYPE_SIP = 1;
}
