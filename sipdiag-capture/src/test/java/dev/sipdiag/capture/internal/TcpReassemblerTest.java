package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;
import dev.sipdiag.capture.Collected;
import dev.sipdiag.capture.FrameOutcome;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Transport;
import dev.sipdiag.capture.build.Tcp;
import org.junit.jupiter.api.Test;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

class TcpReassemblerTest {
    static final byte[] M1 = sip("INVITE", "one", "v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\n");
    static final byte[] M2 = sip("ACK", "two", "");
    static final byte[] M3 = sip("BYE", "three", "x".repeat(500));
    static final byte[] STREAM = concat(M1, M2, M3);

    static Collected read(Tcp tcp) {
        return Collected.read(tcp.toBytes());
    }

    static void assertMessages(Collected c, byte[]... expected) {
        assertThat(c.of(Transport.TCP)).map(p -> new String(p.data())).containsExactly(
                java.util.Arrays.stream(expected).map(String::new).toArray(String[]::new));
        assertThat(c.accountedFor()).isTrue();
    }

    @Test
    void severalMessagesInOneSegment() {
        Collected c = read(new Tcp().handshake().data(0, STREAM).client(STREAM.length, 0, FIN | ACK, new byte[0]));
        assertMessages(c, M1, M2, M3);
        assertThat(c.problems()).isEmpty();
        assertThat(c.stats().frames(FrameOutcome.TCP_CONTROL)).isEqualTo(4);
        assertThat(c.stats().frames(FrameOutcome.TCP_DATA)).isEqualTo(1);
        assertThat(c.stats().tcpConnections()).isEqualTo(1);
        assertThat(c.stats().tcpBytes()).isEqualTo(STREAM.length);
    }

    @Test
    void oneMessageAcrossManySegmentsStartsInItsFirstFrame() {
        Tcp tcp = new Tcp().handshake();
        for (int i = 0; i < STREAM.length; i += 37) {
            tcp.data(0, STREAM, i, Math.min(STREAM.length, i + 37));
        }
        Collected c = read(tcp);
        assertMessages(c, M1, M2, M3);
        assertThat(c.of(Transport.TCP)).map(Payload::frameNumber).first().isEqualTo(4L);
        // Frames 1-3 are the handshake; M2 starts in the segment holding stream byte M1.length.
        assertThat(c.of(Transport.TCP).get(1).frameNumber()).isEqualTo(4L + M1.length / 37);
    }

    @Test
    void outOfOrderSegmentsAreReordered() {
        int a = 100;
        int b = 300;
        Collected c = read(new Tcp().handshake()
                .data(0, STREAM, b, STREAM.length)
                .data(0, STREAM, a, b)
                .data(0, STREAM, 0, a));
        assertMessages(c, M1, M2, M3);
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void retransmissionsAndOverlapsAreUsedOnce() {
        Collected c = read(new Tcp().handshake()
                .data(0, STREAM, 0, 200)
                .data(0, STREAM, 0, 200)          // retransmission
                .data(0, STREAM, 150, 400)        // overlap
                .data(0, STREAM, 400, STREAM.length)
                .data(0, STREAM, 300, 350));      // old bytes again
        assertMessages(c, M1, M2, M3);
        assertThat(c.stats().frames(FrameOutcome.TCP_RETRANSMISSION)).isEqualTo(2);
        assertThat(c.stats().tcpBytes()).isEqualTo(STREAM.length);
    }

    @Test
    void gapAcknowledgedByThePeerIsReportedThenTheStreamResynchronises() {
        int lostFrom = 20;
        int lostTo = M1.length + 10; // the rest of M1 and the start of M2 never reach the capture
        Collected c = read(new Tcp().handshake()
                .data(0, STREAM, 0, lostFrom)
                .server(0, lostTo, ACK, new byte[0])
                .data(0, STREAM, lostTo, STREAM.length));
        assertMessages(c, M3);
        assertThat(c.reasons()).startsWith("tcp-gap");
        assertThat(c.reasons()).contains("tcp-bytes-skipped");
        assertThat(c.stats().tcpGaps()).isEqualTo(1);
        assertThat(c.stats().tcpBytesMissing()).isEqualTo(lostTo - lostFrom);
        // Skipped: the start of M1 before the gap, and the rest of M2 after it but for its blank line, which the
        // test framer takes for a keep-alive.
        assertThat(c.stats().bytesSkipped()).isEqualTo(lostFrom + (M1.length + M2.length - lostTo) - 2);
    }

    @Test
    void gapStillOpenAtTheEndIsReported() {
        Collected c = read(new Tcp().handshake()
                .data(0, STREAM, 0, M1.length)
                .data(0, STREAM, M1.length + 5, STREAM.length));
        assertMessages(c, M1, M3);
        assertThat(c.reasons()).contains("tcp-gap");
    }

    @Test
    void keepAlivesAreCountedNotDelivered() {
        Collected c = read(new Tcp().handshake().data(0, concat(ascii("\r\n\r\n"), M2)));
        assertMessages(c, M2);
        assertThat(c.stats().keepAlives()).isEqualTo(1);
    }

    @Test
    void resetEndsTheStreamAndReportsTheUnfinishedMessage() {
        Collected c = read(new Tcp().handshake().data(0, STREAM, 0, M1.length + 10).client(M1.length + 10, 0, RST, new byte[0]));
        assertMessages(c, M1);
        assertThat(c.reasons()).containsExactly("incomplete-tcp-message");
    }

    @Test
    void bothDirectionsAreSeparateStreams() {
        byte[] response = ascii("SIP/2.0 200 OK\r\nCall-ID: one\r\nContent-Length: 0\r\n\r\n");
        Collected c = read(new Tcp().handshake().data(0, M1).server(0, M1.length, PSH | ACK, response));
        assertMessages(c, M1, response);
        assertThat(c.of(Transport.TCP).get(1).source().port()).isEqualTo(5060);
    }

    @Test
    void streamSeenWithoutHandshakeStillFrames() {
        Collected c = read(new Tcp().data(1_000, M2).data(1_000 + M2.length, M3));
        assertMessages(c, M2, M3);
    }

    @Test
    void tlsIsRecognisedAndCountedAsEncrypted() {
        byte[] clientHello = concat(new byte[]{0x16, 0x03, 0x01, 0x00, 0x40}, new byte[0x40]);
        byte[] appData = concat(new byte[]{0x17, 0x03, 0x03, 0x00, 0x20}, new byte[0x20]);
        Collected c = read(new Tcp().handshake().data(0, clientHello).data(clientHello.length, appData));
        assertThat(c.payloads()).isEmpty();
        assertThat(c.stats().encryptedStreams()).isEqualTo(1);
        assertThat(c.stats().encryptedBytes()).isEqualTo(clientHello.length + appData.length);
        assertThat(c.stats().frames(FrameOutcome.ENCRYPTED)).isEqualTo(2);
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void outOfOrderBytesWaitingTooLongBecomeAGap() {
        Collected c = read(new Tcp().handshake()
                .data(0, STREAM, M1.length + 3, M1.length + M2.length)
                .pause(CaptureLimits.TCP_REORDER_TIMEOUT_NANOS + 1)
                .data(0, STREAM, M1.length + M2.length, STREAM.length));
        assertMessages(c, M3);
        assertThat(c.problems()).first().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("tcp-gap");
            assertThat(p.message()).contains("waited too long");
            assertThat(p.frameNumber()).isEqualTo(5);
        });
    }

    @Test
    void tooManyOutOfOrderSegmentsBecomeAGap() {
        Tcp tcp = new Tcp().handshake();
        int n = CaptureLimits.MAX_TCP_OUT_OF_ORDER_SEGMENTS + 1;
        for (int i = 0; i < n; i++) {
            tcp.data(10 + i, ascii("x"));
        }
        Collected c = read(tcp);
        assertThat(c.reasons()).first().isEqualTo("tcp-gap");
        assertThat(c.problems().get(0).message()).contains("too many");
        assertThat(c.stats().tcpBytesMissing()).isEqualTo(10);
        assertThat(c.stats().tcpBytes()).isEqualTo(n);
        assertThat(c.accountedFor()).isTrue();
    }

    @Test
    void messageLongerThanTheStreamBufferIsSkipped() {
        byte[] huge = sip("MESSAGE", "huge", "z".repeat(CaptureLimits.MAX_TCP_STREAM_BUFFER + 1_000) + "\r\n");
        byte[] stream = concat(huge, M2);
        Tcp tcp = new Tcp().handshake();
        for (int i = 0; i < stream.length; i += 60_000) {
            tcp.data(0, stream, i, Math.min(stream.length, i + 60_000));
        }
        Collected c = read(tcp);
        assertThat(c.reasons()).contains("limit-tcp-stream-buffer");
        assertMessages(c, M2);
        assertThat(c.stats().bytesSkipped()).isEqualTo(huge.length);
    }

    @Test
    void openStreamsAreBounded() {
        dev.sipdiag.capture.build.Pcap pcap = dev.sipdiag.capture.build.Pcap.of(101);
        int connections = CaptureLimits.MAX_OPEN_TCP_STREAMS + 1;
        for (int i = 0; i < connections; i++) {
            String client = "10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF);
            pcap.packet(1_000L * i, ipv4(client, "192.0.2.20", TCP, tcp(40_000, 5060, 1, 0, SYN, new byte[0])));
        }
        Collected c = Collected.read(pcap.toBytes());
        assertThat(c.reasons()).containsExactly("limit-tcp-streams");
        assertThat(c.stats().tcpConnections()).isEqualTo(connections);
        assertThat(c.stats().frames(FrameOutcome.TCP_CONTROL)).isEqualTo(connections);
    }
}
