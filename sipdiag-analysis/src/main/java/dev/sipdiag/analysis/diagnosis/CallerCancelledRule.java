package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.Outcome;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.List;

/**
 * The caller hung up before the answer: a CANCEL (RFC 3261 §9) and the 487 Request Terminated it caused, or a
 * CANCEL that crossed the 2xx. Not an error; it says how long the caller waited and whether it was ringing.
 * Category {@link Category#CALLEE}: the users' own choice, not a fault.
 */
final class CallerCancelledRule implements Rule {

    @Override
    public String id() {
        return "caller-cancelled";
    }

    @Override
    public Category category() {
        return Category.CALLEE;
    }

    @Override
    public List<String> textKeys() {
        return List.of("caller-cancelled.message", "caller-cancelled.fix", "caller-cancelled.ringing.message",
                "caller-cancelled.ringing.fix");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        if (ctx.call() == null || ctx.call().outcome() != Outcome.CANCELLED) {
            return;
        }
        SipEvent inv = Evidence.firstInvite(ctx.events());
        SipEvent cancel = null;
        SipEvent ringing = null;
        for (SipEvent e : ctx.events()) {
            if (cancel == null && e.request() && "CANCEL".equals(e.method())) {
                cancel = e;
            }
            if (ringing == null && e.response() && "INVITE".equals(e.cseqMethod()) && e.status() >= 180
                    && e.status() <= 183) {
                ringing = e;
            }
        }
        if (cancel == null) {
            return;
        }
        SipEvent resp = Evidence.decisive(ctx);
        boolean rang = ringing != null && ringing.timeNanos() <= cancel.timeNanos();
        out.add(Evidence.finding(ctx, this, rang ? id() + ".ringing" : id(), Severity.INFO,
                Evidence.indexes(inv, ringing, cancel, resp), Evidence.sender(cancel), Evidence.seconds(inv, cancel),
                rang ? Evidence.seconds(ringing, cancel) : 0, resp == null ? "-" : resp.label()));
    }
}
