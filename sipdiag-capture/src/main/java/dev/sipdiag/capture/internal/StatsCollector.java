package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureStats;
import dev.sipdiag.capture.FrameOutcome;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The counters of one read, turned into a {@link CaptureStats} at the end. */
public final class StatsCollector {
    private static final FrameOutcome[] OUTCOMES = FrameOutcome.values();

    private final long[] outcomes = new long[OUTCOMES.length];
    private final Map<String, Long> unsupportedLinkTypes = new HashMap<>();
    private final Map<String, Long> nonIp = new HashMap<>();
    private final Map<String, Long> unsupportedProtocols = new HashMap<>();
    private final Map<String, Long> malformed = new HashMap<>();
    long frames;
    long udpPayloads;
    long tcpMessages;
    long webSocketMessages;
    long keepAlives;
    long tcpBytes;
    long tcpConnections;
    long tcpGaps;
    long tcpBytesMissing;
    long bytesSkipped;
    long encryptedStreams;
    long encryptedBytes;
    long fragmentsReassembled;
    long fragmentsIncomplete;
    long problems;

    /** Counts one frame under its outcome; {@code name} says which link type, protocol or reason. */
    void frame(FrameOutcome outcome, String name) {
        frames++;
        outcomes[outcome.ordinal()]++;
        Map<String, Long> named = switch (outcome) {
            case UNSUPPORTED_LINK_TYPE -> unsupportedLinkTypes;
            case NON_IP -> nonIp;
            case UNSUPPORTED_PROTOCOL -> unsupportedProtocols;
            case MALFORMED -> malformed;
            default -> null;
        };
        if (named != null) {
            named.merge(name == null ? "?" : name, 1L, Long::sum);
        }
    }

    public CaptureStats finish() {
        Map<FrameOutcome, Long> byOutcome = new EnumMap<>(FrameOutcome.class);
        for (FrameOutcome o : OUTCOMES) {
            byOutcome.put(o, outcomes[o.ordinal()]);
        }
        return new CaptureStats(frames, byOutcome, unsupportedLinkTypes, nonIp, unsupportedProtocols, malformed,
                udpPayloads, tcpMessages, webSocketMessages, keepAlives, tcpBytes, tcpConnections, tcpGaps,
                tcpBytesMissing, bytesSkipped, encryptedStreams, encryptedBytes, fragmentsReassembled,
                fragmentsIncomplete, problems);
    }
}
