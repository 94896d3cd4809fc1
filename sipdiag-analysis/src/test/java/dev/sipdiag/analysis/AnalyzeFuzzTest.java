package dev.sipdiag.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import dev.sipdiag.analysis.input.UnreadableInputException;
import dev.sipdiag.analysis.report.AnalysisReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The whole of {@code sipdiag analyze} on hostile input: capture reading, TCP framing by the SIP framer, parsing,
 * events, the analyzer with its diagnosis rules (handing each call on with its messages), and the JSON report. Nothing may escape but the one documented
 * refusal (an input that is no capture or log at all), and one input takes less than {@link #BUDGET}. The
 * capture-level fuzz test runs a stand-in framer; only this one puts the SIP framer inside TCP reassembly, where
 * a Content-Length over the limit once ended the run.
 *
 * <p>Seeds: small captures and text logs in {@code AnalyzeFuzzTestInputs/analyzeCapture/} (copies of the capture
 * and log fuzz seeds).
 * {@code mvn verify} runs them as regression tests; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class AnalyzeFuzzTest {
    static final Duration BUDGET = Duration.ofSeconds(2);
    private static final OutputStream NOWHERE = OutputStream.nullOutputStream();
    private static Path file;

    @FuzzTest(maxDuration = "5m")
    void analyzeCapture(byte[] input) throws IOException {
        if (file == null) {
            file = Files.createTempFile("sipdiag-fuzz", ".pcap");
            file.toFile().deleteOnExit();
        }
        Files.write(file, input);
        long start = System.nanoTime();
        try (AnalysisReport report = new AnalysisReport(AnalysisReport.Format.JSON, Locale.ENGLISH, null,
                c -> true, x -> true, true)) {
            // with each call's messages (as ladder and the Markdown report take them): they must be the call's own
            CallAnalyzer analyzer = CallAnalyzer.withMessages(Locale.ENGLISH, (c, messages) -> {
                assertThat(messages).extracting(SipEvent::index).containsExactlyElementsOf(c.messages());
                report.call(c);
            }, report::exchange);
            SipInput in = new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, p -> {
                SipEvent e = SipEvents.of(p);
                if (e != null) {
                    analyzer.accept(e);
                }
            }, problem -> { });
            try {
                in.read(file.toString());
            } catch (UnreadableInputException e) {
                return; // not a capture or a log: the CLI says so and exits with an I/O error
            }
            AnalysisResult r = analyzer.finish();
            report.write(NOWHERE, in.summary(), r);
            assertThat((long) r.messages()).isLessThanOrEqualTo(in.summary().sipMessages());
        } catch (UncheckedIOException e) {
            throw new AssertionError("writing to a null stream cannot fail", e);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
    }
}
