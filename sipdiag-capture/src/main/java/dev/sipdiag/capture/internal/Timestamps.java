package dev.sipdiag.capture.internal;

import dev.sipdiag.capture.Payload;

/** Arithmetic on capture timestamps that may be {@link Payload#NO_TIME}. */
final class Timestamps {
    private Timestamps() {
    }

    /** Nanoseconds from {@code earlier} to {@code later}; 0 when either is unknown or time went backwards. */
    static long elapsed(long earlier, long later) {
        if (earlier == Payload.NO_TIME || later == Payload.NO_TIME || later < earlier) {
            return 0;
        }
        return later - earlier;
    }
}
