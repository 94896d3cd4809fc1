package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.StreamFramer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Routes TCP segments (RFC 9293 §3.1) to their {@link TcpDirection}, one per direction of each connection, and
 * keeps the number of tracked directions within {@link CaptureLimits#MAX_OPEN_TCP_STREAMS}.
 */
final class TcpReassembler {
    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int RST = 0x04;
    static final int ACK = 0x10;

    private final FrameContext ctx;
    private final Endpoints endpoints;
    private final Supplier<StreamFramer> framers;
    private final Map<FlowKey, TcpDirection> flows = new HashMap<>();
    private final FlowKey probe = new FlowKey();
    private final MemoryBudget budget = new MemoryBudget(CaptureLimits.MAX_TCP_BUFFERED_TOTAL);
    private long created;

    TcpReassembler(FrameContext ctx, Endpoints endpoints, Supplier<StreamFramer> framers) {
        this.ctx = ctx;
        this.endpoints = endpoints;
        this.framers = framers;
    }

    /** A TCP segment at b[off], len bytes to the end of the IP payload; addresses are in the context. */
    void segment(PacketDecoder link, byte[] b, int off, int len) {
        ctx.push("tcp");
        if (len < 20) {
            link.cutShort("tcp", len);
            return;
        }
        int headerLength = ((b[off + 12] & 0xF0) >> 4) * 4;
        if (headerLength < 20) {
            ctx.malformed("bad-tcp-header", "data offset " + headerLength);
            return;
        }
        if (headerLength > len) {
            link.cutShort("tcp", len);
            return;
        }
        int sourcePort = Bytes.u16(b, off);
        int destinationPort = Bytes.u16(b, off + 2);
        int seq = Bytes.i32(b, off + 4);
        int ack = Bytes.i32(b, off + 8);
        int flags = b[off + 13] & 0xFF;
        probe.set(ctx.ipVersion, ctx.src, ctx.dst, sourcePort, destinationPort);
        TcpDirection dir = flows.get(probe);
        if (dir == null) {
            dir = open(sourcePort, destinationPort);
        }
        if ((flags & ACK) != 0 && dir.reverse != null) {
            dir.reverse.peerAcknowledged(ack);
        }
        dir.segment(seq, flags, b, off + headerLength, len - headerLength);
    }

    private TcpDirection open(int sourcePort, int destinationPort) {
        if (flows.size() >= CaptureLimits.MAX_OPEN_TCP_STREAMS) {
            makeRoom();
        }
        FlowKey key = probe.copy();
        TcpDirection dir = new TcpDirection(ctx, ++created,
                endpoints.of(key.version, key.src, sourcePort), endpoints.of(key.version, key.dst, destinationPort),
                ctx.encapsulation(), framers.get(), budget);
        TcpDirection reverse = flows.get(key.reverse());
        if (reverse != null) {
            dir.reverse = reverse;
            reverse.reverse = dir;
        } else {
            ctx.stats.tcpConnections++;
        }
        flows.put(key, dir);
        return dir;
    }

    /** Closes idle directions, then the least recently active quarter, to stay within the limit. */
    private void makeRoom() {
        long now = ctx.timestampNanos;
        int before = flows.size();
        long[] lastSeen = new long[before];
        int i = 0;
        for (TcpDirection d : flows.values()) {
            lastSeen[i++] = d.lastSeen;
        }
        Arrays.sort(lastSeen);
        long threshold = lastSeen[before / 4];
        if (now != dev.sipdiag.capture.Payload.NO_TIME) {
            threshold = Math.max(threshold, now - CaptureLimits.TCP_IDLE_TIMEOUT_NANOS);
        }
        List<TcpDirection> closing = new ArrayList<>();
        for (Iterator<TcpDirection> it = flows.values().iterator(); it.hasNext(); ) {
            TcpDirection d = it.next();
            if (d.lastSeen <= threshold) {
                closing.add(d);
                it.remove();
            }
        }
        closing.sort(Comparator.comparingLong(d -> d.id));
        for (TcpDirection d : closing) {
            d.endOfStream();
            if (d.reverse != null) {
                d.reverse.reverse = null;
            }
        }
        ctx.problem("limit-tcp-streams", CaptureLimits.MAX_OPEN_TCP_STREAMS, closing.size());
    }

    /** Ends every stream at the end of the input, oldest first. */
    void finish() {
        List<TcpDirection> all = new ArrayList<>(flows.values());
        all.sort(Comparator.comparingLong(d -> d.id));
        for (TcpDirection d : all) {
            d.endOfStream();
        }
        flows.clear();
    }
}
