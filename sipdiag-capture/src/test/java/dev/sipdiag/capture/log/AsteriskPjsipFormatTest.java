package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Transport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AsteriskPjsipFormatTest {
    private static final String OPTIONS = "OPTIONS sip:100@192.0.2.5:5060 SIP/2.0\nContent-Length:  0\n\n";

    @Test
    void isoStampsWithMillisAndWebSocketTransport() throws IOException {
        Collector got = Collector.read(new AsteriskPjsipFormat(),
                "[2024-11-29 10:11:12.345] VERBOSE[1][C-1] res_pjsip_logger.c: <--- Transmitting SIP request (59 bytes) to WSS:192.0.2.5:8089 --->\n"
                        + OPTIONS);

        Payload p = got.payloads.getFirst();
        assertThat(p.timestampNanos()).isEqualTo(Instant.parse("2024-11-29T10:11:12.345Z").toEpochMilli() * 1_000_000L);
        assertThat(p.transport()).isEqualTo(Transport.WSS);
        assertThat(p.destination()).isEqualTo(new Endpoint("192.0.2.5", 8089));
        assertThat(p.source()).isNull();
    }

    @Test
    void stampOnTheLineBeforeCountsButNotOlderOnes() throws IOException {
        Collector got = Collector.read(new AsteriskPjsipFormat(),
                "[2024-11-29 10:00:00] VERBOSE[1] x.c: \n<--- Received SIP request (59 bytes) from UDP:192.0.2.5:5060 --->\n"
                        + OPTIONS
                        + "[2024-11-29 10:00:01] VERBOSE[1] x.c: other\nnoise\n<--- Received SIP request (59 bytes) from UDP:192.0.2.5:5060 --->\n"
                        + OPTIONS);

        assertThat(got.payloads).extracting(Payload::timestampNanos)
                .containsExactly(Instant.parse("2024-11-29T10:00:00Z").getEpochSecond() * 1_000_000_000L, Payload.NO_TIME);
        assertThat(got.stats.noiseLines()).isEqualTo(3);
    }

    @Test
    void recordHoldingNoSipIsReported() throws IOException {
        Collector got = Collector.read(new AsteriskPjsipFormat(),
                "<--- Received SIP request (5 bytes) from UDP:192.0.2.5:5060 --->\n\u0000\u0001\u0002\n");

        assertThat(got.payloads).isEmpty();
        assertThat(got.problems).extracting(p -> p.reason()).containsExactly("log-not-sip");
    }
}
