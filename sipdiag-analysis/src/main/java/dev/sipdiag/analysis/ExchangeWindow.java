package dev.sipdiag.analysis;

import dev.sipdiag.analysis.diagnosis.CrossCallIdRetries;
import dev.sipdiag.analysis.diagnosis.Sweeps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Concluded exchanges on their way out. Some judgements look across exchanges (an extension sweep, a challenge
 * retried under another Call-ID), but only within {@link #CONTEXT_MS} of capture time, so an exchange can go once
 * everything that started that close to it has been concluded: {@link CallAnalyzer#EXCHANGE_QUIET} plus the context
 * after its start. Exchanges already handed on stay as context for their later neighbours, then are dropped, so
 * memory follows the exchanges of the last few minutes, not the capture's length (a scanner sends hundreds of
 * thousands of OPTIONS in a night). An exchange concluded later than that (a Call-ID busy for minutes) is judged
 * with the context still held.
 */
final class ExchangeWindow {
    /** How far apart in capture time two exchanges can be and still be judged together. */
    static final long CONTEXT_MS = Math.max(Sweeps.WINDOW_MS, CrossCallIdRetries.RETRY_WINDOW_MS);
    /**
     * Capture time between hand-overs. The cross-exchange judgement reruns over what is held each time (context
     * and waiting, a few minutes of exchanges), so not at every sweep; often enough that little waits long.
     */
    static final long FLUSH_INTERVAL_MS = 30_000;
    private static final long QUIET_MS = CallAnalyzer.EXCHANGE_QUIET / 1_000_000L;

    private final BiFunction<List<Exchange>, Predicate<Exchange>, List<Exchange>> judge;
    private final Consumer<Exchange> sink;
    private List<Exchange> pending = new ArrayList<>();
    private List<Exchange> context = new ArrayList<>();
    private long lastFlushMs = Long.MIN_VALUE;

    /**
     * @param judge the cross-exchange judgement: the same exchanges, in the same order, findings updated on those
     *              the predicate wants (the ones handed on now)
     * @param sink  receives each exchange once judged
     */
    ExchangeWindow(BiFunction<List<Exchange>, Predicate<Exchange>, List<Exchange>> judge, Consumer<Exchange> sink) {
        this.judge = judge;
        this.sink = sink;
    }

    void add(List<Exchange> concluded) {
        pending.addAll(concluded);
    }

    /** Exchanges held (waiting or kept as context). */
    int size() {
        return pending.size() + context.size();
    }

    /** Hands on the exchanges whose neighbourhood is complete at capture time {@code nowNanos}. */
    void flush(long nowNanos) {
        long nowMs = nowNanos / 1_000_000L;
        if (pending.isEmpty() || lastFlushMs != Long.MIN_VALUE && Math.abs(nowMs - lastFlushMs) < FLUSH_INTERVAL_MS) {
            return;
        }
        lastFlushMs = nowMs;
        handOn(nowMs - QUIET_MS - CONTEXT_MS);
    }

    /** Hands on everything (the input has ended). */
    void finish() {
        handOn(Long.MAX_VALUE);
        context.clear();
    }

    /** Judges what is held and hands on the waiting exchanges that started before {@code threshold}. */
    private void handOn(long threshold) {
        if (pending.isEmpty()) {
            return;
        }
        List<Exchange> held = new ArrayList<>(context.size() + pending.size());
        held.addAll(context);
        held.addAll(pending);
        held.sort(Comparator.comparingLong(Exchange::startTime));
        Set<Exchange> waiting = Collections.newSetFromMap(new IdentityHashMap<>());
        waiting.addAll(pending);
        List<Exchange> judged = judge.apply(held, x -> x.startTime() < threshold && waiting.contains(x));
        List<Exchange> stillPending = new ArrayList<>();
        List<Exchange> keep = new ArrayList<>();
        long dropBefore = threshold == Long.MAX_VALUE ? Long.MAX_VALUE : threshold - CONTEXT_MS;
        for (int i = 0; i < held.size(); i++) {
            Exchange x = held.get(i);
            if (waiting.contains(x)) {
                if (x.startTime() < threshold) {
                    sink.accept(judged.get(i));
                } else {
                    stillPending.add(x);
                    continue;
                }
            }
            if (x.startTime() >= dropBefore) {
                keep.add(x);
            }
        }
        pending = stillPending;
        context = keep;
    }
}
