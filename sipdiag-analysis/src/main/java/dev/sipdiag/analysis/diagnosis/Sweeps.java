package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.Finding;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Extension sweeps: one address sending REGISTER or OPTIONS for many different users to the same server within a
 * short time, each a separate exchange, as scanners (SIPVicious' svwar and the like) do to find accounts. Unlike
 * the per-call rules this one looks across exchanges, so it runs once over all of them when the analysis
 * finishes. A REGISTER sweep counts only when most of its registrations failed: a PBX registering many accounts
 * of its own at start-up succeeds. Every exchange of the sweep gets the finding (a warning: someone is probing).
 */
public final class Sweeps {
    /** The rule id. */
    public static final String ID = "sweep";
    /** Different users addressed from one source to one server within {@link #WINDOW_MS} that make a sweep. */
    static final int MIN_TARGETS = 8;
    /** The time window of a sweep: one minute. */
    public static final long WINDOW_MS = 60_000;
    /** Users named in the finding as examples. */
    static final int SHOWN_TARGETS = 5;
    /** Exchanges whose first message is cited as evidence: a sweep may hold thousands. */
    static final int EVIDENCE_EXCHANGES = 20;
    /** Text keys of the finding. */
    public static final List<String> TEXT_KEYS = List.of(ID + ".message", ID + ".fix");

    private Sweeps() {
    }

    /**
     * The exchanges, those that belong to a sweep with the sweep finding added; order kept. Each exchange gets the
     * finding of the latest qualifying window that holds it. Runs in O(n log n): the window's distinct users and
     * successful registrations are counted as it slides, and each exchange is assigned once (a scanner sends tens
     * of thousands of requests a minute; re-reading every window made that quadratic).
     */
    public static List<Exchange> mark(List<Exchange> exchanges, Texts texts) {
        return mark(exchanges, texts, x -> true);
    }

    /**
     * As {@link #mark(List, Texts)}, judging every exchange but writing findings only onto the {@code wanted} ones
     * (the rest are context, judged again later or already handed on).
     */
    public static List<Exchange> mark(List<Exchange> exchanges, Texts texts, Predicate<Exchange> wanted) {
        Map<String, List<Exchange>> groups = new LinkedHashMap<>();
        for (Exchange x : exchanges) {
            if (("REGISTER".equals(x.method()) || "OPTIONS".equals(x.method())) && x.source() != null) {
                groups.computeIfAbsent(x.method() + '|' + ip(x.source()) + '|' + x.destination(),
                        k -> new ArrayList<>()).add(x);
            }
        }
        Map<Exchange, Finding> found = new IdentityHashMap<>();
        for (List<Exchange> g : groups.values()) {
            markGroup(g, texts, wanted, found);
        }
        if (found.isEmpty()) {
            return exchanges;
        }
        List<Exchange> out = new ArrayList<>(exchanges.size());
        for (Exchange x : exchanges) {
            Finding f = found.get(x);
            if (f == null) {
                out.add(x);
            } else {
                List<Finding> fs = new ArrayList<>(x.findings());
                fs.add(f);
                out.add(x.withFindings(fs));
            }
        }
        return out;
    }

    private static void markGroup(List<Exchange> g, Texts texts, Predicate<Exchange> wanted,
                                  Map<Exchange, Finding> found) {
        g.sort((a, b) -> Long.compare(a.startTime(), b.startTime()));
        int n = g.size();
        int[] fromOf = new int[n];
        int[] distinctOf = new int[n];
        boolean[] qualifies = new boolean[n];
        Map<String, Integer> users = new HashMap<>();
        int registered = 0;
        int from = 0;
        for (int to = 0; to < n; to++) {
            Exchange x = g.get(to);
            String user = DialledNumber.userOf(x.to());
            if (user != null) {
                users.merge(user, 1, Integer::sum);
            }
            registered += "registered".equals(x.outcome()) ? 1 : 0;
            while (x.startTime() - g.get(from).startTime() > WINDOW_MS) {
                Exchange gone = g.get(from++);
                String goneUser = DialledNumber.userOf(gone.to());
                if (goneUser != null) {
                    users.computeIfPresent(goneUser, (k, c) -> c == 1 ? null : c - 1);
                }
                registered -= "registered".equals(gone.outcome()) ? 1 : 0;
            }
            int distinct = users.size();
            int size = to - from + 1;
            fromOf[to] = from;
            distinctOf[to] = distinct;
            qualifies[to] = distinct >= MIN_TARGETS && registered * 2 <= size;
        }
        // wantedBefore[i]: how many of the first i exchanges are wanted, to skip windows that write nothing
        int[] wantedBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            wantedBefore[i + 1] = wantedBefore[i] + (wanted.test(g.get(i)) ? 1 : 0);
        }
        // latest window first: each exchange takes the finding of the last qualifying window that holds it
        int low = n;
        for (int to = n - 1; to >= 0; to--) {
            if (!qualifies[to] || fromOf[to] >= low) {
                continue;
            }
            int a = fromOf[to];
            int b = Math.min(to, low - 1);
            low = a;
            if (wantedBefore[b + 1] == wantedBefore[a]) {
                continue;
            }
            Finding f = finding(g.subList(a, to + 1), distinctOf[to], texts);
            for (int i = a; i <= b; i++) {
                if (wanted.test(g.get(i))) {
                    found.put(g.get(i), f);
                }
            }
        }
    }

    /**
     * The finding of one sweep window: its size in users, the first {@link #SHOWN_TARGETS} users, and as evidence
     * the first message of its first {@link #EVIDENCE_EXCHANGES} exchanges.
     */
    private static Finding finding(List<Exchange> window, int distinctUsers, Texts texts) {
        Exchange first = window.get(0);
        Exchange last = window.get(window.size() - 1);
        Set<String> sample = new LinkedHashSet<>();
        for (int i = 0; i < window.size() && sample.size() < SHOWN_TARGETS; i++) {
            String u = DialledNumber.userOf(window.get(i).to());
            if (u != null) {
                sample.add(u);
            }
        }
        List<Integer> refs = new ArrayList<>();
        for (int i = 0; i < window.size() && refs.size() < EVIDENCE_EXCHANGES; i++) {
            if (!window.get(i).messages().isEmpty()) {
                refs.add(window.get(i).messages().get(0));
            }
        }
        Collections.sort(refs);
        Object[] args = {first.source(), first.method(),
                distinctUsers, String.join(", ", sample), first.destination(),
                Math.max(0, last.startTime() - first.startTime()) / 1000.0,
                first.userAgent() == null ? "-" : first.userAgent()};
        String text = texts.get(ID + ".message", args) + " " + texts.get(ID + ".fix", args);
        return new Finding(ID, Category.NETWORK, Severity.WARNING.id(), text, List.copyOf(refs));
    }

    /** The address of "ip:port" or "[v6]:port" without the port: a scanner may change ports. */
    private static String ip(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        return colon > 0 && endpoint.indexOf(':') == colon || endpoint.startsWith("[") && colon > 0
                ? endpoint.substring(0, colon) : endpoint;
    }
}
