package dev.sipdiag.capture.hep;

/**
 * The generic HEPv3 chunk types this decoder understands (vendor 0x0000 in the HEP3 specification,
 * "HEP3 Network Protocol Specification", section "Chunk types"), each with the value size it must have.
 *
 * <p>Types not listed here (MOS, VLAN, MAC addresses, vendor extensions, ...) are skipped by length.
 */
public enum HepChunkType {
    IP_FAMILY(0x0001, 1),
    IP_PROTOCOL(0x0002, 1),
    IPV4_SOURCE(0x0003, 4),
    IPV4_DESTINATION(0x0004, 4),
    IPV6_SOURCE(0x0005, 16),
    IPV6_DESTINATION(0x0006, 16),
    SOURCE_PORT(0x0007, 2),
    DESTINATION_PORT(0x0008, 2),
    TIMESTAMP_SECONDS(0x0009, 4),
    TIMESTAMP_MICROS(0x000a, 4),
    PROTOCOL_TYPE(0x000b, 1),
    /** 4 octets in the specification; some agents send 2, which is accepted too. */
    CAPTURE_AGENT_ID(0x000c, 4),
    KEEP_ALIVE_TIMER(0x000d, 2),
    AUTH_KEY(0x000e),
    PAYLOAD(0x000f),
    /** Payload compressed with gzip (zlib streams are accepted too). */
    COMPRESSED_PAYLOAD(0x0010),
    CORRELATION_ID(0x0011);

    /** {@link #valueSize()} of a chunk whose value has no fixed size. */
    public static final int VARIABLE = -1;

    private static final HepChunkType[] BY_ID = new HepChunkType[0x0012];

    static {
        for (HepChunkType type : values()) {
            BY_ID[type.id] = type;
        }
    }

    private final int id;
    private final int valueSize;

    HepChunkType(int id) {
        this(id, -1);
    }

    HepChunkType(int id, int valueSize) {
        this.id = id;
        this.valueSize = valueSize;
    }

    /** The chunk type id on the wire. */
    public int id() {
        return id;
    }

    /** Size of the value in octets, or {@link #VARIABLE}. */
    public int valueSize() {
        return valueSize;
    }

    /** The type with this id, or null when it is not one this decoder interprets. */
    public static HepChunkType byId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
