package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.FrameOutcome;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rebuilds IP datagrams from their fragments (RFC 791 §3.2 "reassembly", RFC 8200 §4.5), in any order.
 *
 * <p>Where fragments overlap, the bytes that arrived first are kept (RFC 5722 forbids overlap for IPv6; a
 * conflicting overlap is reported). A datagram whose fragments do not all arrive within
 * {@link CaptureLimits#FRAGMENT_TIMEOUT_NANOS} of capture time, or by the end of the input, is reported as an
 * {@code incomplete-fragment}. At most {@link CaptureLimits#MAX_PENDING_DATAGRAMS} wait at once, each with at
 * most {@link CaptureLimits#MAX_FRAGMENTS_PER_DATAGRAM} fragments and {@link CaptureLimits#MAX_DATAGRAM_SIZE}
 * bytes.
 */
final class FragmentReassembler {
    /** A datagram being rebuilt; once complete, {@code data[0, total)} is its payload. */
    static final class Pending {
        final Key key;
        byte[] data = new byte[2048];
        /** Received byte ranges [starts[i], ends[i]), sorted, disjoint, not adjacent. */
        final int[] starts = new int[CaptureLimits.MAX_FRAGMENTS_PER_DATAGRAM + 1];
        final int[] ends = new int[CaptureLimits.MAX_FRAGMENTS_PER_DATAGRAM + 1];
        int ranges;
        int fragments;
        int total = -1;
        int protocol;
        long firstFrame;
        long firstOffset;
        long firstTimestamp;
        long startFrame;
        long startTimestamp;
        boolean conflictReported;

        Pending(Key key) {
            this.key = key;
        }
    }

    /** Datagram identity: RFC 791 (source, destination, protocol, id) / RFC 8200 (source, destination, id). */
    static final class Key {
        int version;
        final byte[] src = new byte[16];
        final byte[] dst = new byte[16];
        int id;
        int protocol;
        private int hash;

        void set(int version, byte[] src, byte[] dst, int id, int protocol) {
            this.version = version;
            System.arraycopy(src, 0, this.src, 0, 16);
            System.arraycopy(dst, 0, this.dst, 0, 16);
            this.id = id;
            this.protocol = protocol;
            this.hash = ((Arrays.hashCode(src) * 31 + Arrays.hashCode(dst)) * 31 + id) * 31 + protocol + version;
        }

        Key copy() {
            Key k = new Key();
            k.set(version, src, dst, id, protocol);
            return k;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && k.id == id && k.protocol == protocol
                    && Arrays.equals(k.src, src) && Arrays.equals(k.dst, dst);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final FrameContext ctx;
    /** Datagrams completed lately ({@value} remembered), so that a late duplicate fragment is not a new datagram. */
    private static final int RECENTLY_COMPLETED = 256;

    private final Map<Key, Pending> pending = new LinkedHashMap<>();
    private final Map<Key, Long> completed = new LinkedHashMap<>(RECENTLY_COMPLETED * 2, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
            return size() > RECENTLY_COMPLETED;
        }
    };
    private final Key probe = new Key();

    FragmentReassembler(FrameContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Adds one fragment of the datagram identified by the context's addresses and {@code id}.
     *
     * @param protocol IPv4: the header's protocol; IPv6: the fragment header's next header
     * @param offset   byte offset of this fragment in the datagram's payload
     * @return the completed datagram, or null while fragments are missing (the frame's outcome is then set)
     */
    Pending add(int version, int id, int protocol, int offset, boolean more, byte[] b, int off, int len) {
        ctx.push("frag");
        expire();
        int end = offset + len;
        if (end > CaptureLimits.MAX_DATAGRAM_SIZE) {
            ctx.malformed("fragment-too-large", end);
            return null;
        }
        // IPv6 fragments carry the protocol only in their own header, which is the same in each of them.
        probe.set(version, ctx.src, ctx.dst, id, version == 4 ? protocol : 0);
        Pending p = pending.get(probe);
        if (p == null) {
            Long done = completed.get(probe);
            if (done != null && Timestamps.elapsed(done, ctx.timestampNanos) <= CaptureLimits.FRAGMENT_TIMEOUT_NANOS) {
                ctx.outcome(FrameOutcome.FRAGMENT_DUPLICATE, null);
                return null;
            }
            if (pending.size() >= CaptureLimits.MAX_PENDING_DATAGRAMS) {
                Iterator<Pending> oldest = pending.values().iterator();
                Pending dropped = oldest.next();
                oldest.remove();
                ctx.stats.fragmentsIncomplete++;
                ctx.report("limit-pending-datagrams", dropped.firstFrame, dropped.firstOffset,
                        CaptureLimits.MAX_PENDING_DATAGRAMS);
            }
            p = new Pending(probe.copy());
            p.firstFrame = ctx.frameNumber;
            p.firstOffset = ctx.fileOffset;
            p.firstTimestamp = ctx.timestampNanos;
            p.startFrame = ctx.frameNumber;
            p.startTimestamp = ctx.timestampNanos;
            pending.put(p.key, p);
        }
        if (++p.fragments > CaptureLimits.MAX_FRAGMENTS_PER_DATAGRAM) {
            pending.remove(p.key);
            ctx.stats.fragmentsIncomplete++;
            ctx.outcome(FrameOutcome.LIMIT_EXCEEDED, null);
            ctx.problem("limit-fragments-per-datagram", CaptureLimits.MAX_FRAGMENTS_PER_DATAGRAM);
            return null;
        }
        if (!more) {
            if ((p.total >= 0 && p.total != end) || (p.ranges > 0 && p.ends[p.ranges - 1] > end)) {
                pending.remove(p.key);
                ctx.stats.fragmentsIncomplete++;
                ctx.malformed("fragment-length-conflict", p.total >= 0 ? p.total : p.ends[p.ranges - 1], end);
                return null;
            }
            p.total = end;
        } else if (p.total >= 0 && end > p.total) {
            pending.remove(p.key);
            ctx.stats.fragmentsIncomplete++;
            ctx.malformed("fragment-length-conflict", p.total, end);
            return null;
        }
        if (offset == 0) {
            p.protocol = protocol;
            p.startFrame = ctx.frameNumber;
            p.startTimestamp = ctx.timestampNanos;
        } else if (version == 6 && p.ranges == 0) {
            p.protocol = protocol;
        }
        place(p, offset, b, off, len);
        if (p.total >= 0 && p.ranges == 1 && p.starts[0] == 0 && p.ends[0] == p.total) {
            pending.remove(p.key);
            completed.put(p.key, ctx.timestampNanos);
            ctx.stats.fragmentsReassembled++;
            ctx.payloadFrame = p.startFrame;
            ctx.payloadTimestamp = p.startTimestamp;
            ctx.outcome(FrameOutcome.MALFORMED, "undecoded");
            return p;
        }
        ctx.outcome(FrameOutcome.FRAGMENT_HELD, null);
        return null;
    }

    /** Copies the bytes of [offset, offset+len) that no earlier fragment supplied, and records the range. */
    private void place(Pending p, int offset, byte[] b, int off, int len) {
        int end = offset + len;
        if (p.data.length < end) {
            p.data = Arrays.copyOf(p.data, Math.min(CaptureLimits.MAX_DATAGRAM_SIZE, Math.max(end, p.data.length * 2)));
        }
        int cursor = offset;
        for (int i = 0; i < p.ranges && cursor < end; i++) {
            int s = p.starts[i];
            int e = p.ends[i];
            if (e <= cursor) {
                continue;
            }
            if (s >= end) {
                break;
            }
            if (s > cursor) {
                System.arraycopy(b, off + cursor - offset, p.data, cursor, s - cursor);
            }
            int overlapFrom = Math.max(cursor, s);
            int overlapTo = Math.min(end, e);
            if (!p.conflictReported && !Arrays.equals(b, off + overlapFrom - offset, off + overlapTo - offset,
                    p.data, overlapFrom, overlapTo)) {
                p.conflictReported = true;
                ctx.problem("overlapping-fragment", overlapFrom, overlapTo);
            }
            cursor = e;
        }
        if (cursor < end) {
            System.arraycopy(b, off + cursor - offset, p.data, cursor, end - cursor);
        }
        addRange(p, offset, end);
    }

    private static void addRange(Pending p, int s, int e) {
        if (e == s) {
            return;
        }
        int n = 0;
        int[] starts = p.starts;
        int[] ends = p.ends;
        int i = 0;
        // Ranges before the new one (not touching it) stay as they are.
        while (i < p.ranges && ends[i] < s) {
            i++;
        }
        n = i;
        int mergedStart = s;
        int mergedEnd = e;
        int j = i;
        while (j < p.ranges && starts[j] <= e) {
            mergedStart = Math.min(mergedStart, starts[j]);
            mergedEnd = Math.max(mergedEnd, ends[j]);
            j++;
        }
        int tail = p.ranges - j;
        System.arraycopy(starts, j, starts, n + 1, tail);
        System.arraycopy(ends, j, ends, n + 1, tail);
        starts[n] = mergedStart;
        ends[n] = mergedEnd;
        p.ranges = n + 1 + tail;
    }

    /** Drops datagrams that have waited longer than the timeout. */
    private void expire() {
        long now = ctx.timestampNanos;
        Iterator<Pending> it = pending.values().iterator();
        while (it.hasNext()) {
            Pending p = it.next();
            if (Timestamps.elapsed(p.firstTimestamp, now) <= CaptureLimits.FRAGMENT_TIMEOUT_NANOS) {
                break;
            }
            it.remove();
            incomplete(p);
        }
    }

    /** Reports every datagram still waiting at the end of the input. */
    void finish() {
        for (Pending p : pending.values()) {
            incomplete(p);
        }
        pending.clear();
    }

    private void incomplete(Pending p) {
        ctx.stats.fragmentsIncomplete++;
        int have = 0;
        for (int i = 0; i < p.ranges; i++) {
            have += p.ends[i] - p.starts[i];
        }
        ctx.report("incomplete-fragment", p.firstFrame, p.firstOffset, p.fragments, have,
                p.total >= 0 ? Integer.toString(p.total) : "?");
    }
}
