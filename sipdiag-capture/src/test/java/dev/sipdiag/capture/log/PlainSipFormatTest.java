package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Problem;
import dev.sipdiag.capture.Transport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PlainSipFormatTest {
    private final PlainSipFormat format = new PlainSipFormat();

    @Test
    void messagesWithoutContentLengthEndAtTheNextStartLine() throws IOException {
        Collector got = Collector.read(format, "OPTIONS sip:a@192.0.2.1 SIP/2.0\nCall-ID: 1\n\nSIP/2.0 200 OK\nCall-ID: 1\n\n");

        assertThat(got.texts()).containsExactly("OPTIONS sip:a@192.0.2.1 SIP/2.0\r\nCall-ID: 1\r\n\r\n",
                "SIP/2.0 200 OK\r\nCall-ID: 1\r\n\r\n");
        assertThat(got.payloads).extracting(Payload::frameNumber).containsExactly(1L, 4L);
        assertThat(got.payloads).allSatisfy(p -> {
            assertThat(p.source()).isNull();
            assertThat(p.destination()).isNull();
            assertThat(p.timestampNanos()).isEqualTo(Payload.NO_TIME);
            assertThat(p.transport()).isEqualTo(Transport.UNKNOWN);
            assertThat(p.encapsulation()).isEqualTo("log:plain");
        });
    }

    @Test
    void bodyFollowsContentLengthAndWhatFollowsIsNoise() throws IOException {
        Collector got = Collector.read(format, "MESSAGE sip:a@192.0.2.1 SIP/2.0\nContent-Length: 4\n\nhi\n# end of message\n");

        assertThat(got.texts()).containsExactly("MESSAGE sip:a@192.0.2.1 SIP/2.0\r\nContent-Length: 4\r\n\r\nhi\r\n");
        assertThat(got.stats.noiseLines()).isEqualTo(1);
    }

    @Test
    void headerBlockCutByEndOfFileIsReported() throws IOException {
        Collector got = Collector.read(format, "junk\nINVITE sip:a@192.0.2.1 SIP/2.0\nVia: SIP/2.0/UDP 192.0.2.2\n");

        assertThat(got.payloads).isEmpty();
        assertThat(got.problems).extracting(Problem::reason, Problem::frameNumber, Problem::byteOffset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("log-truncated-headers", 2L, 5L));
        assertThat(got.stats).isEqualTo(new LogStats(0, 1, 1, 0));
    }

    @Test
    void bodyCutByEndOfFileIsReported() throws IOException {
        Collector got = Collector.read(format, "SIP/2.0 200 OK\nContent-Length: 50\n\nv=0\n");

        assertThat(got.problems).extracting(Problem::reason).containsExactly("log-truncated-body");
    }

    @Test
    void sniffPrefersAFirstStartLine() {
        byte[] first = "SIP/2.0 200 OK\r\nVia: x\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] later = "note\nSIP/2.0 200 OK\nVia: x\n".getBytes(StandardCharsets.US_ASCII);
        byte[] none = "note\nSIP/2.0 200 OK\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(format.sniff(first, first.length)).isEqualTo(50);
        assertThat(format.sniff(later, later.length)).isEqualTo(30);
        assertThat(format.sniff(none, none.length)).isZero();
    }
}
