package dev.sipdiag.sip.body;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input for {@link MediaType#parse} and {@link MultipartParser}. An input is a Content-Type value, a LF,
 * then the body; only {@link MimeParseException} may escape and one input takes less than {@link #BUDGET}.
 *
 * <p>{@code mvn verify} runs the seeds in {@code MultipartFuzzTestInputs/fuzzMultipart} (the conformance bodies
 * with their Content-Type) as regression tests; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class MultipartFuzzTest {

    /** The most time one input may take. */
    static final Duration BUDGET = Duration.ofSeconds(1);

    /** Used when the input's Content-Type line does not parse or is not multipart. */
    private static final MediaType FALLBACK = new MediaType("multipart", "mixed",
            java.util.Map.of("boundary", "unique-boundary-1"));

    @FuzzTest(maxDuration = "5m")
    void fuzzMultipart(byte[] input) {
        long start = System.nanoTime();
        int lf = 0;
        while (lf < input.length && input[lf] != '\n') {
            lf++;
        }
        MediaType type = FALLBACK;
        try {
            MediaType t = MediaType.parse(new String(input, 0, lf, StandardCharsets.ISO_8859_1));
            if (t.isMultipart()) {
                type = t;
            }
        } catch (MimeParseException e) {
            assertThat(e.column()).isPositive();
        }
        int bodyStart = Math.min(lf + 1, input.length);
        for (BodyParseMode mode : BodyParseMode.values()) {
            try {
                MultipartBody body = MultipartParser.parse(input, bodyStart, input.length - bodyStart, type, mode);
                body.findSdp();
                for (BodyPart p : body.leaves()) {
                    assertThat(p.offset()).isBetween(0, input.length - bodyStart);
                }
            } catch (MimeParseException e) {
                assertThat(e.offset()).isBetween(0, input.length - bodyStart);
                if (mode == BodyParseMode.LENIENT) {
                    assertThat(e.problem().isLimit()).as("lenient mode throws only for limits").isTrue();
                }
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
    }
}
