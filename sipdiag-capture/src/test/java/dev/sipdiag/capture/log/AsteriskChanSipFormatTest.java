package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Transport;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class AsteriskChanSipFormatTest {
    @Test
    void asterisk14StyleTransmitEndsAtThreeDashes() throws IOException {
        Collector got = Collector.read(new AsteriskChanSipFormat(),
                "Reliably Transmitting (NAT) to 192.0.2.7:5060:\nSIP/2.0 200 OK\nContent-Length: 0\n\n---\nafterwards\n");

        assertThat(got.texts()).containsExactly("SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n");
        assertThat(got.payloads.getFirst().destination()).isEqualTo(new Endpoint("192.0.2.7", 5060));
        assertThat(got.payloads.getFirst().transport()).isEqualTo(Transport.UNKNOWN);
        assertThat(got.stats.noiseLines()).isEqualTo(1);
    }

    @Test
    void readOverTcpNamesTheTransportAndSource() throws IOException {
        Collector got = Collector.read(new AsteriskChanSipFormat(),
                "<--- SIP read from TCP:192.0.2.8:39012 --->\nBYE sip:a@198.51.100.1 SIP/2.0\nContent-Length: 0\n\n<------------->\n");

        assertThat(got.payloads.getFirst().source()).isEqualTo(new Endpoint("192.0.2.8", 39012));
        assertThat(got.payloads.getFirst().transport()).isEqualTo(Transport.TCP);
    }

    @Test
    void messageInterruptedByTheNextRecordIsCutShort() throws IOException {
        Collector got = Collector.read(new AsteriskChanSipFormat(),
                "<--- SIP read from UDP:192.0.2.8:5060 --->\nBYE sip:a@198.51.100.1 SIP/2.0\nCall-ID: 9\n"
                        + "<--- Transmitting (no NAT) to 192.0.2.8:5060 --->\nSIP/2.0 200 OK\nContent-Length: 0\n\n<------------>\n");

        assertThat(got.problems).extracting(p -> p.reason(), p -> p.frameNumber())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("log-truncated-headers", 1L));
        assertThat(got.texts()).containsExactly("SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n");
    }
}
