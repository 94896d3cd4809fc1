package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.Collected;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.build.Pcap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.sipdiag.capture.build.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

class PcapReaderTest {
    static final byte[] FRAME = ethernet(ipv4("192.0.2.1", "192.0.2.2", UDP, udp(5060, 5060, sip("OPTIONS", "p", ""))));

    @ParameterizedTest(name = "nanos={0} bigEndian={1}")
    @CsvSource({"false, true", "false, false", "true, true", "true, false"})
    void readsEveryMagicAndByteOrder(boolean nanos, boolean bigEndian) {
        long t1 = 1_700_000_000_123_456_789L;
        long t2 = 1_700_000_001_000_001_000L;
        byte[] file = new Pcap(1, nanos, bigEndian, 65_535).packet(t1, FRAME).packet(t2, FRAME).toBytes();
        Collected c = Collected.read(file);
        assertThat(c.problems()).isEmpty();
        assertThat(c.payloads()).map(Payload::timestampNanos)
                .containsExactly(nanos ? t1 : t1 - 789, t2);
        assertThat(c.payloads()).map(Payload::frameNumber).containsExactly(1L, 2L);
    }

    @Test
    void snaplenTruncatedRecordIsFlaggedAndTheNextStillRead() {
        byte[] cut = slice(FRAME, 0, 50);
        byte[] file = new Pcap(1, false, true, 50).packet(1_000, cut, FRAME.length).packet(2_000, FRAME).toBytes();
        Collected c = Collected.read(file);
        assertThat(c.reasons()).containsExactly("truncated-packet");
        assertThat(c.problems().get(0).frameNumber()).isEqualTo(1);
        assertThat(c.payloads()).singleElement().satisfies(p -> assertThat(p.frameNumber()).isEqualTo(2));
    }
}
