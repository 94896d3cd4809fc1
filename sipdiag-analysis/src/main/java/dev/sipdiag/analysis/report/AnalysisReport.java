package dev.sipdiag.analysis.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sipdiag.analysis.AnalysisResult;
import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.Grouping;
import dev.sipdiag.analysis.InputSummary;
import dev.sipdiag.analysis.Metrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Builds a report while the analyzer streams calls and exchanges into it ({@link #call}, {@link #exchange}), then
 * writes it ({@link #write}). It keeps counts and metric accumulators for the whole input; the listed calls are
 * serialized as they come and kept in a {@link Spool} (or, for the text report, only the first
 * {@link AnalysisText#MAX_CALLS_SHOWN} by rank), so memory does not grow with the number of calls.
 */
public final class AnalysisReport implements AutoCloseable {

    /** Output formats this builder writes. */
    public enum Format { TEXT, JSON, CSV }

    private static final JsonFactory JSON = new JsonFactory();

    private final Format format;
    private final Locale lang;
    private final Grouping grouping;
    private final Predicate<Call> listCall;
    private final Predicate<Exchange> listExchange;
    private final boolean showAll;
    private final Map<String, Integer> outcomes = AnalysisJson.outcomes(List.of());
    private final Map<String, Integer> failures = new TreeMap<>();
    private final Metrics.Accumulator metrics = new Metrics.Accumulator();
    private final FindingDigest digest = new FindingDigest();
    private final Map<String, Metrics.Accumulator> groupMetrics = new TreeMap<>();
    private final Map<String, Map<String, Integer>> groupOutcomes = new TreeMap<>();
    private final Spool calls = new Spool();
    private final Spool exchanges = new Spool();
    private final PriorityQueue<Call> topCalls;
    private final List<Exchange> firstExchanges = new ArrayList<>();
    private int listedCalls;
    private int listedExchanges;

    /**
     * @param listCall     which calls to list (all are counted)
     * @param listExchange which exchanges to list
     * @param showAll      text: list every call rather than the first {@link AnalysisText#MAX_CALLS_SHOWN}
     */
    public AnalysisReport(Format format, Locale lang, Grouping grouping, Predicate<Call> listCall,
                          Predicate<Exchange> listExchange, boolean showAll) {
        this.format = format;
        this.lang = lang;
        this.grouping = grouping;
        this.listCall = listCall;
        this.listExchange = listExchange;
        this.showAll = showAll;
        this.topCalls = new PriorityQueue<>(AnalysisText.ORDER.reversed());
    }

    /** Sink for the analyzer's calls. */
    public void call(Call c) {
        outcomes.merge(c.outcome().id(), 1, Integer::sum);
        if (c.outcome().isFailure()) {
            failures.merge(AnalysisText.failureKey(c), 1, Integer::sum);
        }
        metrics.add(c);
        digest.add(c);
        if (grouping != null) {
            String k = grouping.keyOf(c);
            groupMetrics.computeIfAbsent(k, x -> new Metrics.Accumulator()).add(c);
            groupOutcomes.computeIfAbsent(k, x -> AnalysisJson.outcomes(List.of())).merge(c.outcome().id(), 1,
                    Integer::sum);
        }
        if (!listCall.test(c)) {
            return;
        }
        listedCalls++;
        switch (format) {
            case JSON -> calls.add(c.startTime(), json(g -> AnalysisJson.call(g, c)));
            case CSV -> calls.add(c.startTime(), CallCsv.row(c).getBytes(StandardCharsets.UTF_8));
            case TEXT -> {
                if (showAll) {
                    calls.add(AnalysisText.sortKey(c), text(c));
                } else {
                    topCalls.add(c);
                    if (topCalls.size() > AnalysisText.MAX_CALLS_SHOWN) {
                        topCalls.poll();
                    }
                }
            }
        }
    }

    /** Sink for the analyzer's exchanges. */
    public void exchange(Exchange x) {
        metrics.add(x);
        digest.add(x);
        if (!listExchange.test(x)) {
            return;
        }
        listedExchanges++;
        if (format == Format.JSON) {
            exchanges.add(x.startTime(), json(g -> AnalysisJson.exchange(g, x)));
        } else if (format == Format.TEXT && (showAll || firstExchanges.size() < AnalysisText.MAX_CALLS_SHOWN)) {
            firstExchanges.add(x);
        }
    }

    /**
     * Writes the report as UTF-8. JSON and CSV records were serialized when their call ended and go out as the
     * bytes they are; nothing is decoded to characters and encoded again.
     */
    public void write(OutputStream out, InputSummary input, AnalysisResult result) throws IOException {
        Metrics m = metrics.metrics();
        switch (format) {
            case JSON -> AnalysisJson.write(out, input, result, outcomes, digest, m, groups(), grouping, calls,
                    exchanges, lang.getLanguage());
            case CSV -> {
                out.write((CallCsv.HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
                calls.forEachSorted(out::write);
            }
            case TEXT -> {
                PrintWriter pw = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                AnalysisText t = new AnalysisText(lang);
                t.summary(pw, input, result, outcomes, digest, m, failures);
                if (showAll) {
                    t.callsHeading(pw, listedCalls);
                    pw.flush();
                    calls.forEachSorted(out::write);
                } else {
                    List<Call> shown = new ArrayList<>(topCalls);
                    shown.sort(AnalysisText.ORDER);
                    t.callsHeading(pw, listedCalls);
                    for (Call c : shown) {
                        t.call(pw, c);
                    }
                    if (listedCalls > shown.size()) {
                        t.more(pw, listedCalls - shown.size());
                    }
                }
                firstExchanges.sort(Comparator.comparingLong(Exchange::startTime));
                t.exchanges(pw, firstExchanges, listedExchanges);
                pw.flush();
            }
        }
        out.flush();
    }

    /** Per-group outcomes and metrics, by group key. */
    private Map<String, Map.Entry<Map<String, Integer>, Metrics>> groups() {
        Map<String, Map.Entry<Map<String, Integer>, Metrics>> out = new LinkedHashMap<>();
        groupMetrics.forEach((k, acc) -> out.put(k, Map.entry(groupOutcomes.get(k), acc.metrics())));
        return out;
    }

    private interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(JsonBody body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            // one line per call or exchange: small, and each record greps out whole
            try (JsonGenerator g = JSON.createGenerator(bytes)) {
                body.write(g);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] text(Call c) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        new AnalysisText(lang).call(pw, c);
        pw.flush();
        return sw.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        calls.close();
        exchanges.close();
    }
}
