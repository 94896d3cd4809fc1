package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.CaptureLimits;

import java.io.IOException;

/** Finding the next plausible record after damage, one byte at a time, within {@link CaptureLimits#MAX_RESYNC_SCAN}. */
final class Resync {
    private Resync() {
    }

    /** Whether a record plausibly starts at the input's current position (may look ahead with ensure). */
    interface Candidate {
        boolean test(ByteInput in) throws IOException;
    }

    /**
     * Moves forward from the current position (which is skipped) to the next position that passes the test.
     *
     * @return the bytes skipped; the input is then at the candidate, or at its end when none was found
     */
    static long scan(ByteInput in, Candidate candidate) throws IOException {
        long skipped = 0;
        while (in.ensure(1)) {
            in.advance(1);
            skipped++;
            if (skipped >= CaptureLimits.MAX_RESYNC_SCAN) {
                skipped += in.skip(Long.MAX_VALUE);
                return skipped;
            }
            if (in.ensure(1) && candidate.test(in)) {
                return skipped;
            }
        }
        return skipped;
    }
}
