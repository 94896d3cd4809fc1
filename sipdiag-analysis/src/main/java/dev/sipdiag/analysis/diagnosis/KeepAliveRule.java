package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * OPTIONS keep-alives (qualify pings, RFC 3261 §11): a PBX, proxy or phone asking a peer whether it is alive,
 * which keeps NAT bindings open and tells the server the peer is reachable. They are exchanges, not calls; the
 * finding says so, with how many pings and how quickly they were answered, so they are not mistaken for failed
 * calls. Informational; unanswered pings are {@link NoResponseRule}'s, scanners' probes {@link ScannerRule}'s.
 */
final class KeepAliveRule implements Rule {

    @Override
    public String id() {
        return "keepalive";
    }

    @Override
    public Category category() {
        return Category.NETWORK;
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        if (ctx.exchange() == null || !"OPTIONS".equals(ctx.exchange().method())) {
            return;
        }
        List<SipEvent> events = Evidence.events(ctx);
        if (ScannerRule.isScanner(events)) {
            return;
        }
        List<SipEvent> pings = new ArrayList<>();
        SipEvent answer = null;
        for (SipEvent e : events) {
            if (e.request() && !Evidence.retransmitted(ctx, e)) {
                pings.add(e);
            } else if (e.response() && e.status() >= 200 && answer == null) {
                answer = e;
            }
        }
        if (pings.isEmpty() || answer == null) {
            return;
        }
        SipEvent first = pings.get(0);
        out.add(Evidence.finding(ctx, this, id(), Severity.INFO, Evidence.indexes(first, answer),
                Evidence.sender(first), Evidence.sender(answer), pings.size(),
                Evidence.span(ctx, Evidence.requestOf(events, answer), answer), answer.label()));
    }
}
