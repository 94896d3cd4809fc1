package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.Collected;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Transport;
import dev.sipdiag.capture.build.Tcp;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

class WebSocketFramesTest {
    static final byte[] UPGRADE = ascii("GET /ws HTTP/1.1\r\nHost: sip.example.com\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: sip\r\n"
            + "Sec-WebSocket-Version: 13\r\n\r\n");
    static final byte[] SWITCHING = ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
            + "Sec-WebSocket-Protocol: sip\r\n\r\n");
    static final byte[] MASK = {0x37, (byte) 0xfa, 0x21, 0x3d};
    static final byte[] REGISTER = sip("REGISTER", "ws1", "");
    static final byte[] OPTIONS = sip("OPTIONS", "ws2", "");

    @Test
    void maskedAndFragmentedMessagesAfterTheUpgrade() {
        byte[] clientStream = concat(UPGRADE,
                webSocketFrame(true, 1, MASK, REGISTER),
                webSocketFrame(true, 9, MASK, ascii("ping")),
                webSocketFrame(false, 1, MASK, slice(OPTIONS, 0, 10)),
                webSocketFrame(false, 0, MASK, slice(OPTIONS, 10, 50)),
                webSocketFrame(true, 0, MASK, slice(OPTIONS, 50, OPTIONS.length)));
        byte[] response = ascii("SIP/2.0 200 OK\r\nCall-ID: ws1\r\nContent-Length: 0\r\n\r\n");
        byte[] serverStream = concat(SWITCHING, webSocketFrame(true, 1, null, response));
        Tcp tcp = new Tcp().handshake();
        // The client stream arrives in awkward pieces: frame headers split across segments.
        for (int i = 0; i < clientStream.length; i += 29) {
            tcp.data(0, clientStream, i, Math.min(clientStream.length, i + 29));
        }
        tcp.server(0, clientStream.length, PSH | ACK, serverStream);
        Collected c = Collected.read(tcp.toBytes());
        assertThat(c.problems()).isEmpty();
        assertThat(c.payloads()).allSatisfy(p -> assertThat(p.transport()).isEqualTo(Transport.WS));
        assertThat(c.payloads()).map(p -> new String(p.data()))
                .containsExactly(new String(REGISTER), new String(OPTIONS), new String(response));
        assertThat(c.payloads()).map(Payload::encapsulation).containsOnly("raw/ip/tcp/ws");
        assertThat(c.stats().webSocketMessages()).isEqualTo(3);
    }

    @Test
    void permessageDeflateIsInflated() {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(REGISTER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[4_096];
        int n;
        while ((n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(chunk, 0, n);
        }
        byte[] compressed = out.toByteArray();
        compressed = Arrays.copyOf(compressed, compressed.length - 4); // RFC 7692 §7.2.1 drops 00 00 ff ff
        byte[] frame = webSocketFrame(true, 1, MASK, compressed);
        frame[0] |= 0x40; // RSV1
        Collected c = Collected.read(new Tcp().handshake().data(0, concat(UPGRADE, frame)).toBytes());
        assertThat(c.problems()).isEmpty();
        assertThat(c.payloads()).singleElement().satisfies(p -> assertThat(p.data()).isEqualTo(REGISTER));
    }

    @Test
    void framingErrorSkipsTheRestOfTheDirection() {
        byte[] bad = {(byte) 0x83, 0x00}; // reserved opcode 3
        Collected c = Collected.read(new Tcp().handshake()
                .data(0, concat(UPGRADE, webSocketFrame(true, 1, MASK, REGISTER), bad, webSocketFrame(true, 1, MASK, OPTIONS)))
                .toBytes());
        assertThat(c.payloads()).singleElement().satisfies(p -> assertThat(p.data()).isEqualTo(REGISTER));
        assertThat(c.reasons()).containsExactly("websocket-protocol-error");
    }

    @Test
    void plainHttpIsNotAnUpgrade() {
        byte[] get = ascii("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n");
        Collected c = Collected.read(new Tcp().handshake().data(0, get).toBytes());
        assertThat(c.payloads()).singleElement().satisfies(p -> assertThat(p.transport()).isEqualTo(Transport.TCP));
    }
}
