package dev.sipdiag.analysis;

/** RFC 3261 Appendix A timers the analysis relies on, in nanoseconds. */
public final class Timers {
    /** T1, the round-trip estimate: 500 ms. */
    public static final long T1 = 500_000_000L;
    /** Timer B, INVITE transaction timeout: 64*T1 = 32 s. */
    public static final long TIMER_B = 64 * T1;
    /** Timer F, non-INVITE transaction timeout: 64*T1 = 32 s. */
    public static final long TIMER_F = 64 * T1;
    /**
     * How long after its last message a finished call's state is kept (for late retransmissions and ACKs)
     * before it is released: Timer D's 32 s for UDP.
     */
    public static final long LINGER = 64 * T1;

    /**
     * How long after its last message a call that is over and fully acknowledged is kept: T2 (4 s), the longest
     * gap between retransmissions, so a retransmission still in flight finds its call.
     */
    public static final long SETTLE = 8 * T1;

    private Timers() {
    }
}
