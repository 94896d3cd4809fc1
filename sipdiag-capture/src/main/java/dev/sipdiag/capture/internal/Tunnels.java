package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.FrameOutcome;

/**
 * Tunnels whose inner packets are decoded as if captured directly: GRE (RFC 2784, RFC 2890) with IP, Ethernet
 * (transparent bridging) or ERSPAN types I–III inside; VXLAN (RFC 7348) on UDP port 4789; Geneve (RFC 8926) on
 * UDP port 6081; GTP-U (3GPP TS 29.281) on UDP port 2152. Each entered tunnel counts against {@link CaptureLimits#MAX_ENCAPSULATION_DEPTH}.
 */
final class Tunnels {
    static final int VXLAN_PORT = 4789;
    static final int GTPU_PORT = 2152;
    static final int GENEVE_PORT = 6081;
    private static final int GRE_TRANSPARENT_ETHERNET = 0x6558;
    private static final int GRE_ERSPAN_I_II = 0x88BE;
    private static final int GRE_ERSPAN_III = 0x22EB;
    private static final int GRE_PPP = 0x880B;
    private static final int GTP_G_PDU = 0xFF;

    private final FrameContext ctx;
    private final PacketDecoder link;
    private final IpLayer ip;

    Tunnels(FrameContext ctx, PacketDecoder link, IpLayer ip) {
        this.ctx = ctx;
        this.link = link;
        this.ip = ip;
    }

    /** Counts one more tunnel; false (and the frame marked) when that is one too many. */
    boolean enter() {
        if (++ctx.tunnels > CaptureLimits.MAX_ENCAPSULATION_DEPTH) {
            link.limit("too many nested tunnels");
            return false;
        }
        return true;
    }

    /** GRE header (RFC 2784 §2, keys and sequence numbers RFC 2890 §2; version 1 is PPTP's, RFC 2637 §4.1). */
    void gre(byte[] b, int off, int len) {
        ctx.push("gre");
        if (len < 4) {
            link.cutShort("gre", len);
            return;
        }
        if (!enter()) {
            return;
        }
        int flags = b[off] & 0xFF;
        int version = b[off + 1] & 0x07;
        boolean checksum = (flags & 0x80) != 0;
        boolean routing = (flags & 0x40) != 0;
        boolean key = (flags & 0x20) != 0;
        boolean sequence = (flags & 0x10) != 0;
        boolean acknowledgment = version == 1 && (b[off + 1] & 0x80) != 0;
        int protocol = Bytes.u16(b, off + 2);
        if (routing || version > 1) {
            ctx.outcome(FrameOutcome.UNSUPPORTED_PROTOCOL, version > 1 ? "GRE version " + version : "GRE source routing");
            return;
        }
        int size = 4 + (checksum ? 4 : 0) + (key ? 4 : 0) + (sequence ? 4 : 0) + (acknowledgment ? 4 : 0);
        if (len < size) {
            link.cutShort("gre", len);
            return;
        }
        int p = off + size;
        int rest = len - size;
        switch (protocol) {
            case PacketDecoder.ETHERTYPE_IPV4 -> ip.ipv4(b, p, rest);
            case PacketDecoder.ETHERTYPE_IPV6 -> ip.ipv6(b, p, rest);
            case GRE_TRANSPARENT_ETHERNET -> link.ethernet(b, p, rest);
            case GRE_ERSPAN_I_II -> {
                // ERSPAN type I has no header and no GRE sequence number; type II has both (8-byte header).
                int header = sequence ? 8 : 0;
                ctx.push(sequence ? "erspan2" : "erspan1");
                if (rest < header) {
                    link.cutShort("erspan", rest);
                } else {
                    link.ethernet(b, p + header, rest - header);
                }
            }
            case GRE_ERSPAN_III -> {
                // ERSPAN type III: 12-byte header, plus an 8-byte platform subheader when the O flag is set.
                ctx.push("erspan3");
                int header = rest >= 12 && (b[p + 11] & 0x01) != 0 ? 20 : 12;
                if (rest < header) {
                    link.cutShort("erspan", rest);
                } else {
                    link.ethernet(b, p + header, rest - header);
                }
            }
            case GRE_PPP -> {
                ctx.push("ppp");
                pppInGre(b, p, rest);
            }
            default -> link.etherType(protocol, b, p, rest);
        }
    }

    private void pppInGre(byte[] b, int off, int len) {
        int p = off;
        if (len >= 2 && (b[p] & 0xFF) == 0xFF && b[p + 1] == 0x03) {
            p += 2;
        }
        int end = off + len;
        if (end - p < 2) {
            link.cutShort("ppp", len);
            return;
        }
        int protocol = (b[p] & 1) == 1 ? b[p] & 0xFF : Bytes.u16(b, p);
        p += (b[p] & 1) == 1 ? 1 : 2;
        switch (protocol) {
            case 0x0021 -> ip.ipv4(b, p, end - p);
            case 0x0057 -> ip.ipv6(b, p, end - p);
            default -> ctx.outcome(FrameOutcome.NON_IP, String.format("PPP protocol 0x%04x", protocol));
        }
    }

    /**
     * A UDP payload on a tunnel port. Content decides: only a well-formed VXLAN or GTP-U G-PDU header is
     * treated as a tunnel; anything else on those ports is delivered as an ordinary payload.
     *
     * @return true when the payload was a tunnel and its inner packet has been decoded
     */
    boolean udp(int sourcePort, int destinationPort, byte[] b, int off, int len) {
        if ((destinationPort == GTPU_PORT || sourcePort == GTPU_PORT) && isGtpPdu(b, off, len)) {
            return gtpu(b, off, len);
        }
        if (destinationPort == VXLAN_PORT && len >= 8 + 14 && (b[off] & 0x08) != 0 && b[off + 7] == 0) {
            // RFC 7348 §5: flags with the I bit, 24 reserved bits, 24-bit VNI, 8 reserved bits; then Ethernet.
            ctx.push("vxlan");
            if (enter()) {
                link.ethernet(b, off + 8, len - 8);
            }
            return true;
        }
        if (destinationPort == GENEVE_PORT && len >= 8 && (b[off] & 0xC0) == 0 && len >= 8 + (b[off] & 0x3F) * 4) {
            // RFC 8926 §3.4: version 0, options length in 4-byte units, protocol type as an ethertype.
            int header = 8 + (b[off] & 0x3F) * 4;
            ctx.push("geneve");
            if (enter()) {
                int protocol = Bytes.u16(b, off + 2);
                if (protocol == GRE_TRANSPARENT_ETHERNET) {
                    link.ethernet(b, off + header, len - header);
                } else {
                    link.etherType(protocol, b, off + header, len - header);
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isGtpPdu(byte[] b, int off, int len) {
        // TS 29.281 §5.1: version 1, protocol type 1 (GTP, not GTP'), message type 255 (G-PDU).
        return len >= 8 && (b[off] & 0xF0) == 0x30 && (b[off + 1] & 0xFF) == GTP_G_PDU
                && Bytes.u16(b, off + 2) <= len - 8;
    }

    /** GTP-U G-PDU (TS 29.281 §5.1, §5.2): 8 mandatory bytes, optional fields, extension headers, then IP. */
    private boolean gtpu(byte[] b, int off, int len) {
        ctx.push("gtp");
        if (!enter()) {
            return true;
        }
        int end = off + 8 + Bytes.u16(b, off + 2);
        int p = off + 8;
        int flags = b[off] & 0xFF;
        if ((flags & 0x07) != 0) {
            // Sequence number (2), N-PDU number (1), next extension header type (1) are all present if any is.
            if (end - p < 4) {
                ctx.malformed("bad-tunnel-header", "GTP-U optional fields cut short");
                return true;
            }
            int nextExtension = b[p + 3] & 0xFF;
            p += 4;
            int extensions = 0;
            while (nextExtension != 0) {
                if (++extensions > CaptureLimits.MAX_IPV6_EXTENSION_HEADERS || end - p < 1) {
                    ctx.malformed("bad-tunnel-header", "GTP-U extension headers");
                    return true;
                }
                int size = (b[p] & 0xFF) * 4;
                if (size == 0 || end - p < size) {
                    ctx.malformed("bad-tunnel-header", "GTP-U extension header length");
                    return true;
                }
                nextExtension = b[p + size - 1] & 0xFF;
                p += size;
            }
        }
        if (p >= end) {
            ctx.outcome(FrameOutcome.NON_IP, "GTP-U without payload");
            return true;
        }
        int version = (b[p] & 0xF0) >> 4;
        if (version == 4) {
            ip.ipv4(b, p, end - p);
        } else if (version == 6) {
            ip.ipv6(b, p, end - p);
        } else {
            ctx.outcome(FrameOutcome.NON_IP, "GTP-U non-IP payload");
        }
        return true;
    }
}
