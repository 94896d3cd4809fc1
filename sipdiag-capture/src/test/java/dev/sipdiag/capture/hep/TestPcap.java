package dev.sipdiag.capture.hep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough pcap to pull UDP payloads out of a test capture with fixed layout: little-endian microsecond
 * pcap, Ethernet, IPv4 (header length from IHL), UDP. Not the product's pcap reader, which is built separately.
 */
final class TestPcap {
    /** One UDP datagram of the capture. */
    record Datagram(int frame, long epochNanos, byte[] payload) {
    }

    private TestPcap() {
    }

    static List<Datagram> udpPayloads(InputStream in) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        if (file.getInt(0) != 0xa1b2c3d4 || file.getInt(20) != 1) {
            throw new IOException("not a little-endian microsecond Ethernet pcap");
        }
        List<Datagram> out = new ArrayList<>();
        int pos = 24;
        int frame = 0;
        while (pos + 16 <= file.limit()) {
            long seconds = Integer.toUnsignedLong(file.getInt(pos));
            long micros = Integer.toUnsignedLong(file.getInt(pos + 4));
            int captured = file.getInt(pos + 8);
            int ip = pos + 16 + 14;
            int ihl = (file.get(ip) & 0x0f) * 4;
            int udp = ip + ihl;
            int udpLength = (file.get(udp + 4) & 0xff) << 8 | file.get(udp + 5) & 0xff;
            byte[] payload = Arrays.copyOfRange(file.array(), udp + 8, udp + udpLength);
            out.add(new Datagram(++frame, seconds * 1_000_000_000L + micros * 1_000L, payload));
            pos += 16 + captured;
        }
        return out;
    }
}
