package dev.sipdiag.sip.sdp;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sipdiag.sip.body.BodyParseMode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input for {@link SdpParser}: whatever the bytes, in either mode only {@link SdpParseException} may
 * escape, its position lies inside the input, and one input takes less than {@link #BUDGET}.
 *
 * <p>{@code mvn verify} runs the seeds in {@code SdpFuzzTestInputs/fuzzSdp} (copies of the conformance files) as
 * regression tests; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class SdpFuzzTest {

    /** The most time one input may take, both modes together. */
    static final Duration BUDGET = Duration.ofSeconds(1);

    @FuzzTest(maxDuration = "5m")
    void fuzzSdp(byte[] input) {
        long start = System.nanoTime();
        for (BodyParseMode mode : BodyParseMode.values()) {
            try {
                SessionDescription sd = SdpParser.parse(input, 0, input.length, mode);
                for (MediaDescription m : sd.media()) {
                    sd.effectiveConnection(m);
                    sd.codecs(m);
                    sd.isHold(m);
                    m.formats().forEach(m::fmtp);
                }
                sd.isHold();
                if (mode == BodyParseMode.STRICT) {
                    assertThat(sd.warnings()).isEmpty();
                }
                sd.warnings().forEach(w -> assertThat(w.offset()).isBetween(0, input.length));
            } catch (SdpParseException e) {
                assertThat(e.offset()).isBetween(0, input.length);
                assertThat(e.line()).isPositive();
                assertThat(e.column()).isPositive();
                if (mode == BodyParseMode.LENIENT) {
                    assertThat(e.problem().isLimit()).as("lenient mode throws only for limits").isTrue();
                }
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
    }
}
