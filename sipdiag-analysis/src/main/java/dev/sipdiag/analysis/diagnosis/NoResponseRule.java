package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.Outcome;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.analysis.Timers;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * No response at all: a request was sent (and, over UDP, retransmitted) and nothing came back from that hop, not
 * even 100 Trying. Over UDP the client retransmits at T1, 2*T1, ... until Timer B/F fires after 64*T1
 * (RFC 3261 §17.1.1.2, §17.1.2.2), so several copies of one request with no answer mean the packets were lost on
 * the way there or back: a firewall, a wrong address or port, or a host that is down.
 *
 * <p>Fires per unanswered client transaction (top Via branch + CSeq + method) that was sent at least
 * {@link #MIN_COPIES} times, or once and then left unanswered for Timer B/F before the capture ended. An error
 * when the whole call got no response; a warning when another hop or a later attempt did answer.
 */
final class NoResponseRule implements Rule {
    /** Copies of a request that show the sender was retransmitting: the original and one retransmission. */
    static final int MIN_COPIES = 2;

    @Override
    public String id() {
        return "no-response";
    }

    @Override
    public Category category() {
        return Category.NETWORK;
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        List<SipEvent> events = Evidence.events(ctx);
        Map<String, List<SipEvent>> sent = new LinkedHashMap<>();
        for (SipEvent e : events) {
            if (e.request() && e.method() != null && !"ACK".equals(e.method())) {
                sent.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
            }
        }
        for (SipEvent e : events) {
            if (e.response()) {
                sent.remove(e.branch() + '|' + e.cseq() + '|' + e.cseqMethod());
            }
        }
        // An unanswered keep-alive OPTIONS only says the peer is unreachable; nothing the user did failed.
        boolean wholeCallUnanswered = ctx.call() != null && ctx.call().outcome() == Outcome.NO_RESPONSE
                || ctx.exchange() != null && "no-response".equals(ctx.exchange().outcome())
                && !"OPTIONS".equals(ctx.exchange().method());
        for (List<SipEvent> copies : sent.values()) {
            SipEvent first = copies.get(0);
            SipEvent last = copies.get(copies.size() - 1);
            boolean timedOut = Evidence.seconds(first, ctx.captureEndNanos()) * 1e9 >= Timers.TIMER_B;
            if (copies.size() < MIN_COPIES && !timedOut) {
                continue;
            }
            Severity sev = wholeCallUnanswered ? Severity.ERROR : Severity.WARNING;
            boolean once = copies.size() == 1; // a reliable transport, or the capture saw one copy
            out.add(Evidence.finding(ctx, this, once ? id() + ".once" : id(), sev, Evidence.indexes(copies),
                    first.method(), Evidence.sender(first), Evidence.receiver(first), copies.size(),
                    once ? Evidence.seconds(first, ctx.captureEndNanos()) : Evidence.seconds(first, last),
                    first.transport()));
        }
    }

    @Override
    public List<String> textKeys() {
        return List.of("no-response.message", "no-response.fix", "no-response.once.message", "no-response.once.fix");
    }

    private static String key(SipEvent e) {
        return e.branch() + '|' + e.cseq() + '|' + e.method();
    }
}
