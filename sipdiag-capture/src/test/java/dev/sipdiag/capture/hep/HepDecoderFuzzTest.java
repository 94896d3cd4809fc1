package dev.sipdiag.capture.hep;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.Problem;
import dev.sipdiag.capture.Transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input for {@link HepDecoder} (as a UDP payload) and {@link HepStreamReader} (as a file): nothing may
 * escape, every problem points inside the input, and one input takes less than {@link #BUDGET}.
 *
 * <p>{@code mvn verify} runs the seeds in {@code HepDecoderFuzzTestInputs/fuzzHep} (real sngrep HEP3 packets,
 * crafted HEP2/HEP3, damaged ones) as regression tests; {@code JAZZER_FUZZ=1} fuzzes.
 */
class HepDecoderFuzzTest {
    /** The most time one input may take. */
    static final Duration BUDGET = Duration.ofSeconds(1);

    /* Load and warm the decoder and its message bundle once, so the budget does not time class loading. */
    static {
        byte[] damaged = {'H', 'E', 'P', '3', 0, 1};
        new HepDecoder().unwrap(new Payload(0, Transport.UDP, null, null, 0, 1, damaged, "", null), problem -> {
        });
    }

    @FuzzTest(maxDuration = "5m")
    void fuzzHep(byte[] input) throws IOException {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        Payload outer = new Payload(0, Transport.UDP, new Endpoint("192.0.2.1", 1), new Endpoint("192.0.2.2", 9060),
                0, 1, input, "eth/ip/udp", null);

        Payload inner = new HepDecoder().unwrap(outer, problems::add);

        if (inner != null) {
            assertThat(inner.data()).isNotNull();
            assertThat(inner.source().port()).isBetween(0, 0xffff);
            assertThat(inner.encapsulation()).startsWith("eth/ip/udp/hep");
        }
        for (Problem problem : problems) {
            assertThat(problem.byteOffset()).isBetween(0L, (long) input.length);
            assertThat(problem.message()).isNotBlank();
        }

        List<Problem> streamProblems = new ArrayList<>();
        new HepStreamReader().read(new ByteArrayInputStream(input), new PayloadSink() {
            @Override
            public void payload(Payload payload) {
                assertThat(payload.frameNumber()).isPositive();
            }

            @Override
            public void problem(Problem problem) {
                streamProblems.add(problem);
            }
        });
        for (Problem problem : streamProblems) {
            assertThat(problem.byteOffset()).isBetween(0L, (long) input.length);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
    }
}
