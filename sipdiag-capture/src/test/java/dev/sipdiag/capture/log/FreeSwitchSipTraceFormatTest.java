package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Transport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FreeSwitchSipTraceFormatTest {
    private static final String SEP = "   " + "-".repeat(72) + "\n";

    @Test
    void tlsOverIpv6WithFlowLabelAndTimeOfDayInUtcWhateverTheZone() throws IOException {
        LogTimes amsterdam = new LogTimes(ZoneId.of("Europe/Amsterdam"), 2024, LocalDate.of(2024, 6, 1));
        Collector got = Collector.read(new FreeSwitchSipTraceFormat(amsterdam),
                "send 37 bytes to tls/[2001:DB8::9]:5061/7 at 12:00:00.5:\n" + SEP
                        + "   SIP/2.0 200 OK\n   Content-Length: 0\n   \n" + SEP);

        assertThat(got.payloads).hasSize(1);
        assertThat(got.payloads.getFirst().destination()).isEqualTo(new Endpoint("2001:db8::9", 5061));
        assertThat(got.payloads.getFirst().transport()).isEqualTo(Transport.TLS);
        assertThat(got.payloads.getFirst().timestampNanos())
                .isEqualTo(java.time.Instant.parse("2024-06-01T12:00:00.5Z").toEpochMilli() * 1_000_000L);
    }

    @Test
    void traceEndedByTheNextTraceIsCutShort() throws IOException {
        Collector got = Collector.read(new FreeSwitchSipTraceFormat(),
                "recv 300 bytes from udp/[192.0.2.1]:5060 at 01:00:00.000001:\n" + SEP + "   INVITE sip:a@b SIP/2.0\n"
                        + "recv 28 bytes from udp/[192.0.2.1]:5060 at 01:00:01.000001:\n" + SEP
                        + "   SIP/2.0 100 Trying\n   l: 0\n   \n" + SEP);

        assertThat(got.problems).extracting(p -> p.reason(), p -> p.frameNumber())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("log-truncated-headers", 1L));
        assertThat(got.texts()).containsExactly("SIP/2.0 100 Trying\r\nl: 0\r\n\r\n");
    }
}
