package dev.sipdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.capture.Payload;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LadderTest {

    @Test
    void columnsInSpeakingOrderWithTheirSoftwareAndRetransmissionsMarked(@TempDir Path dir) throws IOException {
        ReportData d = Captures.analyseAll(PcapFixture.write("/hostile/hostile-call.sip", dir), Locale.ENGLISH);
        Call call = d.result().calls().get(0);
        Ladder ladder = Ladder.of(call, d.messages());
        assertThat(ladder.columns()).containsExactly(
                new Ladder.Column("192.0.2.10:5060", "<script>alert(1)</script>"),
                new Ladder.Column("198.51.100.20:5060", "\"><svg onload=alert(5)>"));
        assertThat(ladder.arrows()).extracting(Ladder.Arrow::label).containsExactly("INVITE", "100 Trying",
                "503 <img src=x onerror=alert(4)>", "503 <img src=x onerror=alert(4)>", "ACK");
        assertThat(ladder.arrows()).extracting(Ladder.Arrow::retransmission)
                .containsExactly(false, false, false, true, false);
        assertThat(ladder.arrows()).extracting(Ladder.Arrow::from).containsExactly(0, 1, 1, 1, 0);
        assertThat(ladder.arrows()).extracting(a -> Ladder.relativeTime(a.relativeNanos()))
                .containsExactly("+0.000s", "+0.040s", "+0.120s", "+0.620s", "+0.622s");
        assertThat(ladder.hasRetransmissions()).isTrue();
    }

    @Test
    void messagesTheSecondPassDidNotKeepAreLeftOut(@TempDir Path dir) throws IOException {
        ReportData d = Captures.analyse(PcapFixture.write("/hostile/hostile-call.sip", dir), Locale.ENGLISH,
                digest -> List.of());
        assertThat(Ladder.of(d.result().calls().get(0), d.messages()).arrows()).isEmpty();
    }

    @Test
    void unknownTimesPrintNothing() {
        assertThat(Ladder.relativeTime(Payload.NO_TIME)).isEmpty();
        assertThat(Ladder.relativeTime(61_234_567_890L)).isEqualTo("+61.234s");
    }
}
