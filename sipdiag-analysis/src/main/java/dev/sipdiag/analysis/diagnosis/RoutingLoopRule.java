package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A request going round in circles: 482 Loop Detected (RFC 3261 §21.4.20, §16.3 item 4), 483 Too Many Hops
 * (§21.4.21: Max-Forwards ran out, §16.6 item 3), shown with the path of Via sent-by values the request had
 * collected, and redirect loops, where a 3xx points back at a target the call already tried or the call was
 * redirected more than {@link #MAX_REDIRECTS} times. A routing or dial-plan mistake in a PBX or proxy.
 */
final class RoutingLoopRule implements Rule {
    /** Redirects in one call beyond which it is a loop, not a forward (RFC 3261 §8.1.3.4 asks UACs to limit them). */
    static final int MAX_REDIRECTS = 5;

    @Override
    public String id() {
        return "routing-loop";
    }

    @Override
    public Category category() {
        return Category.DEVICE;
    }

    @Override
    public List<String> textKeys() {
        return List.of("routing-loop.482.message", "routing-loop.482.fix", "routing-loop.483.message",
                "routing-loop.483.fix", "routing-loop.redirect.message", "routing-loop.redirect.fix");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        List<SipEvent> events = Evidence.events(ctx);
        for (SipEvent e : events) {
            if (e.response() && (e.status() == 482 || e.status() == 483) && !Evidence.retransmitted(ctx, e)) {
                SipEvent req = Evidence.requestOf(events, e);
                List<String> path = new ArrayList<>(e.viaPath());
                java.util.Collections.reverse(path); // Via lists the newest hop first; people read the path forwards
                out.add(Evidence.finding(ctx, this, id() + "." + e.status(), Severity.ERROR,
                        Evidence.indexes(req, e), Evidence.sender(e), e.label(), e.cseqMethod(),
                        path.isEmpty() ? "?" : String.join(" → ", path), path.size()));
                return;
            }
        }
        Set<String> tried = new HashSet<>();
        List<SipEvent> redirects = new ArrayList<>();
        for (SipEvent e : events) {
            if (e.request() && "INVITE".equals(e.method()) && e.toTag() == null && e.requestUri() != null) {
                tried.add(normal(e.requestUri()));
            } else if (e.response() && e.status() >= 300 && e.status() < 400 && !Evidence.retransmitted(ctx, e)) {
                redirects.add(e);
                boolean back = e.contact() != null && tried.contains(normal(e.contact()));
                if (back || redirects.size() > MAX_REDIRECTS) {
                    out.add(Evidence.finding(ctx, this, id() + ".redirect", Severity.ERROR,
                            Evidence.indexes(redirects), Evidence.sender(e), e.label(), "INVITE",
                            e.contact() == null ? "?" : e.contact(), redirects.size()));
                    return;
                }
            }
        }
    }

    private static String normal(String uri) {
        int semi = uri.indexOf(';');
        return (semi >= 0 ? uri.substring(0, semi) : uri).toLowerCase(java.util.Locale.ROOT);
    }
}
