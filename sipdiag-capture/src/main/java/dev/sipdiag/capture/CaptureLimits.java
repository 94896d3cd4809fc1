package dev.sipdiag.capture;

/**
 * Every bound the capture reader works within, in one place. Exceeding one is reported as a {@link Problem}
 * (reason {@code limit-…}) and counted in {@link CaptureStats}; it never exhausts memory.
 *
 * <p>Memory in the worst case is roughly {@link #READ_BUFFER_SIZE} + {@link #MAX_TCP_BUFFERED_TOTAL}
 * + {@link #MAX_PENDING_DATAGRAMS} × {@link #MAX_DATAGRAM_SIZE} + a few hundred bytes per open TCP direction;
 * buffers grow only as data needs them.
 */
public final class CaptureLimits {
    private CaptureLimits() {
    }

    /** Largest packet record accepted ({@value} bytes: libpcap's largest snapshot length). Longer is corrupt. */
    public static final int MAX_RECORD_LENGTH = 262_144;

    /** Largest pcapng block accepted ({@value} bytes): a maximal packet plus room for options. */
    public static final int MAX_BLOCK_LENGTH = MAX_RECORD_LENGTH + 65_536;

    /** The one reusable read buffer ({@value} bytes); must hold at least one maximal block. */
    public static final int READ_BUFFER_SIZE = 1 << 20;

    /** How far ({@value} bytes) the readers scan for the next plausible record after a damaged one. */
    public static final int MAX_RESYNC_SCAN = 16 << 20;

    /** Nested encapsulations (VLAN tags, tunnels, IP-in-IP) followed in one frame ({@value}). */
    public static final int MAX_ENCAPSULATION_DEPTH = 8;

    /** IPv6 extension headers followed in one packet ({@value}). */
    public static final int MAX_IPV6_EXTENSION_HEADERS = 16;

    /** Fragments accepted for one IP datagram ({@value}); more drops the datagram. */
    public static final int MAX_FRAGMENTS_PER_DATAGRAM = 64;

    /** Largest reassembled IP payload ({@value} bytes: the IPv4/IPv6 length fields' maximum). */
    public static final int MAX_DATAGRAM_SIZE = 65_535;

    /** Datagrams being reassembled at once ({@value}); the oldest is dropped to make room. */
    public static final int MAX_PENDING_DATAGRAMS = 1_024;

    /** Capture time a fragmented datagram may wait for its missing fragments ({@value} ns = 30 s, Linux's ipfrag_time). */
    public static final long FRAGMENT_TIMEOUT_NANOS = 30_000_000_000L;

    /** TCP directions tracked at once ({@value}); idle and closed ones are dropped first to make room. */
    public static final int MAX_OPEN_TCP_STREAMS = 32_768;

    /**
     * Bytes all TCP directions together may hold in stream buffers and out-of-order segments ({@value}); a
     * direction that would exceed it loses what it buffered ({@code limit-tcp-memory}) and resynchronises.
     */
    public static final long MAX_TCP_BUFFERED_TOTAL = 64L << 20;

    /** Unframed bytes buffered per TCP direction ({@value}); a message longer than this is skipped. */
    public static final int MAX_TCP_STREAM_BUFFER = 1 << 20;

    /** Out-of-order bytes held per TCP direction ({@value}) before the missing ones are declared a gap. */
    public static final int MAX_TCP_OUT_OF_ORDER_BYTES = 1 << 20;

    /** Out-of-order segments held per TCP direction ({@value}) before the missing ones are declared a gap. */
    public static final int MAX_TCP_OUT_OF_ORDER_SEGMENTS = 1_024;

    /** Capture time an out-of-order segment waits for the bytes before it ({@value} ns = 10 s) before a gap. */
    public static final long TCP_REORDER_TIMEOUT_NANOS = 10_000_000_000L;

    /** Capture time after which a silent TCP direction may be dropped to make room ({@value} ns = 5 min). */
    public static final long TCP_IDLE_TIMEOUT_NANOS = 300_000_000_000L;

    /** Largest WebSocket message (all its fragments) delivered ({@value} bytes); longer ones are skipped. */
    public static final int MAX_WEBSOCKET_MESSAGE = 1 << 20;

    /** Largest HTTP header block of a WebSocket upgrade ({@value} bytes). */
    public static final int MAX_HTTP_UPGRADE_HEADER = 16_384;
}
