package dev.sipdiag.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress counter on stderr for long inputs, only when stderr is a terminal: it redraws at most
 * every {@value #INTERVAL_MS} ms and erases itself at the end, so redirected output stays clean.
 */
final class Progress implements AutoCloseable {
    /** Redraw interval. */
    static final long INTERVAL_MS = 250;
    /** Nothing is drawn for inputs read faster than this. */
    static final long QUIET_MS = 1000;

    private final AtomicLong count = new AtomicLong();
    private final Thread thread;
    private volatile boolean drawn;

    Progress(String what, boolean enabled) {
        if (!enabled) {
            thread = null;
            return;
        }
        PrintStream err = System.err;
        long start = System.currentTimeMillis();
        thread = Thread.ofVirtual().unstarted(() -> {
            try {
                Thread.sleep(QUIET_MS);
                while (true) {
                    long secs = (System.currentTimeMillis() - start) / 1000;
                    err.print("\r" + what + ": " + String.format("%,d", count.get()) + " SIP messages, " + secs + " s ");
                    err.flush();
                    drawn = true;
                    Thread.sleep(INTERVAL_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
    }

    void tick() {
        count.incrementAndGet();
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (drawn) {
                System.err.print("\r\u001b[K");
                System.err.flush();
            }
        }
    }

    static boolean stderrIsTerminal() {
        return Terminal.colour();
    }
}
