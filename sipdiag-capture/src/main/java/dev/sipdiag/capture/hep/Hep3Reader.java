package dev.sipdiag.capture.hep;

import dev.sipdiag.capture.Payload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one HEPv3 packet: "HEP3", a 16-bit total length, then chunks of vendor id, type id, 16-bit length
 * (chunk header included) and value, all in network order.
 *
 * <p>Generic chunk types are interpreted whatever vendor id they carry, as common collectors do: some agents
 * put their own vendor id on generic chunks.
 */
final class Hep3Reader {
    private final byte[] buf;
    private final int start;
    private final List<HepIssue> warnings = new ArrayList<>(2);

    private int family = -1;
    private int ipProtocol = -1;
    private String ipv4Source;
    private String ipv4Destination;
    private String ipv6Source;
    private String ipv6Destination;
    private int sourcePort = -1;
    private int destinationPort = -1;
    private long seconds = -1;
    private long micros = 0;
    private int protocolType = -1;
    private long captureAgentId = -1;
    private byte[] authKey;
    private byte[] payload;
    private boolean compressed;
    private String correlationId;

    private Hep3Reader(byte[] buf, int start) {
        this.buf = buf;
        this.start = start;
    }

    static HepResult read(byte[] buf, int off, int len) {
        return new Hep3Reader(buf, off).read(len);
    }

    private HepResult read(int available) {
        if (available < HepDecoder.HEP3_HEADER) {
            return damaged("hep-truncated-header", available, 3, HepDecoder.HEP3_HEADER, available);
        }
        int total = Octets.u16(buf, start + 4);
        if (total < HepDecoder.HEP3_HEADER) {
            return damaged("hep-bad-length", 4, total);
        }
        if (total > available) {
            return damaged("hep-length-past-end", 4, total, available);
        }
        if (total < available) {
            warn("hep-trailing-data", total, available - total);
        }
        int pos = HepDecoder.HEP3_HEADER;
        int chunks = 0;
        while (pos < total) {
            if (total - pos < HepDecoder.CHUNK_HEADER) {
                return damaged("hep-truncated-chunk", pos, total - pos);
            }
            if (++chunks > HepLimits.MAX_CHUNKS) {
                return damaged("hep-too-many-chunks", pos, HepLimits.MAX_CHUNKS);
            }
            int type = Octets.u16(buf, start + pos + 2);
            int length = Octets.u16(buf, start + pos + 4);
            if (length < HepDecoder.CHUNK_HEADER) {
                return damaged("hep-bad-chunk-length", pos, type, length);
            }
            if (length > total - pos) {
                return damaged("hep-chunk-past-end", pos, type, length, total - pos);
            }
            HepResult failure = chunk(type, pos, start + pos + HepDecoder.CHUNK_HEADER, length - HepDecoder.CHUNK_HEADER);
            if (failure != null) {
                return failure;
            }
            pos += length;
        }
        return finish(total);
    }

    /** Takes one chunk's value at buf[v, v+n); returns a failure when the packet cannot be used. */
    private HepResult chunk(int typeId, int pos, int v, int n) {
        HepChunkType type = HepChunkType.byId(typeId);
        if (type == null) {
            return null;
        }
        int expected = type.valueSize();
        boolean sizeOk = expected == HepChunkType.VARIABLE || n == expected
                || type == HepChunkType.CAPTURE_AGENT_ID && n == 2;
        if (!sizeOk) {
            warn("hep-bad-chunk-size", pos, typeId, n, expected);
            return null;
        }
        switch (type) {
            case IP_FAMILY -> family = buf[v] & 0xff;
            case IP_PROTOCOL -> ipProtocol = buf[v] & 0xff;
            case IPV4_SOURCE -> ipv4Source = IpText.format(buf, v, 4);
            case IPV4_DESTINATION -> ipv4Destination = IpText.format(buf, v, 4);
            case IPV6_SOURCE -> ipv6Source = IpText.format(buf, v, 16);
            case IPV6_DESTINATION -> ipv6Destination = IpText.format(buf, v, 16);
            case SOURCE_PORT -> sourcePort = Octets.u16(buf, v);
            case DESTINATION_PORT -> destinationPort = Octets.u16(buf, v);
            case TIMESTAMP_SECONDS -> seconds = Octets.u32(buf, v);
            case TIMESTAMP_MICROS -> micros = Octets.u32(buf, v);
            case PROTOCOL_TYPE -> protocolType = buf[v] & 0xff;
            case CAPTURE_AGENT_ID -> captureAgentId = n == 2 ? Octets.u16(buf, v) : Octets.u32(buf, v);
            case KEEP_ALIVE_TIMER -> {
                // Session housekeeping between agent and collector; nothing about the packet.
            }
            case AUTH_KEY -> authKey = Arrays.copyOfRange(buf, v, v + n);
            case PAYLOAD -> {
                payload = Arrays.copyOfRange(buf, v, v + n);
                compressed = false;
            }
            case COMPRESSED_PAYLOAD -> {
                byte[] inflated = Inflation.inflate(buf, v, n);
                if (inflated == null) {
                    return damaged("hep-bad-compressed-payload", pos, HepLimits.MAX_INFLATED_PAYLOAD);
                }
                if (payload == null) {
                    payload = inflated;
                    compressed = true;
                }
            }
            case CORRELATION_ID -> correlationId = HepDecoder.correlationId(buf, v, n);
        }
        return null;
    }

    /*
     * Mandatory for a usable packet: a payload, a source and destination address of one family, and both
     * ports. The family chunk only chooses between IPv4 and IPv6 addresses when both are present. No time
     * means "use the outer packet's time"; no IP protocol means an unknown transport.
     */
    private HepResult finish(int total) {
        if (payload == null) {
            return damaged("hep-missing-field", total, "payload (0x000f/0x0010)");
        }
        boolean have4 = ipv4Source != null && ipv4Destination != null;
        boolean have6 = ipv6Source != null && ipv6Destination != null;
        boolean use6 = have6 && (!have4 || family == HepDecoder.AF_INET6);
        if (!have4 && !have6) {
            return damaged("hep-missing-field", total, "source/destination address (0x0003-0x0006)");
        }
        if (sourcePort < 0 || destinationPort < 0) {
            return damaged("hep-missing-field", total, "source/destination port (0x0007/0x0008)");
        }
        long time = seconds < 0 ? Payload.NO_TIME : seconds * 1_000_000_000L + micros * 1_000L;
        HepPacket packet = new HepPacket(3, use6 ? 6 : 4, ipProtocol,
                use6 ? ipv6Source : ipv4Source, sourcePort,
                use6 ? ipv6Destination : ipv4Destination, destinationPort,
                time, protocolType, captureAgentId, authKey, payload, compressed, correlationId);
        return new HepResult.Decoded(packet, total, warnings);
    }

    private HepResult damaged(String reason, int offset, Object... args) {
        return new HepResult.Damaged(new HepIssue(reason, offset, HepText.format(reason, args)));
    }

    private void warn(String reason, int offset, Object... args) {
        warnings.add(new HepIssue(reason, offset, HepText.format(reason, args)));
    }
}
