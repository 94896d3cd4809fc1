package dev.sipdiag.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import dev.sipdiag.analysis.input.SipPacket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text logs through the same input path as captures: detected, read, their stamps dated. */
class LogInputTest {
    static final Path LOGS = TestFiles.repoRoot().resolve("sipdiag-capture/src/test/resources/logs");

    @Test
    void aLogWithoutYearsIsDatedByTheFile(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("full.log");
        Files.copy(LOGS.resolve("asterisk-pjsip-full.log"), log);
        Files.setLastModifiedTime(log, FileTime.from(Instant.parse("2025-03-14T12:00:00Z")));
        List<SipPacket> packets = new ArrayList<>();
        SipInput in = new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, packets::add, p -> { });
        in.read(log.toString());
        assertThat(packets).hasSize(4).allMatch(SipPacket::parsed);
        assertThat(Instant.ofEpochSecond(0, packets.get(0).payload().timestampNanos()).atZone(ZoneOffset.UTC).getYear())
                .isEqualTo(2025);
        assertThat(in.summary().notes()).anyMatch(n -> n.contains("asterisk-pjsip") && n.contains("2025-03-14"));
    }

    @Test
    void aCutMessageIsCountedNotDropped() throws IOException {
        SipInput in = new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, p -> { }, p -> { });
        in.read(LOGS.resolve("freeswitch-siptrace-cut.log").toString());
        assertThat(in.summary().sipMessages()).isEqualTo(1);
        assertThat(in.summary().skipped()).containsEntry("log-truncated-body", 1L);
        assertThat(in.summary().packets()).isEqualTo(2);
    }

    @Test
    void theLogFormatCanBeForced() throws IOException {
        List<SipPacket> packets = new ArrayList<>();
        SipInput in = new SipInput(InputFormat.LOG, "kamailio-sipdump", Locale.ENGLISH, packets::add, p -> { });
        in.read(LOGS.resolve("kamailio-sipdump-real.data").toString());
        assertThat(packets).hasSize(8);
        assertThat(packets.get(0).payload().source()).isNotNull();
    }
}
