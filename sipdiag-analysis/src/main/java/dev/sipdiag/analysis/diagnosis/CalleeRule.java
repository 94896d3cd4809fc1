package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.Outcome;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.List;

/**
 * The callee's side said no, which is not a fault of the network: busy (486 Busy Here, 600 Busy Everywhere,
 * RFC 3261 §21.4.24, §21.6.1), declined (603, §21.6.2), temporarily unavailable without ringing (480, §21.4.18:
 * not registered, do-not-disturb) or no answer after ringing (408/480 after a 180/183). Always informational.
 */
final class CalleeRule implements Rule {

    @Override
    public String id() {
        return "callee";
    }

    @Override
    public Category category() {
        return Category.CALLEE;
    }

    @Override
    public List<String> textKeys() {
        return List.of("callee.busy.message", "callee.busy.fix", "callee.declined.message", "callee.declined.fix",
                "callee.unavailable.message", "callee.unavailable.fix", "callee.no-answer.message",
                "callee.no-answer.fix");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        if (ctx.call() == null) {
            return;
        }
        SipEvent resp = Evidence.decisive(ctx);
        if (resp == null) {
            return;
        }
        Outcome o = ctx.call().outcome();
        String variant;
        if (o == Outcome.BUSY) {
            variant = "busy";
        } else if (o == Outcome.DECLINED) {
            variant = "declined";
        } else if (o == Outcome.NO_ANSWER) {
            variant = "no-answer";
        } else if (o == Outcome.FAILED && resp.status() == 480) {
            variant = "unavailable";
        } else {
            return;
        }
        SipEvent inv = Evidence.firstInvite(ctx.events());
        double ringing = ctx.call().ringMs() == null ? 0 : ctx.call().ringMs() / 1000.0;
        out.add(Evidence.finding(ctx, this, id() + "." + variant, Severity.INFO, Evidence.indexes(inv, resp),
                Evidence.sender(resp), resp.label(), ctx.call().to() == null ? "?" : ctx.call().to(),
                Evidence.seconds(inv, resp), ringing));
    }
}
