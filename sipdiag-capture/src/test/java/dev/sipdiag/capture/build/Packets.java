package dev.sipdiag.capture.build;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds packets layer by layer, innermost first: {@code ethernet(ipv4(A, B, udp(5060, 5060, sip)))}.
 * Checksums are left zero (the reader does not verify them, as captures with offloading carry wrong ones).
 */
public final class Packets {
    private Packets() {
    }

    public static final int ETH_IPV4 = 0x0800;
    public static final int ETH_IPV6 = 0x86DD;
    public static final int UDP = 17;
    public static final int TCP = 6;
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] addr(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** A SIP request with the given body, Content-Length filled in. */
    public static byte[] sip(String method, String callId, String body) {
        return ascii(method + " sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK" + callId
                + "\r\nCall-ID: " + callId + "\r\nCSeq: 1 " + method + "\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body);
    }

    public static byte[] concat(byte[]... parts) {
        Bin b = new Bin();
        for (byte[] p : parts) {
            b.bytes(p);
        }
        return b.toBytes();
    }

    public static byte[] slice(byte[] b, int from, int to) {
        return Arrays.copyOfRange(b, from, to);
    }

    public static byte[] ethernet(int etherType, byte[] payload) {
        return new Bin().bytes(new byte[]{2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).u16(etherType).bytes(payload).toBytes();
    }

    /** Ethernet carrying IPv4 or IPv6 by the packet's version nibble. */
    public static byte[] ethernet(byte[] ipPacket) {
        return ethernet((ipPacket[0] & 0xF0) == 0x60 ? ETH_IPV6 : ETH_IPV4, ipPacket);
    }

    /** Ethernet with VLAN tags (outer first, each tpid 0x8100 or 0x88a8) before the ethertype. */
    public static byte[] vlanEthernet(int[] tpids, byte[] ipPacket) {
        Bin b = new Bin().bytes(new byte[]{2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1});
        for (int i = 0; i < tpids.length; i++) {
            b.u16(tpids[i]).u16(100 + i);
        }
        return b.u16((ipPacket[0] & 0xF0) == 0x60 ? ETH_IPV6 : ETH_IPV4).bytes(ipPacket).toBytes();
    }

    public static byte[] sll(int protocol, byte[] payload) {
        return new Bin().u16(0).u16(1).u16(6).bytes(new byte[]{2, 0, 0, 0, 0, 1, 0, 0}).u16(protocol).bytes(payload).toBytes();
    }

    public static byte[] sll2(int protocol, byte[] payload) {
        return new Bin().u16(protocol).u16(0).u32(2).u16(1).u8(0).u8(6).bytes(new byte[]{2, 0, 0, 0, 0, 1, 0, 0})
                .bytes(payload).toBytes();
    }

    /** BSD loopback header: address family in the given byte order (LINKTYPE_NULL) . */
    public static byte[] loopback(int family, boolean bigEndian, byte[] payload) {
        return new Bin(bigEndian).u32(family).bytes(payload).toBytes();
    }

    /** PPP in HDLC-like framing with a two-byte protocol. */
    public static byte[] ppp(int protocol, byte[] payload) {
        return new Bin().u8(0xFF).u8(0x03).u16(protocol).bytes(payload).toBytes();
    }

    public static byte[] ipv4(String src, String dst, int protocol, byte[] payload) {
        return ipv4(src, dst, protocol, 1, 0, false, new byte[0], payload);
    }

    /** IPv4 with identification, fragment offset (bytes, multiple of 8), MF flag and options (multiple of 4). */
    public static byte[] ipv4(String src, String dst, int protocol, int id, int fragmentOffset, boolean more,
                              byte[] options, byte[] payload) {
        int ihl = 20 + options.length;
        return new Bin().u8(0x40 | ihl / 4).u8(0).u16(ihl + payload.length).u16(id)
                .u16((more ? 0x2000 : 0) | fragmentOffset / 8).u8(64).u8(protocol).u16(0)
                .bytes(addr(src)).bytes(addr(dst)).bytes(options).bytes(payload).toBytes();
    }

    /** IPv6 whose payload starts with header {@code next} (extension headers built by the caller). */
    public static byte[] ipv6(String src, String dst, int next, byte[] payload) {
        return new Bin().u32(0x6000_0000L).u16(payload.length).u8(next).u8(64).bytes(addr(src)).bytes(addr(dst))
                .bytes(payload).toBytes();
    }

    /** An IPv6 extension header of the hop-by-hop / destination-options shape, 8 bytes. */
    public static byte[] ipv6Options(int next, byte[] rest) {
        return new Bin().u8(next).u8(0).bytes(new byte[]{1, 4, 0, 0, 0, 0}).bytes(rest).toBytes();
    }

    /** An IPv6 fragment header (RFC 8200 §4.5) followed by the fragment's bytes. */
    public static byte[] ipv6Fragment(int next, int offset, boolean more, int id, byte[] data) {
        return new Bin().u8(next).u8(0).u16(offset | (more ? 1 : 0)).u32(id).bytes(data).toBytes();
    }

    public static byte[] udp(int sourcePort, int destinationPort, byte[] payload) {
        return new Bin().u16(sourcePort).u16(destinationPort).u16(8 + payload.length).u16(0).bytes(payload).toBytes();
    }

    public static byte[] tcp(int sourcePort, int destinationPort, long seq, long ack, int flags, byte[] payload) {
        return new Bin().u16(sourcePort).u16(destinationPort).u32(seq).u32(ack).u8(5 << 4).u8(flags).u16(65_535)
                .u16(0).u16(0).bytes(payload).toBytes();
    }

    /** GRE (RFC 2784) with an optional sequence number (RFC 2890). */
    public static byte[] gre(int protocol, Long sequence, byte[] payload) {
        Bin b = new Bin().u8(sequence != null ? 0x10 : 0).u8(0).u16(protocol);
        if (sequence != null) {
            b.u32(sequence);
        }
        return b.bytes(payload).toBytes();
    }

    /** ERSPAN type II header (8 bytes, version 1) before the mirrored Ethernet frame. */
    public static byte[] erspan2(byte[] frame) {
        return new Bin().u16(0x1000 | 1).u16(0x0001).u32(0).bytes(frame).toBytes();
    }

    /** ERSPAN type III header (12 bytes, version 2), with the 8-byte platform subheader when asked. */
    public static byte[] erspan3(boolean platformSubheader, byte[] frame) {
        Bin b = new Bin().u16(0x2000).u16(0x0001).u32(0).u16(0).u8(0).u8(platformSubheader ? 1 : 0);
        if (platformSubheader) {
            b.u64(0);
        }
        return b.bytes(frame).toBytes();
    }

    public static byte[] vxlan(int vni, byte[] frame) {
        return new Bin().u8(0x08).u8(0).u16(0).u32((long) vni << 8).bytes(frame).toBytes();
    }

    /** GTP-U G-PDU (TS 29.281 §5.1) with a sequence number and one PDU session container extension. */
    public static byte[] gtpu(int teid, boolean extension, byte[] ipPacket) {
        Bin body = new Bin();
        if (extension) {
            body.u16(1).u8(0).u8(0x85).u8(1).u8(0x10).u8(0x09).u8(0);
        }
        body.bytes(ipPacket);
        byte[] b = body.toBytes();
        return new Bin().u8(extension ? 0x36 : 0x30).u8(0xFF).u16(b.length).u32(teid).bytes(b).toBytes();
    }

    /** Splits an IPv4 packet's payload into fragments of at most {@code size} bytes (multiple of 8). */
    public static List<byte[]> fragmentIpv4(String src, String dst, int protocol, int id, byte[] payload, int size) {
        List<byte[]> out = new ArrayList<>();
        for (int off = 0; off < payload.length; off += size) {
            int end = Math.min(payload.length, off + size);
            out.add(ipv4(src, dst, protocol, id, off, end < payload.length, new byte[0], slice(payload, off, end)));
        }
        return out;
    }

    /** A WebSocket frame (RFC 6455 §5.2); masked with {@code mask} when not null. */
    public static byte[] webSocketFrame(boolean fin, int opcode, byte[] mask, byte[] payload) {
        Bin b = new Bin().u8((fin ? 0x80 : 0) | opcode);
        int maskBit = mask != null ? 0x80 : 0;
        if (payload.length < 126) {
            b.u8(maskBit | payload.length);
        } else if (payload.length < 65_536) {
            b.u8(maskBit | 126).u16(payload.length);
        } else {
            b.u8(maskBit | 127).u64(payload.length);
        }
        if (mask != null) {
            b.bytes(mask);
            byte[] masked = payload.clone();
            for (int i = 0; i < masked.length; i++) {
                masked[i] ^= mask[i & 3];
            }
            b.bytes(masked);
        } else {
            b.bytes(payload);
        }
        return b.toBytes();
    }
}
