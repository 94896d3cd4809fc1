package dev.sipdiag.capture.hep;

/**
 * Every limit the HEP decoder enforces, in one place. Input that exceeds one is reported as a problem, never
 * allowed to exhaust memory or time.
 */
public final class HepLimits {
    /**
     * Most chunks read from one HEPv3 packet: {@value}. A real packet carries about fifteen; a packet of
     * 65,535 octets could otherwise hold ten thousand empty-valued chunks.
     */
    public static final int MAX_CHUNKS = 128;

    /**
     * Largest HEPv3 chunk (header included) accepted: {@value} octets, the most its 16-bit length field can
     * say. Listed so the bound is explicit; the packet length bounds it further.
     */
    public static final int MAX_CHUNK_LENGTH = 0xffff;

    /**
     * Largest payload a compressed-payload chunk (0x0010) may inflate to: {@value} octets (1 MiB), far above
     * any SIP message, so a compression bomb stops early.
     */
    public static final int MAX_INFLATED_PAYLOAD = 1 << 20;

    /**
     * Most octets a {@link HepStreamReader} skips while looking for the next "HEP3" magic after garbage
     * before it gives up on the stream: {@value} (1 MiB).
     */
    public static final int MAX_RESYNC_SKIP = 1 << 20;

    /** Longest correlation id kept, in octets: {@value}; longer ones are cut. */
    public static final int MAX_CORRELATION_ID = 1024;

    private HepLimits() {
    }
}
