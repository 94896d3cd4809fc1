package dev.sipdiag.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a classic pcap (Ethernet, IPv4, UDP) from a readable flow script, so crafted diagnosis captures live in
 * the repository as text. The script:
 * <pre>
 * # comment
 * &#64; 0.000 192.0.2.10:5060 &gt; 203.0.113.20:5060
 * INVITE sip:bob@example.net SIP/2.0
 * Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK1
 * Content-Length: auto
 *
 * v=0 ...
 * </pre>
 * A message runs from its {@code @ seconds source > destination} line to the next one; line ends become CRLF,
 * trailing empty lines are dropped, and {@code Content-Length: auto} is replaced by the body's length (any other
 * value is kept, so a wrong length can be crafted). {@code = NAME} repeats an earlier message labelled with
 * {@code @ ... label=NAME} at the new time and addresses.
 */
final class CraftedCapture {
    private static final long BASE_EPOCH_SECONDS = 1_700_000_000L;

    private record Packet(double seconds, String src, int srcPort, String dst, int dstPort, byte[] payload) {
    }

    private CraftedCapture() {
    }

    /** Reads the script and writes the pcap to {@code out}. */
    static void write(Path script, Path out) throws IOException {
        List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        List<Packet> packets = new ArrayList<>();
        java.util.Map<String, String> labelled = new java.util.HashMap<>();
        String[] head = null;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@ ")) {
                flush(head, text, packets, labelled);
                head = line.substring(2).trim().split("\\s+");
                text.setLength(0);
            } else if (head != null) {
                text.append(line).append('\n');
            }
        }
        flush(head, text, packets, labelled);
        Files.write(out, pcap(packets));
    }

    private static void flush(String[] head, StringBuilder text, List<Packet> packets,
                              java.util.Map<String, String> labelled) {
        if (head == null) {
            return;
        }
        String body = text.toString().stripTrailing();
        if (body.startsWith("= ")) {
            body = labelled.get(body.substring(2).trim());
        }
        for (int i = 4; i < head.length; i++) {
            if (head[i].startsWith("label=")) {
                labelled.put(head[i].substring(6), body);
            }
        }
        String[] src = head[1].split(":");
        String[] dst = head[3].split(":");
        packets.add(new Packet(Double.parseDouble(head[0]), src[0], Integer.parseInt(src[1]), dst[0],
                Integer.parseInt(dst[1]), sip(body)));
    }

    /** CRLF line ends, an empty line after the headers, Content-Length: auto filled in. */
    private static byte[] sip(String text) {
        String[] parts = text.split("\n\n", 2);
        String headers = parts[0].replace("\n", "\r\n");
        String body = parts.length > 1 ? parts[1].replace("\n", "\r\n") + "\r\n" : "";
        headers = headers.replace("Content-Length: auto",
                "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
        return (headers + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pcap(List<Packet> packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer gh = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        gh.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.writeBytes(gh.array());
        for (Packet p : packets) {
            int udpLen = 8 + p.payload.length;
            int ipLen = 20 + udpLen;
            ByteBuffer f = ByteBuffer.allocate(14 + ipLen).order(ByteOrder.BIG_ENDIAN);
            f.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
            f.put((byte) 0x45).put((byte) 0).putShort((short) ipLen).putShort((short) 0).putShort((short) 0)
                    .put((byte) 64).put((byte) 17).putShort((short) 0).put(ipv4(p.src)).put(ipv4(p.dst));
            f.putShort((short) p.srcPort).putShort((short) p.dstPort).putShort((short) udpLen).putShort((short) 0);
            f.put(p.payload);
            long micros = Math.round(p.seconds * 1_000_000);
            ByteBuffer rh = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            rh.putInt((int) (BASE_EPOCH_SECONDS + micros / 1_000_000)).putInt((int) (micros % 1_000_000))
                    .putInt(f.capacity()).putInt(f.capacity());
            out.writeBytes(rh.array());
            out.writeBytes(f.array());
        }
        return out.toByteArray();
    }

    private static byte[] ipv4(String a) {
        String[] o = a.split("\\.");
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            b[i] = (byte) Integer.parseInt(o[i]);
        }
        return b;
    }
}
