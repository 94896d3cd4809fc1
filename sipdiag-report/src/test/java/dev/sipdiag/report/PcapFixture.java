package dev.sipdiag.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a classic pcap (LINKTYPE_ETHERNET) from a text file of SIP messages, each introduced by a line
 * {@code === SRC_IP:PORT -> DST_IP:PORT +MS}; message lines are sent with CRLF ends (RFC 3261 §7). One
 * IPv4/UDP frame per message, times from 2024-01-01T00:00:00Z plus the offset.
 */
final class PcapFixture {
    /** 2024-01-01T00:00:00Z, the fixture's clock origin. */
    static final long EPOCH_SECONDS = 1_704_067_200L;
    private static final Pattern HEADER = Pattern.compile("=== ([0-9.]+):(\\d+) -> ([0-9.]+):(\\d+) \\+(\\d+)");

    private PcapFixture() {
    }

    /** Writes the pcap for the resource into {@code dir} and returns its path. */
    static Path write(String resource, Path dir) throws IOException {
        String text;
        try (InputStream in = PcapFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer global = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        global.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.write(global.array());
        List<String> lines = new ArrayList<>(text.lines().toList());
        Matcher head = null;
        StringBuilder msg = new StringBuilder();
        for (String line : lines) {
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                if (head != null) {
                    frame(out, head, msg.toString());
                }
                head = m;
                msg.setLength(0);
            } else if (head != null) {
                msg.append(line).append("\r\n");
            }
        }
        if (head != null) {
            frame(out, head, msg.toString());
        }
        Path file = dir.resolve(Path.of(resource).getFileName().toString().replace(".sip", ".pcap"));
        Files.write(file, out.toByteArray());
        return file;
    }

    private static void frame(ByteArrayOutputStream out, Matcher h, String sip) throws IOException {
        // the blank line that separated messages in the file ends the last header block; keep exactly one
        String wire = sip.endsWith("\r\n\r\n") ? sip : sip + "\r\n";
        byte[] payload = wire.getBytes(StandardCharsets.UTF_8);
        int udpLength = 8 + payload.length;
        int ipLength = 20 + udpLength;
        ByteBuffer f = ByteBuffer.allocate(14 + ipLength).order(ByteOrder.BIG_ENDIAN);
        f.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
        int ipStart = f.position();
        f.put((byte) 0x45).put((byte) 0).putShort((short) ipLength).putShort((short) 0).putShort((short) 0)
                .put((byte) 64).put((byte) 17).putShort((short) 0).put(ip(h.group(1))).put(ip(h.group(3)));
        f.putShort(ipStart + 10, checksum(f.array(), ipStart, 20));
        f.putShort((short) Integer.parseInt(h.group(2))).putShort((short) Integer.parseInt(h.group(4)))
                .putShort((short) udpLength).putShort((short) 0).put(payload);
        long ms = Long.parseLong(h.group(5));
        ByteBuffer rec = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        rec.putInt((int) (EPOCH_SECONDS + ms / 1000)).putInt((int) (ms % 1000) * 1000).putInt(f.capacity())
                .putInt(f.capacity());
        out.write(rec.array());
        out.write(f.array());
    }

    private static byte[] ip(String dotted) {
        String[] p = dotted.split("\\.");
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            b[i] = (byte) Integer.parseInt(p[i]);
        }
        return b;
    }

    /** RFC 791 header checksum. */
    private static short checksum(byte[] b, int off, int len) {
        int sum = 0;
        for (int i = off; i < off + len; i += 2) {
            sum += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (short) ~sum;
    }
}
