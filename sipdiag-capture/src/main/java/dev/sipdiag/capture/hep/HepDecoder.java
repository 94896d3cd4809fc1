package dev.sipdiag.capture.hep;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadUnwrapper;
import dev.sipdiag.capture.Problem;
import dev.sipdiag.capture.Transport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decodes HEP (Homer Encapsulation Protocol, "EEP") packets, versions 1, 2 and 3, and unwraps the packet they
 * carry with its original addresses, ports, transport and capture time.
 *
 * <p>Example: a UDP datagram to port 9060 holding {@code HEP3...} becomes the SIP message it carries, sent
 * from the address the capture agent saw, with encapsulation {@code "eth/ip/udp/hep3"}.
 *
 * <p>Packets of every HEP protocol type are unwrapped (the type is in {@link HepPacket#protocolType()}); what is
 * not SIP is left for the SIP detection downstream to count as non-SIP.
 *
 * <p>Never throws on bad input. Faults are reported with a stable reason and the octet offset (from the start
 * of the HEP packet) where they are:
 * <ul>
 *   <li>{@code hep-truncated-header}: fewer octets than the fixed header needs;</li>
 *   <li>{@code hep-bad-length}: a HEPv3 total length below its 6-octet header;</li>
 *   <li>{@code hep-length-past-end}: a HEPv3 total length beyond the octets available;</li>
 *   <li>{@code hep-bad-chunk-length}: a chunk length below the 6-octet chunk header (a zero-length chunk);</li>
 *   <li>{@code hep-chunk-past-end}: a chunk that runs past the packet's end;</li>
 *   <li>{@code hep-truncated-chunk}: 1 to 5 octets left over, too few for a chunk header;</li>
 *   <li>{@code hep-too-many-chunks}: more than {@link HepLimits#MAX_CHUNKS} chunks;</li>
 *   <li>{@code hep-bad-chunk-size}: a fixed-size chunk of the wrong size (warning: the chunk is ignored);</li>
 *   <li>{@code hep-missing-field}: no payload, addresses or ports;</li>
 *   <li>{@code hep-bad-compressed-payload}: a compressed payload that does not inflate (or inflates past
 *       {@link HepLimits#MAX_INFLATED_PAYLOAD});</li>
 *   <li>{@code hep-trailing-data}: octets after a HEPv3 packet's length (warning).</li>
 * </ul>
 */
public final class HepDecoder implements PayloadUnwrapper {
    /** "HEP3", the HEPv3 magic. */
    static final int HEP3_MAGIC = 0x48455033;
    /** HEPv3 header: magic (4) and total length (2). */
    static final int HEP3_HEADER = 6;
    /** HEPv3 chunk header: vendor id (2), type id (2), length (2). */
    static final int CHUNK_HEADER = 6;

    /** HEPv1/v2 fixed header: version, length, family, protocol (1 each), source and destination port (2 each). */
    static final int V2_HEADER = 8;
    /** HEPv1/v2 IPv4 address block: source and destination. */
    static final int V2_IPV4_ADDRESSES = 8;
    /** HEPv1/v2 IPv6 address block: source and destination. */
    static final int V2_IPV6_ADDRESSES = 32;
    /**
     * HEPv2 time block: seconds (4), microseconds (4), capture id (2), padded by the C compiler to 12. Its
     * integers are in the sender's byte order, in practice little-endian (x86, ARM).
     */
    static final int V2_TIME = 12;
    /** Address family numbers used by HEP (Linux AF_INET, AF_INET6). */
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;

    /**
     * {@inheritDoc}
     *
     * <p>Problems carry the outer payload's frame number and, as byte offset, the offset within the outer
     * payload (the HEP packet), since the position of the payload in the file is not known here.
     */
    @Override
    public Payload unwrap(Payload outer, Consumer<Problem> problems) {
        byte[] data = outer.data();
        HepResult result = decode(data, 0, data.length);
        return switch (result) {
            case HepResult.NotHep notHep -> null;
            case HepResult.Damaged damaged -> {
                problems.accept(toProblem(damaged.issue(), outer.frameNumber()));
                yield null;
            }
            case HepResult.Decoded decoded -> {
                for (HepIssue warning : decoded.warnings()) {
                    problems.accept(toProblem(warning, outer.frameNumber()));
                }
                yield toPayload(decoded.packet(), outer);
            }
        };
    }

    /**
     * The inner payload of {@code packet}, found inside {@code outer}: the HEP addresses, ports, transport and
     * time (the outer time when HEP has none), the outer's interface and frame number, encapsulation
     * {@code outer + "/hep" + version}.
     */
    public static Payload toPayload(HepPacket packet, Payload outer) {
        long time = packet.timestampNanos() != Payload.NO_TIME ? packet.timestampNanos() : outer.timestampNanos();
        String outerEncapsulation = outer.encapsulation();
        String encapsulation = (outerEncapsulation == null || outerEncapsulation.isEmpty() ? "" : outerEncapsulation + "/")
                + "hep" + packet.version();
        return new Payload(time, transportOf(packet.ipProtocol()),
                new Endpoint(packet.sourceAddress(), packet.sourcePort()),
                new Endpoint(packet.destinationAddress(), packet.destinationPort()),
                outer.interfaceId(), outer.frameNumber(), packet.payload(), encapsulation, packet.correlationId());
    }

    /**
     * The transport of an original packet with IP protocol {@code ipProtocol}: 17 UDP, 6 TCP, 132 SCTP, and 22,
     * which sofia-sip's HEP sender uses to mark TLS; anything else {@link Transport#UNKNOWN}.
     */
    public static Transport transportOf(int ipProtocol) {
        return switch (ipProtocol) {
            case 17 -> Transport.UDP;
            case 6 -> Transport.TCP;
            case 132 -> Transport.SCTP;
            case 22 -> Transport.TLS;
            default -> Transport.UNKNOWN;
        };
    }

    static Problem toProblem(HepIssue issue, long frameNumber) {
        return new Problem(issue.reason(), frameNumber, issue.offset(), issue.message());
    }

    /**
     * Decodes the HEP packet at buf[off, off+len).
     *
     * @return {@link HepResult.NotHep} when the octets do not start like HEP, {@link HepResult.Damaged} when
     *         they do but cannot be used, else the packet
     */
    public static HepResult decode(byte[] buf, int off, int len) {
        if (len >= 4 && Octets.u32(buf, off) == HEP3_MAGIC) {
            return Hep3Reader.read(buf, off, len);
        }
        if (len >= 1 && (buf[off] == 1 || buf[off] == 2)) {
            return decodeV2(buf, off, len);
        }
        return new HepResult.NotHep();
    }

    /*
     * HEPv1 and v2 (captagent 4, sofia-sip, old Kamailio siptrace): a fixed C struct.
     *   0 version (1 or 2) | 1 header length (16 for IPv4, 40 for IPv6) | 2 family | 3 IP protocol
     *   4 source port | 6 destination port (network order) | 8 addresses
     *   v2 only: time block (seconds, microseconds, capture id; sender byte order), then the payload.
     * Anything that does not fit this exactly is "not HEP", so STUN (which also starts 0x00/0x01) is left
     * alone.
     */
    private static HepResult decodeV2(byte[] buf, int off, int len) {
        if (len < V2_HEADER) {
            return new HepResult.NotHep();
        }
        int version = buf[off];
        int headerLength = buf[off + 1] & 0xff;
        int family = buf[off + 2] & 0xff;
        int addressBlock;
        if (family == AF_INET && headerLength == V2_HEADER + V2_IPV4_ADDRESSES) {
            addressBlock = V2_IPV4_ADDRESSES;
        } else if (family == AF_INET6 && headerLength == V2_HEADER + V2_IPV6_ADDRESSES) {
            addressBlock = V2_IPV6_ADDRESSES;
        } else {
            return new HepResult.NotHep();
        }
        int fixed = headerLength + (version == 2 ? V2_TIME : 0);
        if (len < fixed) {
            return new HepResult.Damaged(new HepIssue("hep-truncated-header", len,
                    HepText.format("hep-truncated-header", version, fixed, len)));
        }
        int ipProtocol = buf[off + 3] & 0xff;
        int sourcePort = Octets.u16(buf, off + 4);
        int destinationPort = Octets.u16(buf, off + 6);
        int half = addressBlock / 2;
        String source = IpText.format(buf, off + V2_HEADER, half);
        String destination = IpText.format(buf, off + V2_HEADER + half, half);
        long time = Payload.NO_TIME;
        long captureId = -1;
        if (version == 2) {
            int t = off + headerLength;
            long seconds = Octets.u32le(buf, t);
            long micros = Octets.u32le(buf, t + 4);
            time = seconds * 1_000_000_000L + micros * 1_000L;
            captureId = Octets.u16le(buf, t + 8);
        }
        byte[] payload = Arrays.copyOfRange(buf, off + fixed, off + len);
        HepPacket packet = new HepPacket(version, family == AF_INET ? 4 : 6, ipProtocol, source, sourcePort,
                destination, destinationPort, time, HepPacket.PROTOCOL_TYPE_SIP, captureId, null, payload,
                false, null);
        return new HepResult.Decoded(packet, len, List.of());
    }

    /** Decodes a correlation id: UTF-8, cut at {@link HepLimits#MAX_CORRELATION_ID} octets. */
    static String correlationId(byte[] buf, int off, int len) {
        int n = Math.min(len, HepLimits.MAX_CORRELATION_ID);
        return new String(buf, off, n, StandardCharsets.UTF_8);
    }

}
