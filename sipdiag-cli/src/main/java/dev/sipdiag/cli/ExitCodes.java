package dev.sipdiag.cli;

/**
 * The exit statuses of every sipdiag command: one documented contract (README, "Exit codes").
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** An internal error: a bug in sipdiag; the message says what happened. */
    public static final int INTERNAL = 1;
    /** Wrong usage: an unknown command or option, or an argument sipdiag does not accept. */
    public static final int USAGE = 2;
    /** The input was read but is not valid (e.g. {@code lint} found an invalid message). */
    public static final int INVALID_INPUT = 3;
    /** An input file could not be opened or read at all. */
    public static final int IO_ERROR = 4;
    /**
     * The input needs more memory than the heap limit allows, and nothing was written to standard output yet, so
     * running the same command again with a larger heap is safe; the launcher does that once by itself.
     */
    public static final int OUT_OF_MEMORY = 5;

    private ExitCodes() {
    }
}
