package dev.sipdiag.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import dev.sipdiag.analysis.input.SipPacket;
import dev.sipdiag.sip.IssueCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message whose Content-Length exceeds every limit (found by fuzzing: one such message on a TCP stream ended the
 * whole run with an internal error). It is reported as malformed, with the reason and position, and the messages
 * after it are still read, on TCP and UDP alike.
 */
class OversizedMessageTest {

    private static byte[] invite(String callId, String contentLength) {
        return ("INVITE sip:bob@example.com SIP/2.0\r\n"
                + "Via: SIP/2.0/TCP 192.0.2.1:5060;branch=z9hG4bK" + callId + "\r\n"
                + "From: <sip:alice@example.com>;tag=1\r\n"
                + "To: <sip:bob@example.com>\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void onATcpStreamTheOversizedMessageIsMalformedAndTheNextOneIsRead(@TempDir Path dir) throws IOException {
        byte[] bad = invite("huge", "999999999");
        byte[] good = invite("good", "0");
        Path pcap = dir.resolve("tcp.pcap");
        Files.write(pcap, pcap(List.of(tcp(1000, bad), tcp(1000 + bad.length, good))));

        List<SipPacket> packets = read(pcap);

        assertThat(packets).hasSize(2);
        assertThat(packets.get(0).message()).isNull();
        assertThat(packets.get(0).error().code()).isEqualTo(IssueCode.LIMIT_EXCEEDED);
        assertThat(packets.get(0).error().getMessage()).contains("Content-Length").contains("7:17");
        assertThat(packets.get(1).message().callId()).isEqualTo("good");
    }

    @Test
    void inADatagramAfterJunkTheOversizedMessageIsMalformedAndTheRestIsRead(@TempDir Path dir) throws IOException {
        byte[] junk = "garbage line\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = invite("huge", "999999999");
        byte[] first = new byte[junk.length + bad.length];
        System.arraycopy(junk, 0, first, 0, junk.length);
        System.arraycopy(bad, 0, first, junk.length, bad.length);
        Path pcap = dir.resolve("udp.pcap");
        Files.write(pcap, pcap(List.of(udp(first), udp(bad), udp(invite("good", "0")))));

        List<SipPacket> packets = new ArrayList<>();
        SipInput in = new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, packets::add, problem -> { });
        in.read(pcap.toString());

        assertThat(packets).extracting(p -> p.error() == null ? "ok" : p.error().code().name())
                .containsExactly("LIMIT_EXCEEDED", "LIMIT_EXCEEDED", "ok");
        assertThat(in.summary().skipped()).containsEntry("malformed-sip", 2L)
                .containsEntry("bytes-before-start-line", (long) junk.length);
        assertThat(in.summary().sipMessages()).isEqualTo(1);
    }

    private static List<SipPacket> read(Path pcap) throws IOException {
        List<SipPacket> packets = new ArrayList<>();
        new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, packets::add, problem -> { }).read(pcap.toString());
        return packets;
    }

    // ---- a classic pcap with Ethernet / IPv4 and one TCP stream or UDP datagrams, 192.0.2.1 -> 192.0.2.2 ----

    private static byte[] tcp(long seq, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.putShort((short) 5060).putShort((short) 5060).putInt((int) seq).putInt(0)
                .put((byte) 0x50).put((byte) 0x18).putShort((short) 65535).putShort((short) 0).putShort((short) 0);
        return ipv4(6, b.put(payload).array());
    }

    private static byte[] udp(byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putShort((short) 5060).putShort((short) 5060).putShort((short) (8 + payload.length)).putShort((short) 0);
        return ipv4(17, b.put(payload).array());
    }

    private static byte[] ipv4(int protocol, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + payload.length);
        b.put(new byte[12]).putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payload.length)).putShort((short) 1).putShort((short) 0)
                .put((byte) 64).put((byte) protocol).putShort((short) 0)
                .put(new byte[] {(byte) 192, 0, 2, 1}).put(new byte[] {(byte) 192, 0, 2, 2});
        return b.put(payload).array();
    }

    private static byte[] pcap(List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.writeBytes(h.array());
        int second = 1_700_000_000;
        for (byte[] f : frames) {
            ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            r.putInt(second++).putInt(0).putInt(f.length).putInt(f.length);
            out.writeBytes(r.array());
            out.writeBytes(f);
        }
        return out.toByteArray();
    }
}
