package dev.sipdiag.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.status.Category;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Extension sweeps across exchanges ({@link dev.sipdiag.analysis.diagnosis.Sweeps}). */
class SweepsTest {
    private static final Endpoint PROBE = new Endpoint("203.0.113.99", 5071);
    private static final Endpoint PBX = new Endpoint("198.51.100.1", 5060);

    /** One REGISTER per user, each its own Call-ID, {@code gapMs} apart, answered with {@code status}. */
    private static AnalysisResult registers(int users, long gapMs, int status, Locale lang) {
        CallAnalyzer a = new CallAnalyzer(lang);
        for (int i = 0; i < users; i++) {
            Flow f = new Flow("sweep-" + i).after(i * gapMs);
            String user = Integer.toString(100 + i);
            SipEvent reg = f.edit(f.request(PROBE, PBX, "REGISTER", 1, null), b -> {
                b.toUri = "sip:" + user + "@198.51.100.1";
                b.toUser = user;
                b.userAgent = "probe";
            });
            f.after(5).respond(reg, status, status == 200 ? "OK" : "Unauthorized", "t");
            f.events.forEach(a::accept);
        }
        return a.finish();
    }

    private static List<Finding> sweepFindings(AnalysisResult r) {
        return r.exchanges().stream().flatMap(x -> x.findings().stream()).filter(f -> f.rule().equals("sweep"))
                .toList();
    }

    @Test
    void manyUsersFromOneSourceWithinAMinuteIsASweep() {
        AnalysisResult r = registers(12, 200, 401, Locale.ENGLISH);
        assertThat(sweepFindings(r)).hasSize(12).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.category()).isEqualTo(Category.NETWORK);
        });
        assertThat(sweepFindings(r).get(0).message()).contains("203.0.113.99:5071", "REGISTER", "12 different users",
                "100, 101, 102, 103, 104", "198.51.100.1:5060", "2.2 s", "probe");
        assertThat(sweepFindings(registers(12, 200, 401, Locale.forLanguageTag("nl"))).get(0).message())
                .contains("12 verschillende gebruikers", "2,2 s");
    }

    @Test
    void fewUsersOrSlowOrSuccessfulRegistrationsAreNoSweep() {
        assertThat(sweepFindings(registers(7, 200, 401, Locale.ENGLISH))).isEmpty();
        assertThat(sweepFindings(registers(12, 10_000, 401, Locale.ENGLISH))).isEmpty();
        assertThat(sweepFindings(registers(12, 200, 200, Locale.ENGLISH))).as("a PBX registering its accounts")
                .isEmpty();
    }

    @Test
    void aFloodIsMarkedWholeWithBoundedEvidence() {
        // a scanner sends thousands of requests a minute: every exchange is marked, each finding cites a bounded
        // number of messages, and the work stays near-linear (the old window re-scan took minutes at this size)
        int users = 20_000;
        AnalysisResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> registers(users, 1, 401, Locale.ENGLISH));
        List<Finding> sweeps = sweepFindings(r);
        assertThat(sweeps).hasSize(users);
        assertThat(sweeps).allSatisfy(f -> assertThat(f.messages()).isNotEmpty().hasSizeLessThanOrEqualTo(20));
        assertThat(sweeps.get(users - 1).message()).contains("different users");
    }

    @Test
    void aSweepInTheMiddleOfALongCaptureIsMarkedWholeWhileExchangesStream() {
        // ten minutes of a PBX refreshing one account each second (answered, its own Call-ID each time), and at
        // minute five a probe sweeping 20 extensions in 10 s: exchanges are handed on in windows as the capture
        // goes, and the sweep must still be judged whole, with nothing else marked
        List<SipEvent> all = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Flow f = new Flow("refresh-" + i).after(i * 1000L);
            SipEvent reg = f.request(PBX, new Endpoint("198.51.100.9", 5060), "REGISTER", 1, null);
            f.after(20).respond(reg, 200, "OK", "r");
            all.addAll(f.events);
        }
        for (int i = 0; i < 20; i++) {
            Flow f = new Flow("probe-" + i).after(300_000L + i * 500L);
            String user = Integer.toString(100 + i);
            f.edit(f.request(PROBE, PBX, "OPTIONS", 1, null), b -> {
                b.toUri = "sip:" + user + "@198.51.100.1";
                b.toUser = user;
            });
            all.addAll(f.events);
        }
        all.sort(java.util.Comparator.comparingLong(SipEvent::timeNanos));
        List<Exchange> out = new java.util.ArrayList<>();
        CallAnalyzer a = new CallAnalyzer(Locale.ENGLISH, c -> { }, out::add);
        all.forEach(a::accept);
        int handedOnBeforeTheEnd = out.size();
        a.finish();
        assertThat(out).hasSize(620);
        assertThat(handedOnBeforeTheEnd).as("streamed, not held to the end").isGreaterThan(400);
        for (Exchange x : out) {
            boolean swept = x.findings().stream().anyMatch(f -> f.rule().equals("sweep"));
            assertThat(swept).as(x.callId()).isEqualTo(x.callId().startsWith("probe-"));
        }
    }
}
