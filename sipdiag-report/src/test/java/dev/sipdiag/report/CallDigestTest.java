package dev.sipdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.CallAnalyzer;
import dev.sipdiag.analysis.Metrics;
import dev.sipdiag.analysis.Outcome;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.analysis.SipEvents;
import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import dev.sipdiag.analysis.report.AnalysisJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The digest the shared reports stream calls into gives what the reports used to compute from the whole list of
 * calls: the same calls to detail in the same order (with limits far below the number of calls, so the bounded
 * choice is exercised), the same counts and metrics, and the table rows by start time, whatever order the calls
 * come in.
 */
class CallDigestTest {

    @ParameterizedTest(name = "{0}, listed: {1}")
    @CsvSource({
        "captures/mixed-udp-100calls.pcap, all",
        "captures/mixed-udp-100calls.pcap, failed",
        "captures/uas486-udp-20calls.pcap, all",
        "captures/kamailio-proxy-register-50calls.pcap, all",
        "corpus/pcap/pkts__cancel.pcap, all",
    })
    void digestAgreesWithTheWholeList(String capture, String which) throws IOException {
        List<Call> all = Captures.analyseAll(Captures.capture(capture), Locale.ENGLISH).result().calls();
        assertThat(all.stream().map(Call::startTime).distinct()).as("distinct start times: no ties to order")
                .hasSameSizeAs(all);
        Predicate<Call> listed = which.equals("all") ? c -> true : c -> c.outcome().isFailure();
        List<Call> shown = all.stream().filter(listed).toList();
        List<Call> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(42));

        int maxWorst = Math.max(1, shown.size() / 3);
        int maxLook = Math.max(1, shown.size() / 5);
        try (CallDigest d = new CallDigest(new Labels(Locale.ENGLISH), listed, maxWorst, maxLook)) {
            shuffled.forEach(d::call);

            // the order the reports detail calls in, from the whole list (which is by start time)
            List<Call> worst = shown.stream().sorted(Comparator.comparingInt(CallOrder::rank)).toList();
            assertThat(d.worstFirst()).containsExactlyElementsOf(worst.stream().limit(maxWorst).toList());
            assertThat(d.toLookAt()).containsExactlyElementsOf(
                    worst.stream().filter(CallOrder::worthALook).limit(maxLook).toList());
            assertThat(d.listed()).isEqualTo(shown.size());
            assertThat(d.worthALook()).isEqualTo(shown.stream().filter(CallOrder::worthALook).count());
            assertThat(d.outcomes()).containsExactlyEntriesOf(AnalysisJson.outcomes(shown));
            Metrics m = d.metrics();
            Metrics expected = Metrics.of(all, List.of());
            assertThat(m.ser()).isEqualTo(expected.ser());
            assertThat(m.asr()).isEqualTo(expected.asr());
            assertThat(m.srdSuccessMs().count()).isEqualTo(expected.srdSuccessMs().count());
            assertThat(m.srdSuccessMs().median()).isEqualTo(expected.srdSuccessMs().median());

            List<String> rowCallIds = new ArrayList<>();
            d.forEachRow((seq, row) -> rowCallIds.add(row.substring(row.lastIndexOf(",\"") + 2, row.lastIndexOf("\","))));
            assertThat(rowCallIds).containsExactlyElementsOf(shown.stream().map(Call::callId).toList());

            long answered = shown.stream().filter(c -> c.startTime() >= 0 && c.outcome() == Outcome.ANSWERED).count();
            long odd = 0;
            for (int i = 0; i < d.startCount(); i++) {
                odd += d.starts()[i] & 1;
            }
            assertThat(odd).as("answered calls in the chart data").isEqualTo(answered);
        }
    }

    /** The Markdown report's one pass: the messages kept with the calls to look at are what a second pass reads. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"captures/mixed-udp-100calls.pcap", "captures/kamailio-proxy-register-50calls.pcap",
        "corpus/pcap/pkts__cancel.pcap"})
    void messagesKeptWithTheCallsToLookAtAreThoseASecondPassCollects(String capture) throws IOException {
        String file = Captures.capture(capture).toString();
        try (CallDigest d = new CallDigest(null, c -> true, 7, 5)) {
            CallAnalyzer a = CallAnalyzer.withMessages(Locale.ENGLISH, d::call, d::exchange);
            new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, p -> {
                SipEvent e = SipEvents.of(p);
                if (e != null) {
                    a.accept(e);
                }
            }, problem -> { }).read(file);
            a.finish();
            MessageCollector second = MessageCollector.forCalls(d.toLookAt(), false);
            new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, second, problem -> { }).read(file);
            assertThat(d.toLookAtMessages()).isNotEmpty().isEqualTo(second.messages());
        }
    }
}
