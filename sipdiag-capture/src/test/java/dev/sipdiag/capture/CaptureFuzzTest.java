package dev.sipdiag.capture;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link CaptureReader} with whole files. Seeds are small real captures (CaptureFuzzTestInputs/, the pcapng
 * ones converted with {@code editcap -F pcapng}); in a normal build they run as regression tests, with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them. Nothing may escape: damage is reported as problems, and every frame
 * read is accounted for exactly once.
 */
class CaptureFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void pcapReader(byte[] file) {
        readWithoutEscape(file);
    }

    @FuzzTest(maxDuration = "60s")
    void pcapngReader(byte[] file) {
        readWithoutEscape(file);
    }

    private static void readWithoutEscape(byte[] file) {
        long[] delivered = {0};
        CaptureStats stats;
        try {
            stats = CaptureReader.read(new ByteArrayInputStream(file),
                    CaptureOptions.defaults().withFramers(TestFramer::new), p -> delivered[0]++);
        } catch (IOException e) {
            throw new AssertionError("a byte array cannot fail to read", e);
        }
        assertThat(stats.framesByOutcome().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(stats.frames());
        assertThat(stats.payloads()).isEqualTo(delivered[0]);
    }
}
