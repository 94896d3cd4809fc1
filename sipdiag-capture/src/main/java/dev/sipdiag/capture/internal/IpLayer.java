package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.CaptureOptions;
import dev.sipdiag.capture.FrameOutcome;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadUnwrapper;
import dev.sipdiag.capture.Problem;
import dev.sipdiag.capture.Transport;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * IPv4 (RFC 791) and IPv6 (RFC 8200) down to the transport: fragments go to the {@link FragmentReassembler},
 * UDP payloads are delivered (after the tunnel checks and the unwrappers), TCP segments go to the
 * {@link TcpReassembler}, IP-in-IP and GRE recurse.
 *
 * <p>Checksums (IP, UDP, TCP) are not verified: captures taken on the sending host carry wrong ones whenever the
 * network card computes them (checksum offload), and SIP in such packets is real. A length field larger than
 * what was captured is truncation when the snapshot length cut the frame, malformation otherwise.
 */
final class IpLayer {
    static final int PROTO_HOPOPT = 0;
    static final int PROTO_IPIP = 4;
    static final int PROTO_TCP = 6;
    static final int PROTO_UDP = 17;
    static final int PROTO_IPV6 = 41;
    static final int PROTO_ROUTING = 43;
    static final int PROTO_FRAGMENT = 44;
    static final int PROTO_GRE = 47;
    static final int PROTO_ESP = 50;
    static final int PROTO_AH = 51;
    static final int PROTO_NONE = 59;
    static final int PROTO_DSTOPTS = 60;
    static final int PROTO_MOBILITY = 135;
    static final int PROTO_HIP = 139;
    static final int PROTO_SHIM6 = 140;

    private final FrameContext ctx;
    private final PacketDecoder link;
    private final Tunnels tunnels;
    private final FragmentReassembler fragments;
    private final TcpReassembler tcp;
    private final Endpoints endpoints = new Endpoints();
    private final List<PayloadUnwrapper> unwrappers;
    private final Consumer<Problem> unwrapperProblems;

    IpLayer(FrameContext ctx, PacketDecoder link, CaptureOptions options) {
        this.ctx = ctx;
        this.link = link;
        this.tunnels = new Tunnels(ctx, link, this);
        this.fragments = new FragmentReassembler(ctx);
        this.tcp = new TcpReassembler(ctx, endpoints, options.framers());
        this.unwrappers = options.unwrappers();
        this.unwrapperProblems = p -> {
            ctx.stats.problems++;
            ctx.sink.problem(p);
        };
    }

    void finish() {
        fragments.finish();
        tcp.finish();
    }

    /** An IPv4 packet (RFC 791 §3.1) at b[off], len bytes captured. */
    void ipv4(byte[] b, int off, int len) {
        ctx.push("ip");
        if (len < 20) {
            link.cutShort("ipv4", len);
            return;
        }
        if ((b[off] & 0xF0) != 0x40) {
            ctx.malformed("bad-ipv4-header", "version " + ((b[off] & 0xF0) >> 4));
            return;
        }
        int ihl = (b[off] & 0x0F) * 4;
        int total = Bytes.u16(b, off + 2);
        if (total == 0 && len >= ihl) {
            // Segmentation offload: the capturing host's own outgoing packets may carry length 0.
            total = len;
        }
        if (ihl < 20 || total < ihl) {
            ctx.malformed("bad-ipv4-header", "header length " + ihl + ", total length " + total);
            return;
        }
        if (total > len) {
            link.cutShort("ipv4", len);
            return;
        }
        ctx.ipVersion = 4;
        System.arraycopy(b, off + 12, ctx.src, 0, 4);
        System.arraycopy(b, off + 16, ctx.dst, 0, 4);
        int protocol = b[off + 9] & 0xFF;
        int flagsOffset = Bytes.u16(b, off + 6);
        boolean more = (flagsOffset & 0x2000) != 0;
        int fragmentOffset = (flagsOffset & 0x1FFF) * 8;
        if (more || fragmentOffset != 0) {
            FragmentReassembler.Pending done = fragments.add(4, Bytes.u16(b, off + 4), protocol,
                    fragmentOffset, more, b, off + ihl, total - ihl);
            if (done != null) {
                transport(done.protocol, done.data, 0, done.total);
            }
            return;
        }
        transport(protocol, b, off + ihl, total - ihl);
    }

    /** An IPv6 packet (RFC 8200 §3) with its extension headers (§4). */
    void ipv6(byte[] b, int off, int len) {
        ctx.push("ip6");
        if (len < 40) {
            link.cutShort("ipv6", len);
            return;
        }
        if ((b[off] & 0xF0) != 0x60) {
            ctx.malformed("bad-ipv6-header", "version " + ((b[off] & 0xF0) >> 4));
            return;
        }
        int payloadLength = Bytes.u16(b, off + 4);
        if (payloadLength == 0) {
            // A jumbogram (RFC 2675) or segmentation offload: take what was captured.
            payloadLength = len - 40;
        }
        if (payloadLength > len - 40) {
            link.cutShort("ipv6", len);
            return;
        }
        ctx.ipVersion = 6;
        System.arraycopy(b, off + 8, ctx.src, 0, 16);
        System.arraycopy(b, off + 24, ctx.dst, 0, 16);
        int next = b[off + 6] & 0xFF;
        int p = off + 40;
        int end = p + payloadLength;
        for (int headers = 0; ; headers++) {
            if (headers > CaptureLimits.MAX_IPV6_EXTENSION_HEADERS) {
                link.limit("too many IPv6 extension headers");
                return;
            }
            switch (next) {
                case PROTO_HOPOPT, PROTO_ROUTING, PROTO_DSTOPTS, PROTO_MOBILITY, PROTO_HIP, PROTO_SHIM6 -> {
                    if (end - p < 8) {
                        ctx.malformed("bad-ipv6-header", "extension header " + next + " cut short");
                        return;
                    }
                    int size = ((b[p + 1] & 0xFF) + 1) * 8;
                    if (end - p < size) {
                        ctx.malformed("bad-ipv6-header", "extension header " + next + " cut short");
                        return;
                    }
                    next = b[p] & 0xFF;
                    p += size;
                }
                case PROTO_FRAGMENT -> {
                    // RFC 8200 §4.5: next header, reserved, offset (13 bits, 8-byte units) + M flag, identification.
                    if (end - p < 8) {
                        ctx.malformed("bad-ipv6-header", "fragment header cut short");
                        return;
                    }
                    int inner = b[p] & 0xFF;
                    int offsetAndFlag = Bytes.u16(b, p + 2);
                    int fragmentOffset = offsetAndFlag & 0xFFF8;
                    boolean more = (offsetAndFlag & 1) != 0;
                    int id = Bytes.i32(b, p + 4);
                    p += 8;
                    if (fragmentOffset == 0 && !more) {
                        next = inner; // an atomic fragment (RFC 6946)
                        continue;
                    }
                    FragmentReassembler.Pending done = fragments.add(6, id, inner, fragmentOffset, more, b, p, end - p);
                    if (done != null) {
                        transport(done.protocol, done.data, 0, done.total);
                    }
                    return;
                }
                default -> {
                    transport(next, b, p, end - p);
                    return;
                }
            }
        }
    }

    /** The payload of an IP packet (or of a reassembled datagram), by IANA protocol number. */
    void transport(int protocol, byte[] b, int off, int len) {
        switch (protocol) {
            case PROTO_UDP -> udp(b, off, len);
            case PROTO_TCP -> tcp.segment(link, b, off, len);
            case PROTO_IPIP -> {
                if (tunnels.enter()) {
                    ipv4(b, off, len);
                }
            }
            case PROTO_IPV6 -> {
                if (tunnels.enter()) {
                    ipv6(b, off, len);
                }
            }
            case PROTO_GRE -> tunnels.gre(b, off, len);
            case PROTO_ESP -> {
                ctx.push("esp");
                ctx.outcome(FrameOutcome.ENCRYPTED, null);
            }
            case PROTO_AH -> authenticationHeader(b, off, len);
            default -> ctx.outcome(FrameOutcome.UNSUPPORTED_PROTOCOL, protocolName(protocol));
        }
    }

    /** IP Authentication Header (RFC 4302 §2): skipped, its next header followed. */
    private void authenticationHeader(byte[] b, int off, int len) {
        if (len < 8 || len < ((b[off + 1] & 0xFF) + 2) * 4) {
            ctx.malformed("bad-ip-header", "authentication header cut short");
            return;
        }
        if (!tunnels.enter()) {
            return;
        }
        int size = ((b[off + 1] & 0xFF) + 2) * 4;
        transport(b[off] & 0xFF, b, off + size, len - size);
    }

    /** A UDP datagram (RFC 768). */
    void udp(byte[] b, int off, int len) {
        ctx.push("udp");
        if (len < 8) {
            link.cutShort("udp", len);
            return;
        }
        int sourcePort = Bytes.u16(b, off);
        int destinationPort = Bytes.u16(b, off + 2);
        int length = Bytes.u16(b, off + 4);
        if (length == 0 && ctx.ipVersion == 6) {
            length = len; // RFC 2675 §4: jumbogram UDP
        }
        if (length < 8) {
            ctx.malformed("bad-udp-header", "length " + length);
            return;
        }
        if (length > len) {
            link.cutShort("udp", len);
            return;
        }
        if (tunnels.udp(sourcePort, destinationPort, b, off + 8, length - 8)) {
            return;
        }
        deliver(sourcePort, destinationPort, b, off + 8, length - 8);
    }

    private void deliver(int sourcePort, int destinationPort, byte[] b, int off, int len) {
        Payload payload = new Payload(ctx.payloadTimestamp, Transport.UDP,
                endpoints.of(ctx.ipVersion, ctx.src, sourcePort), endpoints.of(ctx.ipVersion, ctx.dst, destinationPort),
                ctx.interfaceId, ctx.payloadFrame, Arrays.copyOfRange(b, off, off + len), ctx.encapsulation(), null);
        for (PayloadUnwrapper unwrapper : unwrappers) {
            Payload inner = unwrapper.unwrap(payload, unwrapperProblems);
            if (inner != null) {
                payload = inner;
                break;
            }
        }
        ctx.outcome(FrameOutcome.UDP_PAYLOAD, null);
        ctx.stats.udpPayloads++;
        ctx.sink.payload(payload);
    }

    /** IANA "Assigned Internet Protocol Numbers" names for the summary. */
    static String protocolName(int protocol) {
        return switch (protocol) {
            case 1 -> "ICMP";
            case 2 -> "IGMP";
            case 8 -> "EGP";
            case 33 -> "DCCP";
            case 46 -> "RSVP";
            case 58 -> "ICMPv6";
            case PROTO_NONE -> "IPv6-NoNxt";
            case 88 -> "EIGRP";
            case 89 -> "OSPF";
            case 103 -> "PIM";
            case 112 -> "VRRP";
            case 115 -> "L2TP";
            case 132 -> "SCTP";
            case 136 -> "UDPLite";
            default -> "IP protocol " + protocol;
        };
    }
}
