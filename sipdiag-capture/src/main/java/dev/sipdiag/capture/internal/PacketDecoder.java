package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.CaptureOptions;
import dev.sipdiag.capture.FrameOutcome;

import java.util.HashSet;
import java.util.Set;

/**
 * Decodes one captured frame from its link-layer header down to the network layer and hands IP packets to
 * {@link IpLayer}. Also the entry point back up for tunnels that carry Ethernet (GRE, ERSPAN, VXLAN).
 */
public final class PacketDecoder {
    static final int ETHERTYPE_IPV4 = 0x0800;
    static final int ETHERTYPE_IPV6 = 0x86DD;
    static final int ETHERTYPE_VLAN = 0x8100;
    static final int ETHERTYPE_QINQ = 0x88A8;
    static final int ETHERTYPE_QINQ_OLD = 0x9100;
    static final int ETHERTYPE_MPLS = 0x8847;
    static final int ETHERTYPE_MPLS_MULTICAST = 0x8848;
    static final int ETHERTYPE_PPPOE_SESSION = 0x8864;

    private final FrameContext ctx;
    private final IpLayer ip;
    private final Set<Integer> reportedLinkTypes = new HashSet<>();
    /** Whether the current frame was cut by the snapshot length. */
    boolean snapTruncated;

    public PacketDecoder(FrameContext ctx, CaptureOptions options) {
        this.ctx = ctx;
        this.ip = new IpLayer(ctx, this, options);
    }

    public FrameContext context() {
        return ctx;
    }

    /** Decodes and counts one frame; the context has been {@link FrameContext#begin begun} by the reader. */
    public void frame(int linkType, byte[] b, int off, int len, int origLen) {
        snapTruncated = origLen > len;
        try {
            link(linkType, b, off, len);
        } finally {
            ctx.end();
        }
    }

    /** Called once the input is exhausted: reports what reassembly still holds. */
    public void finish() {
        ip.finish();
    }

    private void link(int linkType, byte[] b, int off, int len) {
        switch (linkType) {
            case LinkTypes.ETHERNET -> ethernet(b, off, len);
            case LinkTypes.RAW, LinkTypes.RAW_BSD, LinkTypes.RAW_OPENBSD -> {
                ctx.push("raw");
                ipByVersion(b, off, len);
            }
            case LinkTypes.IPV4 -> {
                ctx.push("raw");
                ip.ipv4(b, off, len);
            }
            case LinkTypes.IPV6 -> {
                ctx.push("raw");
                ip.ipv6(b, off, len);
            }
            case LinkTypes.LINUX_SLL -> sll(b, off, len);
            case LinkTypes.LINUX_SLL2 -> sll2(b, off, len);
            case LinkTypes.NULL, LinkTypes.LOOP -> loopback(linkType, b, off, len);
            case LinkTypes.PPP, LinkTypes.PPP_HDLC -> {
                ctx.push("ppp");
                ppp(b, off, len);
            }
            case LinkTypes.PPP_ETHER -> {
                ctx.push("pppoe");
                pppoe(b, off, len);
            }
            default -> {
                String name = LinkTypes.name(linkType);
                ctx.outcome(FrameOutcome.UNSUPPORTED_LINK_TYPE, name);
                if (reportedLinkTypes.add(linkType)) {
                    ctx.problem("unsupported-linktype", name);
                }
            }
        }
    }

    /** Ethernet II with any number of 802.1Q / 802.1ad tags (IEEE 802.1Q §9.6). */
    void ethernet(byte[] b, int off, int len) {
        ctx.push("eth");
        if (len < 14) {
            cutShort("ethernet", len);
            return;
        }
        int p = off + 12;
        int end = off + len;
        int type = Bytes.u16(b, p);
        p += 2;
        int tags = 0;
        while (type == ETHERTYPE_VLAN || type == ETHERTYPE_QINQ || type == ETHERTYPE_QINQ_OLD) {
            if (++tags > CaptureLimits.MAX_ENCAPSULATION_DEPTH) {
                limit("too many VLAN tags");
                return;
            }
            if (end - p < 4) {
                cutShort("vlan", end - p);
                return;
            }
            ctx.push("vlan");
            type = Bytes.u16(b, p + 2);
            p += 4;
        }
        etherType(type, b, p, end - p);
    }

    /** The payload of a header that names it by ethertype. */
    void etherType(int type, byte[] b, int off, int len) {
        switch (type) {
            case ETHERTYPE_IPV4 -> ip.ipv4(b, off, len);
            case ETHERTYPE_IPV6 -> ip.ipv6(b, off, len);
            case ETHERTYPE_MPLS, ETHERTYPE_MPLS_MULTICAST -> mpls(b, off, len);
            case ETHERTYPE_PPPOE_SESSION -> {
                ctx.push("pppoe");
                pppoe(b, off, len);
            }
            default -> ctx.outcome(FrameOutcome.NON_IP, LinkTypes.etherTypeName(type));
        }
    }

    /** An IP packet whose version is only known from its first nibble. */
    void ipByVersion(byte[] b, int off, int len) {
        if (len < 1) {
            cutShort("ip", len);
            return;
        }
        switch ((b[off] & 0xF0) >> 4) {
            case 4 -> ip.ipv4(b, off, len);
            case 6 -> ip.ipv6(b, off, len);
            default -> ctx.malformed("bad-ip-version", (b[off] & 0xF0) >> 4);
        }
    }

    /** Linux cooked capture v1: 16-byte header, protocol in the last two bytes. */
    private void sll(byte[] b, int off, int len) {
        ctx.push("sll");
        if (len < 16) {
            cutShort("sll", len);
            return;
        }
        sllProtocol(Bytes.u16(b, off + 14), b, off + 16, len - 16);
    }

    /** Linux cooked capture v2: 20-byte header, protocol first. */
    private void sll2(byte[] b, int off, int len) {
        ctx.push("sll2");
        if (len < 20) {
            cutShort("sll2", len);
            return;
        }
        sllProtocol(Bytes.u16(b, off), b, off + 20, len - 20);
    }

    private void sllProtocol(int protocol, byte[] b, int off, int len) {
        // Values below 0x0600 are Linux packet-type codes (802.3 frames, 802.2 LLC, CAN…), not ethertypes.
        if (protocol < 0x0600) {
            ctx.outcome(FrameOutcome.NON_IP, String.format("linux protocol 0x%04x", protocol));
            return;
        }
        etherType(protocol, b, off, len);
    }

    /**
     * BSD loopback: a 4-byte address family, in the capturing host's byte order for LINKTYPE_NULL and in network
     * order for LINKTYPE_LOOP. AF_INET is 2 everywhere; AF_INET6 is 24, 28 or 30 depending on the BSD.
     */
    private void loopback(int linkType, byte[] b, int off, int len) {
        ctx.push("null");
        if (len < 4) {
            cutShort("loopback", len);
            return;
        }
        int family;
        if (linkType == LinkTypes.LOOP) {
            family = Bytes.i32(b, off);
        } else {
            int be = Bytes.i32(b, off);
            family = (be & 0xFFFF) == 0 ? Integer.reverseBytes(be) : be;
        }
        switch (family) {
            case 2 -> ip.ipv4(b, off + 4, len - 4);
            case 10, 23, 24, 26, 28, 30 -> ip.ipv6(b, off + 4, len - 4);
            default -> ctx.outcome(FrameOutcome.NON_IP, "address family " + family);
        }
    }

    /** PPP (RFC 1661 §2), optionally in HDLC-like framing (RFC 1662: address 0xff, control 0x03). */
    private void ppp(byte[] b, int off, int len) {
        int p = off;
        int end = off + len;
        if (end - p >= 2 && (b[p] & 0xFF) == 0xFF && b[p + 1] == 0x03) {
            p += 2;
        }
        if (end - p < 1) {
            cutShort("ppp", len);
            return;
        }
        int protocol;
        // RFC 1661 §6.5: a compressed protocol field is one byte with its low bit set.
        if ((b[p] & 1) == 1) {
            protocol = b[p] & 0xFF;
            p += 1;
        } else {
            if (end - p < 2) {
                cutShort("ppp", len);
                return;
            }
            protocol = Bytes.u16(b, p);
            p += 2;
        }
        switch (protocol) {
            case 0x0021 -> ip.ipv4(b, p, end - p);
            case 0x0057 -> ip.ipv6(b, p, end - p);
            default -> ctx.outcome(FrameOutcome.NON_IP, String.format("PPP protocol 0x%04x", protocol));
        }
    }

    /** PPPoE session stage (RFC 2516 §4): 6-byte header, then PPP without HDLC framing. */
    private void pppoe(byte[] b, int off, int len) {
        if (len < 6) {
            cutShort("pppoe", len);
            return;
        }
        ppp(b, off + 6, len - 6);
    }

    /** MPLS label stack (RFC 3032 §2.1) up to the bottom-of-stack bit, then IP by its version nibble. */
    private void mpls(byte[] b, int off, int len) {
        int p = off;
        int end = off + len;
        for (int labels = 0; ; labels++) {
            if (labels >= CaptureLimits.MAX_ENCAPSULATION_DEPTH) {
                limit("too many MPLS labels");
                return;
            }
            if (end - p < 4) {
                cutShort("mpls", end - p);
                return;
            }
            ctx.push("mpls");
            boolean bottom = (b[p + 2] & 1) == 1;
            p += 4;
            if (bottom) {
                break;
            }
        }
        ipByVersion(b, p, end - p);
    }

    /** A header cut short: truncated when the snapshot length cut the frame, malformed otherwise. */
    void cutShort(String layer, int have) {
        if (snapTruncated) {
            ctx.truncated(layer);
        } else {
            ctx.malformed("short-header", layer, have);
        }
    }

    void limit(String what) {
        ctx.outcome(FrameOutcome.LIMIT_EXCEEDED, null);
        ctx.problem("limit-encapsulation-depth", what);
    }
}
