package dev.sipdiag.analysis;

import dev.sipdiag.analysis.diagnosis.Diagnoser;
import dev.sipdiag.capture.Payload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds calls and exchanges from a stream of SIP messages, in capture order.
 *
 * <p>Lifecycle: {@link #accept} each message; the analyzer groups them by Call-ID, matches transactions and
 * detects retransmissions (RFC 3261 §17.1.3, §17.2.3), and once a call has been quiet for {@link Timers#LINGER}
 * after it ended (or after the capture clock moved on that far), it is concluded into a {@link Call} and its
 * state released, so memory follows the number of concurrent calls; {@link #finish} concludes the rest.
 */
public final class CallAnalyzer {
    /** How many messages pass between sweeps for calls that can be released. */
    static final int SWEEP_EVERY = 4096;

    private final Map<String, CallState> open = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final Map<String, Integer> requestCounts = new TreeMap<>();
    private final Map<String, Integer> responseCounts = new TreeMap<>();
    private final Map<String, Map<String, Integer>> responsesByMethod = new TreeMap<>();
    private final CallConcluder concluder;
    private long now = Payload.NO_TIME;
    private long firstTime = Payload.NO_TIME;
    private int messages;

    /** An analyzer with sipdiag's diagnosis rules, speaking English. */
    public CallAnalyzer() {
        this(Locale.ENGLISH);
    }

    /** An analyzer with sipdiag's diagnosis rules, whose findings speak the given language. */
    public CallAnalyzer(Locale language) {
        this(new CallConcluder(Diagnoser.standard(), language));
    }

    CallAnalyzer(CallConcluder concluder) {
        this.concluder = concluder;
    }

    /** Adds the next message. Messages must come in capture order. */
    public void accept(SipEvent e) {
        messages++;
        if (e.timeNanos() != Payload.NO_TIME) {
            now = Math.max(now, e.timeNanos());
            if (firstTime == Payload.NO_TIME) {
                firstTime = e.timeNanos();
            }
        }
        if (e.request()) {
            requestCounts.merge(e.method(), 1, Integer::sum);
        } else {
            String code = Integer.toString(e.status());
            responseCounts.merge(code, 1, Integer::sum);
            responsesByMethod.computeIfAbsent(e.cseqMethod() == null ? "?" : e.cseqMethod(), k -> new TreeMap<>())
                    .merge(code, 1, Integer::sum);
        }
        String key = e.callId() == null ? "" : e.callId();
        open.computeIfAbsent(key, CallState::new).add(e);
        if (messages % SWEEP_EVERY == 0) {
            sweep(false);
        }
    }

    /** Concludes every remaining call and returns the analysis. */
    public AnalysisResult finish() {
        sweep(true);
        List<Call> linked = Legs.link(calls);
        linked.sort(Comparator.comparingLong(Call::startTime));
        exchanges.sort(Comparator.comparingLong(Exchange::startTime));
        List<Exchange> marked = concluder.acrossExchanges(exchanges); // judged together, once, at the end
        return new AnalysisResult(messages, Map.copyOf(new LinkedHashMap<>(requestCounts)),
                Map.copyOf(responseCounts), responsesByMethod, linked, List.copyOf(marked),
                firstTime, now);
    }

    private void sweep(boolean all) {
        for (Iterator<CallState> it = open.values().iterator(); it.hasNext(); ) {
            CallState s = it.next();
            if (all || (now != Payload.NO_TIME && s.lastTime != Payload.NO_TIME
                    && now - s.lastTime > Timers.LINGER && s.ended())) {
                it.remove();
                conclude(s, all);
            }
        }
    }

    private void conclude(CallState s, boolean atEnd) {
        if (s.isCall()) {
            calls.add(concluder.diagnosed(s, now));
        } else {
            exchanges.addAll(concluder.diagnosedExchanges(s, now));
        }
    }

    /** Number of calls and exchanges still held in memory (for tests of the streaming promise). */
    public int openStates() {
        return open.size();
    }
}
