package dev.sipdiag.capture;

import dev.sipdiag.capture.build.Pcap;
import dev.sipdiag.capture.build.Tcp;
import org.junit.jupiter.api.Test;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The summary names every outcome and adds up. */
class CaptureStatsTest {
    @Test
    void everyOutcomeIsPresentAndTheyAddUp() {
        byte[] sip = sip("OPTIONS", "s", "");
        byte[] file = Pcap.ethernet()
                .packet(1, ethernet(ipv4("192.0.2.1", "192.0.2.2", UDP, udp(1, 2, sip))))
                .packet(2, ethernet(0x0806, new byte[28]))
                .packet(3, ethernet(ipv4("192.0.2.1", "192.0.2.2", 1, new byte[8])))
                .packet(4, new byte[6])
                .toBytes();
        CaptureStats stats = Collected.read(file).stats();
        assertThat(stats.framesByOutcome()).containsOnlyKeys(FrameOutcome.values());
        assertThat(stats.frames()).isEqualTo(4);
        assertThat(stats.frames(FrameOutcome.UDP_PAYLOAD)).isEqualTo(1);
        assertThat(stats.frames(FrameOutcome.NON_IP)).isEqualTo(1);
        assertThat(stats.frames(FrameOutcome.UNSUPPORTED_PROTOCOL)).isEqualTo(1);
        assertThat(stats.frames(FrameOutcome.MALFORMED)).isEqualTo(1);
        assertThat(stats.malformed()).containsOnlyKeys("short-header");
        assertThat(stats.problems()).isEqualTo(1);
    }

    @Test
    void payloadsCountEveryKind() {
        byte[] upgrade = ascii("GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n");
        byte[] m = sip("MESSAGE", "p", "hi");
        byte[] ws = concat(upgrade, webSocketFrame(true, 1, new byte[]{1, 2, 3, 4}, m));
        Collected c = Collected.read(new Tcp().handshake().data(0, ws).toBytes());
        assertThat(c.stats().webSocketMessages()).isEqualTo(1);
        assertThat(c.stats().payloads()).isEqualTo(c.payloads().size());
    }
}
