package dev.sipdiag.capture.log;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input for every text log format and for {@link LogFormats#detect}: only {@link IOException} is
 * declared and none can come from a byte array, so nothing may escape; every payload is a SIP message with
 * CRLF endings, every problem names a line in the input, the stats add up, and one input takes less than
 * {@link #BUDGET}.
 *
 * <p>{@code mvn verify} runs the seeds in {@code LogFormatsFuzzTestInputs/fuzzLogs} (the samples of
 * src/test/resources/logs) as regression tests; {@code JAZZER_FUZZ=1} fuzzes.
 */
class LogFormatsFuzzTest {
    /** The most time one input may take. */
    static final Duration BUDGET = Duration.ofSeconds(1);

    /*
     * Load, instrument and warm every class and message bundle once before the first input is timed, so the
     * budget measures the reading, not the class loading of a cold JVM on a busy machine.
     */
    static {
        byte[] warmUp = ("[Nov 29 10:11:12] x: <--- Received SIP request (9 bytes) from UDP:192.0.2.1:5060 --->\n"
                + "SIP/2.0 200 OK\nContent-Length: 9\n\nv=0\n").getBytes(StandardCharsets.ISO_8859_1);
        for (LineLogFormat format : LogFormats.all()) {
            try {
                format.scan(new ByteArrayInputStream(warmUp), new PayloadSink() {
                    @Override
                    public void payload(Payload payload) {
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void fuzzLogs(byte[] input) throws IOException {
        long start = System.nanoTime();
        LogFormats.detect(input, input.length);
        long lines = 1;
        for (byte b : input) {
            if (b == '\n') {
                lines++;
            }
        }
        long lastLine = lines;
        for (LineLogFormat format : LogFormats.all()) {
            format.sniff(input, input.length);
            long[] counted = new long[2];
            LogStats stats = format.scan(new ByteArrayInputStream(input), new PayloadSink() {
                @Override
                public void payload(Payload payload) {
                    counted[0]++;
                    String text = new String(payload.data(), StandardCharsets.ISO_8859_1);
                    assertThat(text).contains("\r\n");
                    assertThat(SipFraming.isStartLine(text.substring(0, text.indexOf("\r\n")))).isTrue();
                    assertThat(payload.frameNumber()).isBetween(1L, lastLine);
                }

                @Override
                public void problem(Problem problem) {
                    counted[1]++;
                    assertThat(problem.frameNumber()).isBetween(1L, lastLine);
                    assertThat(problem.byteOffset()).isBetween(0L, (long) input.length);
                }
            });
            assertThat(stats.messages()).isEqualTo(counted[0]);
            assertThat(stats.problems()).isEqualTo(counted[1]);
            assertThat(stats.noiseLines()).isBetween(0L, lines);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
    }
}
