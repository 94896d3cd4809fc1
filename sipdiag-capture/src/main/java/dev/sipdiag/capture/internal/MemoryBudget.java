package dev.sipdiag.capture.internal;

/** Bytes that buffers sharing one limit may hold together; they take before growing and give back after. */
final class MemoryBudget {
    private final long limit;
    private long used;

    MemoryBudget(long limit) {
        this.limit = limit;
    }

    /** Takes n bytes if they fit; false (nothing taken) when they do not. */
    boolean take(long n) {
        if (used + n > limit) {
            return false;
        }
        used += n;
        return true;
    }

    /** Takes n bytes that cannot be refused (bookkeeping smaller than the data it describes). */
    void force(long n) {
        used += n;
    }

    void give(long n) {
        used -= n;
    }
}
