package dev.sipdiag.capture.hep;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Builds HEP packets for tests, chunk by chunk, so fixtures read as what they mean rather than as hex. */
final class HepBuilder {
    private final ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    private Integer lengthOverride;

    /** A HEPv3 packet with nothing in it yet. */
    static HepBuilder hep3() {
        return new HepBuilder();
    }

    /** A complete HEPv3 SIP-over-UDP packet from 192.0.2.10:5060 to 198.51.100.20:5080 at t = 1732875072.123456. */
    static HepBuilder sipUdp(String payload) {
        return hep3().u8(0x01, 2).u8(0x02, 17)
                .ipv4(0x03, "192.0.2.10").ipv4(0x04, "198.51.100.20")
                .u16(0x07, 5060).u16(0x08, 5080)
                .u32(0x09, 1732875072L).u32(0x0a, 123456L)
                .u8(0x0b, 1).u32(0x0c, 2001L)
                .bytes(0x0f, payload.getBytes(StandardCharsets.UTF_8));
    }

    HepBuilder u8(int type, int value) {
        return chunk(0, type, new byte[] {(byte) value});
    }

    HepBuilder u16(int type, int value) {
        return chunk(0, type, new byte[] {(byte) (value >> 8), (byte) value});
    }

    HepBuilder u32(int type, long value) {
        return chunk(0, type, new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value});
    }

    HepBuilder ipv4(int type, String address) {
        return chunk(0, type, address(address));
    }

    HepBuilder ipv6(int type, String address) {
        return chunk(0, type, address(address));
    }

    HepBuilder text(int type, String value) {
        return chunk(0, type, value.getBytes(StandardCharsets.UTF_8));
    }

    HepBuilder bytes(int type, byte[] value) {
        return chunk(0, type, value);
    }

    HepBuilder gzip(int type, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(value.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return chunk(0, type, out.toByteArray());
    }

    HepBuilder zlib(int type, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater())) {
            z.write(value.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return chunk(0, type, out.toByteArray());
    }

    /** A chunk with the given header fields and value; its length field says header + value. */
    HepBuilder chunk(int vendor, int type, byte[] value) {
        return rawChunk(vendor, type, 6 + value.length, value);
    }

    /** A chunk whose length field says {@code length}, whatever the value's size. */
    HepBuilder rawChunk(int vendor, int type, int length, byte[] value) {
        chunks.write(vendor >> 8);
        chunks.write(vendor);
        chunks.write(type >> 8);
        chunks.write(type);
        chunks.write(length >> 8);
        chunks.write(length);
        chunks.writeBytes(value);
        return this;
    }

    /** Appends octets that are not a chunk. */
    HepBuilder raw(byte... octets) {
        chunks.writeBytes(octets);
        return this;
    }

    /** Makes the total length field say {@code length} instead of the true size. */
    HepBuilder totalLength(int length) {
        lengthOverride = length;
        return this;
    }

    byte[] build() {
        byte[] body = chunks.toByteArray();
        int total = lengthOverride != null ? lengthOverride : 6 + body.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("HEP3".getBytes(StandardCharsets.US_ASCII));
        out.write(total >> 8);
        out.write(total);
        out.writeBytes(body);
        return out.toByteArray();
    }

    /**
     * A HEPv1 or v2 packet (the C struct layout): version, header length, family, protocol, ports (network
     * order), addresses, for v2 the time block (little-endian seconds, microseconds, capture id, 2 pad octets),
     * then the payload.
     */
    static byte[] hepV2(int version, String source, int sourcePort, String destination, int destinationPort,
                        int ipProtocol, long seconds, long micros, int captureId, String payload) {
        byte[] src = address(source);
        byte[] dst = address(destination);
        boolean v6 = src.length == 16;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(version);
        out.write(8 + 2 * src.length);
        out.write(v6 ? 10 : 2);
        out.write(ipProtocol);
        out.write(sourcePort >> 8);
        out.write(sourcePort);
        out.write(destinationPort >> 8);
        out.write(destinationPort);
        out.writeBytes(src);
        out.writeBytes(dst);
        if (version == 2) {
            littleEndian(out, seconds, 4);
            littleEndian(out, micros, 4);
            littleEndian(out, captureId, 2);
            littleEndian(out, 0, 2);
        }
        out.writeBytes(payload.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void littleEndian(ByteArrayOutputStream out, long value, int octets) {
        for (int i = 0; i < octets; i++) {
            out.write((int) (value >> (8 * i)));
        }
    }

    /** The octets of an IP address literal (no name lookup happens for literals). */
    static byte[] address(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
