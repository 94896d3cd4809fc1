package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What rules share: the messages a call or exchange consists of, how to name a hop, how long something took,
 * and how a finding is assembled from its texts. Package-private; every method is total (never throws on odd
 * input).
 */
final class Evidence {
    private Evidence() {
    }

    /**
     * The messages a rule looks at: all of the Call-ID for a call; for an exchange only those of its method (a
     * Call-ID may hold several exchanges, each diagnosed on its own).
     */
    static List<SipEvent> events(CallContext ctx) {
        if (ctx.exchange() == null) {
            return ctx.events();
        }
        List<SipEvent> out = new ArrayList<>();
        for (SipEvent e : ctx.events()) {
            if (ctx.exchange().method().equals(e.request() ? e.method() : e.cseqMethod())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether the message at this position of {@code ctx.events()} repeats an earlier one. */
    static boolean retransmitted(CallContext ctx, SipEvent e) {
        // the events are in capture order, so their input indexes ascend: find the position by binary search
        // (every rule asks this for most messages: no comparator, no boxing)
        List<SipEvent> events = ctx.events();
        int key = e.index();
        int lo = 0;
        int hi = events.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = events.get(mid).index();
            if (v < key) {
                lo = mid + 1;
            } else if (v > key) {
                hi = mid - 1;
            } else {
                return ctx.retransmitted().get(mid);
            }
        }
        return false;
    }

    /** "203.0.113.5:5060 (Asterisk 18.2)": an address and the software it announced, if any. */
    static String hop(Endpoint address, String agent) {
        String a = address == null ? "?" : address.toString();
        return agent == null || agent.isBlank() ? a : a + " (" + agent.strip() + ")";
    }

    /**
     * The sender of a message, with its User-Agent or Server. A request that already passed a proxy (more than one
     * Via) still carries its originator's User-Agent, which would misname the proxy, so only its address is given.
     */
    static String sender(SipEvent e) {
        return hop(e.source(), e.request() && e.viaCount() > 1 ? null : e.userAgent());
    }

    /** The receiver of a message (its software is only known from its own messages). */
    static String receiver(SipEvent e) {
        return e.destination() == null ? "?" : e.destination().toString();
    }

    /** The receiver of a request, named with the software it announced in any response to it. */
    static String answerer(List<SipEvent> events, SipEvent request) {
        for (SipEvent e : events) {
            if (e.response() && Objects.equals(e.source(), request.destination()) && e.userAgent() != null) {
                return hop(request.destination(), e.userAgent());
            }
        }
        return receiver(request);
    }

    /** Seconds between two messages (0 when a time is unknown), for MessageFormat's number patterns. */
    static double seconds(SipEvent from, SipEvent to) {
        if (from == null || to == null || from.timeNanos() == Payload.NO_TIME || to.timeNanos() == Payload.NO_TIME) {
            return 0;
        }
        return Math.max(0, to.timeNanos() - from.timeNanos()) / 1e9;
    }

    /** Seconds from a message to a moment in epoch nanoseconds. */
    static double seconds(SipEvent from, long toNanos) {
        if (from == null || from.timeNanos() == Payload.NO_TIME || toNanos == Payload.NO_TIME) {
            return 0;
        }
        return Math.max(0, toNanos - from.timeNanos()) / 1e9;
    }

    /**
     * "1.5 s" (in the texts' language) or, under a second, "12 ms" between two messages, or "?" when either is
     * missing or has no time: for texts where a made-up 0 would mislead.
     */
    static String span(CallContext ctx, SipEvent from, SipEvent to) {
        if (from == null || to == null || from.timeNanos() == Payload.NO_TIME || to.timeNanos() == Payload.NO_TIME) {
            return "?";
        }
        double s = seconds(from, to);
        return s < 1 ? Math.round(s * 1000) + " ms"
                : new java.text.MessageFormat("{0,number,#.#} s", ctx.texts().locale()).format(new Object[] {s});
    }

    /**
     * The request a response answers: the latest earlier request of the same CSeq and top Via branch. The
     * messages must be in capture order (ascending input index); the search walks back from the response, so the
     * usual neighbour is found at once.
     */
    static SipEvent requestOf(List<SipEvent> events, SipEvent response) {
        int pos = java.util.Collections.binarySearch(events, response,
                java.util.Comparator.comparingInt(SipEvent::index));
        for (int i = (pos >= 0 ? pos : -pos - 1) - 1; i >= 0; i--) {
            SipEvent e = events.get(i);
            if (e.request() && e.cseq() == response.cseq() && Objects.equals(e.method(), response.cseqMethod())
                    && Objects.equals(e.branch(), response.branch())) {
                return e;
            }
        }
        return null;
    }

    /**
     * The response that decided the call: the last final response to an INVITE with the call's final status, or
     * null.
     */
    static SipEvent decisive(CallContext ctx) {
        if (ctx.call() == null || ctx.call().finalStatus() == null) {
            return null;
        }
        int st = ctx.call().finalStatus();
        SipEvent found = null;
        for (int i = 0; i < ctx.events().size(); i++) {
            SipEvent e = ctx.events().get(i);
            if (e.response() && e.status() == st && "INVITE".equals(e.cseqMethod()) && !ctx.retransmitted().get(i)) {
                found = e;
            }
        }
        return found;
    }

    /** The first INVITE of the call (no To tag), or null. */
    static SipEvent firstInvite(List<SipEvent> events) {
        for (SipEvent e : events) {
            if (e.request() && "INVITE".equals(e.method()) && e.toTag() == null) {
                return e;
            }
        }
        return null;
    }

    /** The indexes of some messages, in the order given. */
    static List<Integer> indexes(SipEvent... events) {
        List<Integer> out = new ArrayList<>(events.length);
        for (SipEvent e : events) {
            if (e != null && !out.contains(e.index())) {
                out.add(e.index());
            }
        }
        return List.copyOf(out);
    }

    /** The indexes of some messages. */
    static List<Integer> indexes(List<SipEvent> events) {
        return indexes(events.toArray(SipEvent[]::new));
    }

    /**
     * A finding whose text is {@code KEY.message} followed by {@code KEY.fix}, both formatted with the same
     * arguments; {@code key} is the rule id or "id.variant".
     */
    static Finding finding(CallContext ctx, Rule rule, String key, Severity severity, List<Integer> messages,
                           Object... args) {
        String text = ctx.texts().get(key + ".message", args) + " " + ctx.texts().get(key + ".fix", args);
        return new Finding(rule.id(), rule.category(), severity.id(), text, messages);
    }
}
