package dev.sipdiag.sip.sdp;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The static RTP payload types of RFC 3551 §6 (Tables 4 and 5), used when an m= line lists a format in 0..34
 * without an {@code a=rtpmap} for it. Types 1, 2 and 19 are reserved, 20..24, 27, 29 and 30 unassigned.
 */
public final class StaticPayloadTypes {

    /** The highest static payload type RFC 3551 assigns. */
    public static final int MAX_STATIC = 34;

    private static final RtpMap[] TABLE = new RtpMap[MAX_STATIC + 1];

    static {
        put(0, "PCMU", 8000);
        put(3, "GSM", 8000);
        put(4, "G723", 8000);
        put(5, "DVI4", 8000);
        put(6, "DVI4", 16000);
        put(7, "LPC", 8000);
        put(8, "PCMA", 8000);
        put(9, "G722", 8000); // RFC 3551 §4.5.2: the RTP clock rate stays 8000 although G.722 samples at 16 kHz
        TABLE[10] = new RtpMap(10, "L16", 44100, OptionalInt.of(2), true);
        TABLE[11] = new RtpMap(11, "L16", 44100, OptionalInt.of(1), true);
        put(12, "QCELP", 8000);
        put(13, "CN", 8000);
        put(14, "MPA", 90000);
        put(15, "G728", 8000);
        put(16, "DVI4", 11025);
        put(17, "DVI4", 22050);
        put(18, "G729", 8000);
        put(25, "CelB", 90000);
        put(26, "JPEG", 90000);
        put(28, "nv", 90000);
        put(31, "H261", 90000);
        put(32, "MPV", 90000);
        put(33, "MP2T", 90000);
        put(34, "H263", 90000);
    }

    private StaticPayloadTypes() {
    }

    private static void put(int pt, String name, int rate) {
        TABLE[pt] = new RtpMap(pt, name, rate, OptionalInt.empty(), true);
    }

    /**
     * The RFC 3551 mapping of a static payload type.
     *
     * @param payloadType any int
     * @return the mapping, empty for dynamic, reserved, unassigned or out-of-range types
     */
    public static Optional<RtpMap> lookup(int payloadType) {
        if (payloadType < 0 || payloadType > MAX_STATIC) {
            return Optional.empty();
        }
        return Optional.ofNullable(TABLE[payloadType]);
    }
}
