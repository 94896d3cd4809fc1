package dev.sipdiag.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands items (parsed SIP messages) to a consumer on a second thread, in order, so that reading and parsing a capture (this
 * thread) overlaps with analysing it (the other). Items travel in batches of {@value #BATCH} through a queue of
 * at most {@value #QUEUE} batches, which bounds the memory in flight. The consumer sees every item exactly once,
 * in the order given; {@link #finish} waits for it and rethrows what it threw.
 */
public final class ParallelFeed<T> implements Consumer<T> {
    /** Items per batch. */
    public static final int BATCH = 256;
    /** Batches waiting at most. */
    public static final int QUEUE = 8;

    private final List<T> end = new ArrayList<>(0);

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread worker;
    private volatile Throwable failure;
    private List<T> batch = new ArrayList<>(BATCH);

    public ParallelFeed(Consumer<T> target) {
        worker = new Thread(() -> {
            try {
                while (true) {
                    List<T> b = queue.take();
                    if (b == end) {
                        return;
                    }
                    for (T e : b) {
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
    public void accept(T e) {
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
        put(end);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the analysis finished", e);
        }
        rethrow();
    }

    private void put(List<T> b) {
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
