package dev.sipdiag.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands SIP events to a consumer on a second thread, in order, so that reading and parsing a capture (this
 * thread) overlaps with analysing it (the other). Events travel in batches of {@value #BATCH} through a queue of
 * at most {@value #QUEUE} batches, which bounds the memory in flight. The consumer sees every event exactly once,
 * in the order given; {@link #finish} waits for it and rethrows what it threw.
 */
public final class ParallelFeed implements Consumer<SipEvent> {
    /** Events per batch. */
    public static final int BATCH = 1024;
    /** Batches waiting at most. */
    public static final int QUEUE = 16;

    private static final List<SipEvent> END = List.of();

    private final BlockingQueue<List<SipEvent>> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread worker;
    private volatile Throwable failure;
    private List<SipEvent> batch = new ArrayList<>(BATCH);

    public ParallelFeed(Consumer<SipEvent> target) {
        worker = new Thread(() -> {
            try {
                while (true) {
                    List<SipEvent> b = queue.take();
                    if (b == END) {
                        return;
                    }
                    for (SipEvent e : b) {
                        target.accept(e);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                failure = t;
                queue.clear(); // unblock the producer; it sees the failure on its next put
            }
        }, "sipdiag-analysis");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void accept(SipEvent e) {
        batch.add(e);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Sends what is left, waits for the consumer to finish, and rethrows its failure. */
    public void finish() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>(0);
        }
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the analysis finished", e);
        }
        rethrow();
    }

    private void put(List<SipEvent> b) {
        rethrow();
        try {
            while (!queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!worker.isAlive()) {
                    throw new IllegalStateException("the analysis thread stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing on SIP messages", e);
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
