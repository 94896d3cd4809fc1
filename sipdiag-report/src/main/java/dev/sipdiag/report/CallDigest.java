package dev.sipdiag.report;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.CallAnalyzer;
import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.Metrics;
import dev.sipdiag.analysis.Outcome;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.analysis.report.AnalysisJson;
import dev.sipdiag.analysis.report.Spool;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * What the shared reports (HTML, Markdown) need of the calls, gathered one call at a time as the analyser hands
 * them on, so that a report's memory does not grow with the capture: counts, the metrics' accumulator, 8 bytes a
 * listed call for the chart over time, the HTML table's rows in a {@link Spool} (on disk once past a megabyte),
 * and the calls the reports detail: at most {@link HtmlReport#MAX_LADDERS} worst first and
 * {@link MarkdownReport#MAX_CALLS} worth a look. Exchanges are kept whole: the analyser holds them to the end
 * anyway, and they are few.
 *
 * <pre>{@code
 * try (CallDigest digest = new CallDigest(labels, call -> true)) {
 *     CallAnalyzer analyzer = new CallAnalyzer(lang, digest::call, digest::exchange);
 *     ... analyzer.accept(event) for every message ...
 *     AnalysisResult result = analyzer.finish();
 *     new HtmlReport(labels).write(out, new ReportData(summary, result, digest, messages));
 * }
 * }</pre>
 */
public final class CallDigest implements AutoCloseable {
    /**
     * Worst first: by {@link CallOrder#rank}, then start time, then the order calls came; the same as a stable sort
     * by rank of the calls listed by start time.
     */
    private static final Comparator<Ranked> WORST_FIRST = Comparator.comparingInt(Ranked::rank)
            .thenComparingLong(Ranked::start).thenComparingLong(Ranked::seq);

    private final HtmlReport.RowWriter rowWriter;
    private final Predicate<Call> listed;
    private final Metrics.Accumulator metrics = new Metrics.Accumulator();
    private final Map<String, Integer> outcomes = AnalysisJson.outcomes(List.of());
    private final List<Exchange> exchanges = new ArrayList<>();
    private final Spool rows;
    private final Worst worst;
    private final Worst toLookAt;
    /** Start time (ms) * 2 + 1 if answered, of every listed call with a start time. */
    private long[] starts = new long[256];
    private int startCount;
    private int listedCount;
    private long worthALook;
    private long seq;

    /**
     * @param labels the HTML table's language, or null for a report without the table (Markdown)
     * @param listed which calls the report lists (all of them count in the summary and the metrics)
     */
    public CallDigest(Labels labels, Predicate<Call> listed) {
        this(labels, listed, HtmlReport.MAX_LADDERS, MarkdownReport.MAX_CALLS);
    }

    /** With other limits for {@link #worstFirst} and {@link #toLookAt} than the reports'. */
    CallDigest(Labels labels, Predicate<Call> listed, int maxWorstFirst, int maxToLookAt) {
        this.worst = new Worst(maxWorstFirst);
        this.toLookAt = new Worst(maxToLookAt);
        this.listed = listed;
        this.rowWriter = labels == null ? null : new HtmlReport.RowWriter(labels);
        this.rows = labels == null ? null : new Spool();
    }

    /** Takes the next call the analyser concluded. */
    public void call(Call c) {
        call(c, null);
    }

    /**
     * Takes the next call with the messages it was concluded from ({@link CallAnalyzer#withMessages}), kept while
     * the call is among those {@link #toLookAt} returns, so that the Markdown report needs no second pass.
     */
    public void call(Call c, List<SipEvent> messages) {
        metrics.add(c);
        if (!listed.test(c)) {
            return;
        }
        listedCount++;
        outcomes.merge(c.outcome().id(), 1, Integer::sum);
        if (c.startTime() >= 0) {
            if (startCount == starts.length) {
                starts = Arrays.copyOf(starts, startCount * 2);
            }
            starts[startCount++] = c.startTime() * 2 + (c.outcome() == Outcome.ANSWERED ? 1 : 0);
        }
        long n = seq++;
        Ranked r = new Ranked(c, CallOrder.rank(c), c.startTime(), n, null);
        worst.add(r);
        if (CallOrder.worthALook(c)) {
            worthALook++;
            toLookAt.add(messages == null ? r : new Ranked(c, r.rank(), r.start(), n, messages));
        }
        if (rows != null) {
            byte[] row = rowWriter.row(c).getBytes(StandardCharsets.UTF_8);
            rows.add(c.startTime(), ByteBuffer.allocate(Long.BYTES + row.length).putLong(n).put(row).array());
        }
    }

    /** Takes the next exchange the analyser concluded. */
    public void exchange(Exchange x) {
        metrics.add(x);
        exchanges.add(x);
    }

    /** Calls listed. */
    int listed() {
        return listedCount;
    }

    /** Listed calls by outcome id, every outcome in a fixed order (zeros included). */
    Map<String, Integer> outcomes() {
        return outcomes;
    }

    /** Listed calls that are worth a look ({@link CallOrder#worthALook}). */
    long worthALook() {
        return worthALook;
    }

    /** The first {@link HtmlReport#MAX_LADDERS} listed calls, worst first. */
    List<Call> worstFirst() {
        return worst.sorted().stream().map(Ranked::call).toList();
    }

    /** {@link #worstFirst} with each call's number in the order calls came (as the table rows have it). */
    List<Ranked> worstFirstRanked() {
        return worst.sorted();
    }

    /** The first {@link MarkdownReport#MAX_CALLS} listed calls worth a look, worst first. */
    List<Call> toLookAt() {
        return toLookAt.sorted().stream().map(Ranked::call).toList();
    }

    /**
     * The messages (without their text) of the calls {@link #toLookAt} returns, by input index, as a second pass
     * would collect them; empty when the calls came without their messages.
     */
    public Map<Integer, CapturedMessage> toLookAtMessages() {
        Map<Integer, CapturedMessage> m = new HashMap<>();
        for (Ranked r : toLookAt.sorted()) {
            if (r.messages() != null) {
                r.messages().forEach(e -> m.put(e.index(), new CapturedMessage(e, null)));
            }
        }
        return m;
    }

    /** The RFC 6076 metrics over every call and exchange. */
    Metrics metrics() {
        return metrics.metrics();
    }

    /** Every exchange, by start time (ties in the order they came). */
    List<Exchange> exchanges() {
        List<Exchange> sorted = new ArrayList<>(exchanges);
        sorted.sort(Comparator.comparingLong(Exchange::startTime));
        return sorted;
    }

    /** Start times (ms) * 2 + 1 if answered, of the listed calls that have one; {@link #startCount} are used. */
    long[] starts() {
        return starts;
    }

    int startCount() {
        return startCount;
    }

    /** Receives the HTML table's rows. */
    interface RowConsumer {
        void accept(long seq, String row) throws IOException;
    }

    /**
     * Hands on the HTML table's rows ({@link HtmlReport.RowWriter}) by start time, each with the number of its call in
     * the order calls came (as {@link Ranked#seq}).
     */
    void forEachRow(RowConsumer out) throws IOException {
        if (rows == null) {
            throw new IllegalStateException("this digest keeps no table rows (made without labels)");
        }
        rows.forEachSorted(r -> {
            ByteBuffer b = ByteBuffer.wrap(r);
            long n = b.getLong();
            out.accept(n, new String(r, Long.BYTES, r.length - Long.BYTES, StandardCharsets.UTF_8));
        });
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }

    /** A call with its place in {@link #WORST_FIRST}, and its messages when kept. */
    record Ranked(Call call, int rank, long start, long seq, List<SipEvent> messages) {
    }

    /** The first {@code limit} calls in {@link #WORST_FIRST} order, kept in a heap whose top is the last of them. */
    private static final class Worst {
        private final int limit;
        private final PriorityQueue<Ranked> heap;

        Worst(int limit) {
            this.limit = limit;
            this.heap = new PriorityQueue<>(WORST_FIRST.reversed());
        }

        void add(Ranked r) {
            heap.add(r);
            if (heap.size() > limit) {
                heap.poll();
            }
        }

        List<Ranked> sorted() {
            return heap.stream().sorted(WORST_FIRST).toList();
        }
    }
}
