package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.List;

/**
 * Timer negotiation and glare. 422 Session Interval Too Small (RFC 4028 §6: the Session-Expires asked is below
 * the server's Min-SE), 423 Interval Too Brief (RFC 3261 §21.4.17: the Expires asked is below Min-Expires), both
 * with the values; and 491 Request Pending (RFC 3261 §14.2: both ends sent a re-INVITE at once). A client is meant
 * to retry with the larger value, or after a random wait for 491; when a later request of the same method
 * succeeded it did, and the finding is informational, else a warning.
 */
final class TimersRule implements Rule {

    @Override
    public String id() {
        return "timers";
    }

    @Override
    public Category category() {
        return Category.PROTOCOL;
    }

    @Override
    public List<String> textKeys() {
        return List.of("timers.422.message", "timers.422.fix", "timers.423.message", "timers.423.fix",
                "timers.491.message", "timers.491.fix", "timers.recovered");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        List<SipEvent> events = Evidence.events(ctx);
        for (SipEvent e : events) {
            if (!e.response() || e.status() != 422 && e.status() != 423 && e.status() != 491
                    || Evidence.retransmitted(ctx, e)) {
                continue;
            }
            SipEvent req = Evidence.requestOf(events, e);
            boolean recovered = succeededAfter(events, e);
            String key = id() + "." + e.status();
            String text = ctx.texts().get(key + ".message", Evidence.sender(e), e.label(), e.cseqMethod(),
                    req == null || req.interval() < 0 ? "-" : Integer.toString(req.interval()),
                    e.minInterval() < 0 ? "-" : Integer.toString(e.minInterval()),
                    req == null ? "?" : Evidence.sender(req));
            text += " " + (recovered ? ctx.texts().get("timers.recovered") : ctx.texts().get(key + ".fix"));
            out.add(new Finding(id(), category(), (recovered ? Severity.INFO : Severity.WARNING).id(), text,
                    Evidence.indexes(req, e)));
            return;
        }
    }

    private static boolean succeededAfter(List<SipEvent> events, SipEvent failure) {
        boolean after = false;
        for (SipEvent e : events) {
            if (e == failure) {
                after = true;
            } else if (after && e.response() && e.status() >= 200 && e.status() < 300
                    && e.cseqMethod() != null && e.cseqMethod().equals(failure.cseqMethod())) {
                return true;
            }
        }
        return false;
    }
}
