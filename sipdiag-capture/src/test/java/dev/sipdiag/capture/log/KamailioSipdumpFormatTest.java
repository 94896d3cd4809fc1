package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Transport;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class KamailioSipdumpFormatTest {
    @Test
    void unknownEndAndOddFieldsBecomeNullAndNoTime() throws IOException {
        Collector got = Collector.read(new KamailioSipdumpFormat(),
                "====================\ntag: rcv\ntime: soon\nproto: sctp ipv4\nsrcip: 192.0.2.4\nsrcport: 5060\n"
                        + "dstip: 0.0.0.0\ndstport: 0\n~~~~~~~~~~~~~~~~~~~~\nSIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n"
                        + "||||||||||||||||||||\n");

        Payload p = got.payloads.getFirst();
        assertThat(p.source()).isEqualTo(new Endpoint("192.0.2.4", 5060));
        assertThat(p.destination()).isNull();
        assertThat(p.timestampNanos()).isEqualTo(Payload.NO_TIME);
        assertThat(p.transport()).isEqualTo(Transport.SCTP);
    }

    @Test
    void recordWithoutEndMarkAtEndOfFileIsStillFramedByContentLength() throws IOException {
        Collector got = Collector.read(new KamailioSipdumpFormat(),
                "====================\ntag: snd\n~~~~~~~~~~~~~~~~~~~~\nSIP/2.0 200 OK\nContent-Length: 2\n\nok\n");

        assertThat(got.texts()).containsExactly("SIP/2.0 200 OK\r\nContent-Length: 2\r\n\r\nok");
    }
}
