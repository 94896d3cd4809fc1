package dev.sipdiag.analysis;

import dev.sipdiag.analysis.diagnosis.Diagnoser;
import dev.sipdiag.capture.Payload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Rebuilds calls and exchanges from a stream of SIP messages, in capture order.
 *
 * <p>Lifecycle:
 * <ol>
 *   <li>{@link #accept} each message: it joins the state of its Call-ID; transactions are matched and
 *       retransmissions detected (RFC 3261 §17.1.3, §17.2.3).</li>
 *   <li>Once a call has ended and been quiet for {@link Timers#LINGER} of capture time ({@link Timers#SETTLE} when
 *       every final response was acknowledged), it is concluded into a {@link Call} (outcome, timings, findings)
 *       and its messages are released.</li>
 *   <li>Once the input has shown an X-CID style header, a concluded call waits {@link #LINK_WINDOW_NANOS} more
 *       for B2BUA legs that name it ({@link Legs}); then, or at once when there are no such headers, it goes to
 *       the call sink.</li>
 *   <li>Exchanges (REGISTER, OPTIONS, ...) are held until {@link #finish}, which judges them together (scanner
 *       sweeps over many Call-IDs, retries under a new Call-ID) and hands them on; they are small.</li>
 *   <li>{@link #finish} concludes and hands on everything left.</li>
 * </ol>
 * Memory so follows the number of concurrent calls, not the length of the capture, as long as the sinks do not
 * keep what they get (the report writers spill to disk; {@link #CallAnalyzer()} collects, for small inputs and
 * tests).
 */
public final class CallAnalyzer {
    /** How many messages pass between sweeps for calls that can be released. */
    static final int SWEEP_EVERY = 4096;
    /**
     * Quiet time after a challenge (401, 407, 423, 494) before an exchange (no INVITE) is over and its Call-ID, if
     * it comes back, starts a new one: 2 × Timer F. Devices answer a challenge after up to tens of seconds (a
     * softphone in the test corpus waits 17 to 34 s), and that retry belongs to the same attempt. A request still
     * waiting goes after Timer F, an exchange with any other final answer after {@link Timers#SETTLE}.
     */
    static final long EXCHANGE_QUIET = 2 * Timers.TIMER_F;
    /** Messages after which a Call-ID without an INVITE that never goes quiet is cut into a new exchange. */
    static final int EXCHANGE_SPLIT_MESSAGES = 512;
    /** Capture time between sweeps, however few the messages: one second. */
    static final long SWEEP_INTERVAL_NANOS = 2 * Timers.T1;
    /** How long a concluded call waits for B2BUA legs linked to it before it is handed on: 2 × Timer D. */
    public static final long LINK_WINDOW_NANOS = 2 * Timers.LINGER;

    private final Map<String, CallState> open = new HashMap<>();
    private final Legs legs = new Legs();
    private final ExchangeWindow exchangeWindow;
    private final List<Call> collectedCalls;
    private final List<Exchange> collectedExchanges;
    /** Takes each call, with its messages when made {@link #withMessages} (else with an empty list). */
    private final BiConsumer<Call, List<SipEvent>> callSink;
    private final Consumer<Exchange> exchangeSink;
    /** {@link #withMessages} only: the messages of concluded calls not yet handed on, by index; else null. */
    private final Map<Integer, SipEvent> concludedMessages;
    private final Map<String, Integer> requestCounts = new TreeMap<>();
    private final Map<String, Integer> responseCounts = new TreeMap<>();
    private final Map<String, Map<String, Integer>> responsesByMethod = new TreeMap<>();
    private final CallConcluder concluder;
    /** The latest capture time seen (the end of the input so far). */
    private long now = Payload.NO_TIME;
    /**
     * The time of the latest message with one: what "quiet for so long" is measured against. Not the latest time
     * seen, because captures merged from several sources or with a clock jump go back in time; a call from an
     * earlier stretch is then judged by the time around it, not released the moment a later stamp went by.
     */
    private long clock = Payload.NO_TIME;
    private long firstTime = Payload.NO_TIME;
    private long lastSweep = Payload.NO_TIME;
    private int messages;
    private boolean correlated;
    private int callCount;
    private int exchangeCount;

    /** An analyzer that collects every call and exchange into its result, speaking English. */
    public CallAnalyzer() {
        this(Locale.ENGLISH);
    }

    /** An analyzer that collects every call and exchange into its result. */
    public CallAnalyzer(Locale language) {
        this(new CallConcluder(Diagnoser.standard(), language), null, null);
    }

    /**
     * A streaming analyzer: each call and exchange goes to its sink once concluded (calls in the order they
     * end, not the order they start); the result's lists stay empty.
     */
    public CallAnalyzer(Locale language, Consumer<Call> calls, Consumer<Exchange> exchanges) {
        this(new CallConcluder(Diagnoser.standard(), language), calls, exchanges);
    }

    /**
     * A streaming analyzer whose calls come with the messages they were concluded from (in the order of
     * {@link Call#messages()}), for sinks that draw each call as it comes; memory still follows the calls open at
     * the same time (and those waiting for B2BUA legs).
     */
    public static CallAnalyzer withMessages(Locale language, BiConsumer<Call, List<SipEvent>> calls,
                                            Consumer<Exchange> exchanges) {
        return new CallAnalyzer(new CallConcluder(Diagnoser.standard(), language), Objects.requireNonNull(calls), true,
                exchanges);
    }

    CallAnalyzer(CallConcluder concluder, Consumer<Call> calls, Consumer<Exchange> exchanges) {
        this(concluder, calls == null ? null : (c, messages) -> calls.accept(c), false, exchanges);
    }

    private CallAnalyzer(CallConcluder concluder, BiConsumer<Call, List<SipEvent>> calls, boolean withMessages,
                         Consumer<Exchange> exchanges) {
        this.concluder = concluder;
        this.exchangeWindow = new ExchangeWindow(concluder::acrossExchanges, this::emitExchange);
        this.concludedMessages = withMessages ? new HashMap<>() : null;
        if (calls == null) {
            collectedCalls = new ArrayList<>();
            collectedExchanges = new ArrayList<>();
            this.callSink = (c, messages) -> collectedCalls.add(c);
            this.exchangeSink = collectedExchanges::add;
        } else {
            collectedCalls = null;
            collectedExchanges = null;
            this.callSink = calls;
            this.exchangeSink = exchanges;
        }
    }

    /** Adds the next message. Messages must come in capture order. */
    public void accept(SipEvent e) {
        messages++;
        if (e.timeNanos() != Payload.NO_TIME) {
            clock = e.timeNanos();
            now = Math.max(now, clock);
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
        if (e.correlation() != null) {
            correlated = true;
        }
        String key = e.callId() == null ? "" : e.callId();
        CallState s = open.get(key);
        if (s != null && !s.isCall() && releasable(s)) {
            // the Call-ID of an exchange comes back after it was over (a registration refresh): that one is
            // concluded first, whether or not a sweep happened to run in between. (A call keeps its Call-ID: the
            // INVITE retried after a challenge may come much later and is still the same call.)
            open.remove(key);
            conclude(s);
            s = null;
        }
        if (s == null) {
            s = new CallState(key);
            open.put(key, s);
        }
        s.add(e);
        if (messages % SWEEP_EVERY == 0 || clock != Payload.NO_TIME
                && (lastSweep == Payload.NO_TIME || Math.abs(clock - lastSweep) > SWEEP_INTERVAL_NANOS)) {
            lastSweep = clock;
            sweep(false);
        }
    }

    /** Concludes every remaining call, hands everything on and returns the analysis. */
    public AnalysisResult finish() {
        clock = now; // what is left is judged at the end of the input
        sweep(true);
        legs.drain(Long.MAX_VALUE, this::emit);
        exchangeWindow.finish();
        List<Call> calls = List.of();
        List<Exchange> exchanges = List.of();
        if (collectedCalls != null) {
            collectedCalls.sort(Comparator.comparingLong(Call::startTime));
            collectedExchanges.sort(Comparator.comparingLong(Exchange::startTime));
            calls = List.copyOf(collectedCalls);
            exchanges = List.copyOf(collectedExchanges);
        }
        // sorted maps: the JSON contract lists counts in a stable order
        return new AnalysisResult(messages, Collections.unmodifiableMap(new TreeMap<>(requestCounts)),
                Collections.unmodifiableMap(new TreeMap<>(responseCounts)),
                Collections.unmodifiableMap(responsesByMethod), calls, exchanges, firstTime, now, callCount,
                exchangeCount);
    }

    private void sweep(boolean all) {
        for (Iterator<CallState> it = open.values().iterator(); it.hasNext(); ) {
            CallState s = it.next();
            // Calls go once quiet and over; exchanges (no INVITE) once quiet and not expecting a retry, so a
            // registration refreshed later on the same Call-ID is a new exchange. A Call-ID that never goes quiet
            // (pings on one Call-ID) is cut between transactions every few hundred messages.
            if (all || releasable(s)) {
                it.remove();
                conclude(s);
            }
        }
        if (!all && clock != Payload.NO_TIME) {
            legs.drain(clock - LINK_WINDOW_NANOS, this::emit);
            exchangeWindow.flush(clock);
        }
    }

    private boolean releasable(CallState s) {
        if (clock == Payload.NO_TIME || s.lastTime == Payload.NO_TIME) {
            return false;
        }
        long quiet = clock - s.lastTime;
        if (s.isCall()) {
            return s.ended() && quiet > (s.settled() ? Timers.SETTLE : Timers.LINGER);
        }
        return quiet > s.exchangeQuiet() || s.events.size() >= EXCHANGE_SPLIT_MESSAGES && quiet > 2 * Timers.T1;
    }

    private void conclude(CallState s) {
        if (s.isCall()) {
            Call c = concluder.diagnosed(s, clock);
            if (concludedMessages != null) {
                // a call's messages are all its state's (and, once linked, its legs'): emit takes each back
                s.events.forEach(e -> concludedMessages.put(e.index(), e));
            }
            if (correlated) {
                legs.add(c, s.lastTime == Payload.NO_TIME ? clock : s.lastTime);
            } else {
                // no B2BUA correlation header seen anywhere yet: nothing can link to this call, hand it on now
                emit(c);
            }
        } else {
            exchangeWindow.add(concluder.diagnosedExchanges(s, clock));
        }
    }

    private void emit(Call c) {
        callCount++;
        List<SipEvent> events = List.of();
        if (concludedMessages != null) {
            events = new ArrayList<>(c.messages().size());
            for (int i : c.messages()) {
                SipEvent e = concludedMessages.remove(i);
                if (e != null) {
                    events.add(e);
                }
            }
        }
        callSink.accept(c, events);
    }

    private void emitExchange(Exchange x) {
        exchangeCount++;
        exchangeSink.accept(x);
    }

    /** Number of calls and exchanges still held in memory (for tests of the streaming promise). */
    public int openStates() {
        return open.size() + legs.pending() + exchangeWindow.size();
    }
}
