package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.Finding;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    static final long WINDOW_MS = 60_000;
    /** Users named in the finding as examples. */
    static final int SHOWN_TARGETS = 5;
    /** Text keys of the finding. */
    public static final List<String> TEXT_KEYS = List.of(ID + ".message", ID + ".fix");

    private Sweeps() {
    }

    /** The exchanges, those that belong to a sweep with the sweep finding added; order kept. */
    public static List<Exchange> mark(List<Exchange> exchanges, Texts texts) {
        Map<String, List<Exchange>> groups = new LinkedHashMap<>();
        for (Exchange x : exchanges) {
            if (("REGISTER".equals(x.method()) || "OPTIONS".equals(x.method())) && x.source() != null) {
                groups.computeIfAbsent(x.method() + '|' + ip(x.source()) + '|' + x.destination(),
                        k -> new ArrayList<>()).add(x);
            }
        }
        Map<Exchange, Finding> found = new IdentityHashMap<>();
        for (List<Exchange> g : groups.values()) {
            g.sort((a, b) -> Long.compare(a.startTime(), b.startTime()));
            int from = 0;
            for (int to = 0; to < g.size(); to++) {
                while (g.get(to).startTime() - g.get(from).startTime() > WINDOW_MS) {
                    from++;
                }
                List<Exchange> window = g.subList(from, to + 1);
                Set<String> users = users(window);
                if (users.size() >= MIN_TARGETS && !mostlyRegistered(window)) {
                    Finding f = finding(window, users, texts);
                    for (Exchange x : window) {
                        found.put(x, f);
                    }
                }
            }
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

    private static Finding finding(List<Exchange> window, Set<String> users, Texts texts) {
        Exchange first = window.get(0);
        Exchange last = window.get(window.size() - 1);
        List<String> sample = new ArrayList<>(users).subList(0, Math.min(SHOWN_TARGETS, users.size()));
        List<Integer> refs = new ArrayList<>();
        for (Exchange x : window) {
            if (!x.messages().isEmpty()) {
                refs.add(x.messages().get(0));
            }
        }
        Collections.sort(refs);
        Object[] args = {first.source(), first.method(),
                users.size(), String.join(", ", sample), first.destination(),
                Math.max(0, last.startTime() - first.startTime()) / 1000.0,
                first.userAgent() == null ? "-" : first.userAgent()};
        String text = texts.get(ID + ".message", args) + " " + texts.get(ID + ".fix", args);
        return new Finding(ID, Category.NETWORK, Severity.WARNING.id(), text, List.copyOf(refs));
    }

    private static Set<String> users(List<Exchange> window) {
        Set<String> users = new LinkedHashSet<>();
        for (Exchange x : window) {
            String u = DialledNumber.userOf(x.to());
            if (u != null) {
                users.add(u);
            }
        }
        return users;
    }

    private static boolean mostlyRegistered(List<Exchange> window) {
        int ok = 0;
        for (Exchange x : window) {
            if ("registered".equals(x.outcome())) {
                ok++;
            }
        }
        return ok * 2 > window.size();
    }

    /** The address of "ip:port" or "[v6]:port" without the port: a scanner may change ports. */
    private static String ip(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        return colon > 0 && endpoint.indexOf(':') == colon || endpoint.startsWith("[") && colon > 0
                ? endpoint.substring(0, colon) : endpoint;
    }
}
