package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class SngrepTextFormatTest {
    @Test
    void localTimesAreReadInTheConfiguredZone() throws IOException {
        LogTimes amsterdam = new LogTimes(ZoneId.of("Europe/Amsterdam"), 1970, LocalDate.of(1970, 1, 1));
        Collector got = Collector.read(new SngrepTextFormat(amsterdam),
                "2024/07/01 12:00:00.250000 192.0.2.1:5060 -> 198.51.100.1:5070\nSIP/2.0 200 OK\nl: 0\n\n\n");

        assertThat(got.payloads.getFirst().timestampNanos())
                .isEqualTo(Instant.parse("2024-07-01T10:00:00.25Z").toEpochMilli() * 1_000_000L);
        assertThat(got.payloads.getFirst().destination()).isEqualTo(new Endpoint("198.51.100.1", 5070));
    }

    @Test
    void invalidDateGivesNoTimeButKeepsTheMessage() throws IOException {
        Collector got = Collector.read(new SngrepTextFormat(),
                "2024/02/30 12:00:00.000000 192.0.2.1:5060 -> 198.51.100.1:5070\nSIP/2.0 200 OK\nl: 0\n\n");

        assertThat(got.payloads).hasSize(1);
        assertThat(got.payloads.getFirst().timestampNanos()).isEqualTo(dev.sipdiag.capture.Payload.NO_TIME);
    }
}
