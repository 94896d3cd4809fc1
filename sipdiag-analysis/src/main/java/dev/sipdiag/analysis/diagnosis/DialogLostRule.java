package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.List;

/**
 * 481 Call/Transaction Does Not Exist (RFC 3261 §21.4.19) to a request inside a dialog: the other end no longer
 * knows the call. To a BYE the call is over anyway (a warning: one side had already dropped it, often because a
 * NAT binding expired and the ACK or BYE of the other side went astray, or a PBX restarted); to a re-INVITE or
 * UPDATE (RFC 3311) the session refresh failed and the call drops (an error). Two BYEs that cross, each end
 * hanging up at once, leave one 481 that means nothing and stays silent.
 */
final class DialogLostRule implements Rule {

    @Override
    public String id() {
        return "dialog-lost";
    }

    @Override
    public Category category() {
        return Category.NAT;
    }

    @Override
    public List<String> textKeys() {
        return List.of("dialog-lost.bye.message", "dialog-lost.bye.fix", "dialog-lost.refresh.message",
                "dialog-lost.refresh.fix");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        if (ctx.call() == null) {
            return;
        }
        for (int i = 0; i < ctx.events().size(); i++) {
            SipEvent r = ctx.events().get(i);
            if (!r.response() || r.status() != 481 || ctx.retransmitted().get(i)) {
                continue;
            }
            SipEvent req = Evidence.requestOf(ctx.events(), r);
            boolean bye = "BYE".equals(r.cseqMethod());
            boolean refresh = "UPDATE".equals(r.cseqMethod())
                    || "INVITE".equals(r.cseqMethod()) && (req == null || req.toTag() != null);
            if (!bye && !refresh || bye && hungUpItself(ctx.events(), r)) {
                continue;
            }
            SipEvent answer = answerBefore(ctx.events(), r);
            out.add(Evidence.finding(ctx, this, bye ? "dialog-lost.bye" : "dialog-lost.refresh",
                    bye ? Severity.WARNING : Severity.ERROR, Evidence.indexes(req, r), Evidence.sender(r),
                    r.cseqMethod(), req == null ? "?" : Evidence.sender(req), Evidence.span(ctx, answer, r)));
            return;
        }
    }

    /**
     * Whether the side that answered 481 to a BYE had sent a BYE of its own before: both hung up at once and the
     * second BYE found the dialog already gone, which is harmless.
     */
    private static boolean hungUpItself(List<SipEvent> events, SipEvent r) {
        for (SipEvent e : events) {
            if (e == r) {
                return false;
            }
            if (e.request() && "BYE".equals(e.method()) && java.util.Objects.equals(e.source(), r.source())) {
                return true;
            }
        }
        return false;
    }

    /** The 2xx that set the dialog up, if the capture has it. */
    private static SipEvent answerBefore(List<SipEvent> events, SipEvent r) {
        for (SipEvent e : events) {
            if (e == r) {
                return null;
            }
            if (e.response() && "INVITE".equals(e.cseqMethod()) && e.status() >= 200 && e.status() < 300) {
                return e;
            }
        }
        return null;
    }
}
