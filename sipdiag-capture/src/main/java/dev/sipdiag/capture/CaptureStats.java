package dev.sipdiag.capture;

import java.util.Map;

/**
 * What a read found, with nothing silently dropped: each frame is counted once in {@link #framesByOutcome()}
 * (the values add up to {@link #frames()}); the named maps say which link types, protocols and malformations.
 *
 * @param frames                every packet record read
 * @param framesByOutcome       frames per outcome; every outcome present, zero when none
 * @param unsupportedLinkTypes  frames per undecoded link type, by name (e.g. "LINKTYPE_IEEE802_11 (105)")
 * @param nonIp                 frames per non-IP ethertype, by name (e.g. "ARP")
 * @param unsupportedProtocols  frames per undecoded IP protocol, by name (e.g. "ICMP", "SCTP")
 * @param malformed             frames per malformation reason (the {@link Problem#reason()} key)
 * @param udpPayloads           UDP payloads delivered
 * @param tcpMessages           messages framed out of TCP streams and delivered
 * @param webSocketMessages     WebSocket messages delivered
 * @param keepAlives            CRLF keep-alives recognised by the framer and not delivered
 * @param tcpBytes              distinct TCP payload bytes placed in streams (retransmissions counted once)
 * @param tcpConnections        TCP connections seen (a connection is both directions of one 4-tuple)
 * @param tcpGaps               places where TCP bytes were missing from the capture
 * @param tcpBytesMissing       bytes those gaps left out
 * @param bytesSkipped          stream bytes that could not be delivered (cut by a gap, not framed, too long)
 * @param encryptedStreams      TCP directions recognised as TLS
 * @param encryptedBytes        TCP payload bytes in those directions
 * @param fragmentsReassembled  IP datagrams rebuilt from fragments
 * @param fragmentsIncomplete   IP datagrams whose fragments never all arrived
 * @param problems              problems reported to {@link PayloadSink#problem}
 */
public record CaptureStats(long frames, Map<FrameOutcome, Long> framesByOutcome,
                           Map<String, Long> unsupportedLinkTypes, Map<String, Long> nonIp,
                           Map<String, Long> unsupportedProtocols, Map<String, Long> malformed,
                           long udpPayloads, long tcpMessages, long webSocketMessages, long keepAlives,
                           long tcpBytes, long tcpConnections, long tcpGaps, long tcpBytesMissing,
                           long bytesSkipped, long encryptedStreams, long encryptedBytes,
                           long fragmentsReassembled, long fragmentsIncomplete, long problems) {
    /** Copies the maps. */
    public CaptureStats {
        framesByOutcome = Map.copyOf(framesByOutcome);
        unsupportedLinkTypes = Map.copyOf(unsupportedLinkTypes);
        nonIp = Map.copyOf(nonIp);
        unsupportedProtocols = Map.copyOf(unsupportedProtocols);
        malformed = Map.copyOf(malformed);
    }

    /** Frames with the given outcome. */
    public long frames(FrameOutcome outcome) {
        return framesByOutcome.getOrDefault(outcome, 0L);
    }

    /** Every payload delivered: UDP datagrams, TCP messages and WebSocket messages. */
    public long payloads() {
        return udpPayloads + tcpMessages + webSocketMessages;
    }
}
