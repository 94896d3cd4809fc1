package dev.sipdiag.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {

    private static int naive(byte[] b, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return limit;
    }

    @Test
    void findsTheFirstLfAtEveryPositionAndAlignment() {
        for (int len = 0; len <= 40; len++) {
            for (int lf = -1; lf < len; lf++) {
                byte[] b = new byte[len];
                java.util.Arrays.fill(b, (byte) 'a');
                if (lf >= 0) {
                    b[lf] = '\n';
                }
                for (int from = 0; from <= len; from++) {
                    assertThat(Bytes.indexOfLf(b, from, len)).as("len %d lf %d from %d", len, lf, from)
                            .isEqualTo(naive(b, from, len));
                }
            }
        }
    }

    @Test
    void agreesWithANaiveSearchOnRandomBytes() {
        Random r = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[r.nextInt(64)];
            r.nextBytes(b);
            for (int i = 0; i < b.length; i++) {
                // bytes next to LF in value (0x0B, 0x09, 0x8A) are where a word trick could slip
                if (r.nextInt(4) == 0) {
                    b[i] = new byte[] {0x0A, 0x0B, 0x09, (byte) 0x8A, 0x0D, 0}[r.nextInt(6)];
                }
            }
            int from = b.length == 0 ? 0 : r.nextInt(b.length);
            int limit = from + r.nextInt(b.length - from + 1);
            assertThat(Bytes.indexOfLf(b, from, limit)).isEqualTo(naive(b, from, limit));
        }
    }
}
