package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.FrameOutcome;
import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.Problem;

import java.util.HashMap;
import java.util.Map;

/**
 * The state of one read shared by the decoding layers: where the current frame is (number, input offset, time,
 * interface), what it was found to carry (encapsulation stack, IP addresses) and what became of it (its
 * {@link FrameOutcome}). Reused for every frame, so decoding allocates nothing per frame.
 */
public final class FrameContext {
    /** Distinct encapsulation strings remembered for reuse. */
    private static final int MAX_DISTINCT_ENCAPSULATIONS = 256;

    final PayloadSink sink;
    final StatsCollector stats;
    final Messages messages;

    long frameNumber;
    long fileOffset;
    long timestampNanos;
    int interfaceId;
    /** Frame and time a payload delivered now is said to start in: the frame's own unless reassembly says otherwise. */
    long payloadFrame;
    long payloadTimestamp;

    FrameOutcome outcome;
    String outcomeName;

    private final String[] layers = new String[64];
    private int depth;
    private final Map<String, String> joined = new HashMap<>();
    private final String[] lastLayers = new String[64];
    private int lastDepth = -1;
    private String lastJoined;
    private final StringBuilder keyBuilder = new StringBuilder(64);

    int ipVersion;
    final byte[] src = new byte[16];
    final byte[] dst = new byte[16];
    /** Tunnels entered so far in this frame. */
    int tunnels;

    public FrameContext(PayloadSink sink, StatsCollector stats, Messages messages) {
        this.sink = sink;
        this.stats = stats;
        this.messages = messages;
    }

    /** Number of the last frame begun (0 before the first). */
    public long frameNumberForReports() {
        return frameNumber;
    }

    /** Starts the next frame (numbered from 1 across the whole input). */
    public void next(long fileOffset, long timestampNanos, int interfaceId) {
        begin(frameNumber + 1, fileOffset, timestampNanos, interfaceId);
    }

    /** Starts a new frame. */
    void begin(long frameNumber, long fileOffset, long timestampNanos, int interfaceId) {
        this.frameNumber = frameNumber;
        this.fileOffset = fileOffset;
        this.timestampNanos = timestampNanos;
        this.interfaceId = interfaceId;
        this.payloadFrame = frameNumber;
        this.payloadTimestamp = timestampNanos;
        this.outcome = null;
        this.outcomeName = null;
        this.depth = 0;
        this.tunnels = 0;
        this.ipVersion = 0;
    }

    /** Counts the frame begun last under its outcome (a frame that set none was malformed by omission). */
    public void end() {
        stats.frame(outcome == null ? FrameOutcome.MALFORMED : outcome, outcome == null ? "undecoded" : outcomeName);
    }

    public void outcome(FrameOutcome outcome, String name) {
        this.outcome = outcome;
        this.outcomeName = name;
    }

    /** Marks the frame malformed for {@code reason} and reports it. */
    void malformed(String reason, Object... args) {
        outcome(FrameOutcome.MALFORMED, reason);
        problem(reason, args);
    }

    /** Marks the frame truncated and reports it. */
    void truncated(String layer) {
        outcome(FrameOutcome.TRUNCATED, null);
        problem("truncated-packet", layer);
    }

    /** Reports a problem about the current frame. */
    public void problem(String reason, Object... args) {
        report(reason, frameNumber, fileOffset, args);
    }

    /** Reports a problem located elsewhere. */
    public void report(String reason, long frame, long offset, Object... args) {
        stats.problems++;
        sink.problem(new Problem(reason, frame, offset, messages.format(reason, args)));
    }

    void push(String layer) {
        if (depth < layers.length) {
            layers[depth++] = layer;
        }
    }

    int depth() {
        return depth;
    }

    /** Drops layers pushed after {@code depth}. */
    void truncateLayers(int depth) {
        this.depth = depth;
    }

    /**
     * The layers so far joined by '/', e.g. "eth/ip/udp". Layer names are constants, so a frame with the same
     * layers as the one before (nearly every frame of a capture) gets the same string back without building it.
     */
    String encapsulation() {
        if (lastJoined != null && depth == lastDepth && sameLayers()) {
            return lastJoined;
        }
        StringBuilder k = keyBuilder;
        k.setLength(0);
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                k.append('/');
            }
            k.append(layers[i]);
        }
        String s = k.toString();
        String known = joined.size() < MAX_DISTINCT_ENCAPSULATIONS ? joined.putIfAbsent(s, s) : joined.get(s);
        lastJoined = known == null ? s : known;
        System.arraycopy(layers, 0, lastLayers, 0, depth);
        lastDepth = depth;
        return lastJoined;
    }

    private boolean sameLayers() {
        for (int i = 0; i < depth; i++) {
            if (layers[i] != lastLayers[i]) {
                return false;
            }
        }
        return true;
    }
}
