package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.List;
import java.util.Objects;

/**
 * Slow call set-up: the caller heard nothing (no 18x, no answer) for longer than {@link #POST_DIAL_DELAY_MS}
 * after dialling (post-dial delay, RFC 6076 §4.1 "session request delay") and then rang or was answered (a slow
 * refusal is left to the rules about its status). The finding says where the time went: of the INVITEs that
 * crossed the capture (one per hop), the deepest one that still waited at least {@link #LOCAL_SHARE} of the
 * caller's wait for its first 18x or final response.
 */
final class SlowSetupRule implements Rule {
    /** Post-dial delay beyond which callers notice and hang up: 5 s (ITU-T E.721 targets are a few seconds). */
    static final long POST_DIAL_DELAY_MS = 5_000;
    /** Share of the caller's wait a deeper hop must account for to be named as where the time went. */
    static final double LOCAL_SHARE = 0.8;

    @Override
    public String id() {
        return "slow-setup";
    }

    @Override
    public Category category() {
        return Category.PROVIDER;
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        if (ctx.call() == null) {
            return;
        }
        List<SipEvent> events = ctx.events();
        SipEvent invite = attemptInvite(events);
        SipEvent first = firstProgress(events, invite, false);
        if (invite == null || first == null) {
            return;
        }
        double delay = Evidence.seconds(invite, first);
        if (delay * 1000 < POST_DIAL_DELAY_MS || first.status() >= 300) {
            return; // a refusal, however slow, is explained by the rules about its status
        }
        // Every hop's wait includes the waits of the hops after it: the time went where the deepest hop
        // still waited nearly as long as the caller did.
        double callerWait = Evidence.seconds(invite, firstProgress(events, invite, true));
        SipEvent slowInvite = invite;
        SipEvent slowAnswer = firstProgress(events, invite, true);
        double worst = callerWait;
        for (int i = 0; i < events.size(); i++) {
            SipEvent e = events.get(i);
            if (e != invite && e.request() && "INVITE".equals(e.method()) && e.toTag() == null
                    && e.cseq() == invite.cseq() && !ctx.retransmitted().get(i)) {
                SipEvent p = firstProgress(events, e, true);
                double wait = Evidence.seconds(e, p);
                if (p != null && wait >= LOCAL_SHARE * callerWait) {
                    worst = wait;
                    slowInvite = e;
                    slowAnswer = p;
                }
            }
        }
        out.add(Evidence.finding(ctx, this, id(), Severity.WARNING, Evidence.indexes(invite, first, slowInvite,
                        slowAnswer), Evidence.sender(invite), first.label(), delay, POST_DIAL_DELAY_MS / 1000.0,
                Evidence.sender(slowInvite), Evidence.answerer(events, slowInvite), worst));
    }

    /**
     * The caller's INVITE of the attempt that got somewhere: after a 401/407 challenge the retried INVITE (a new
     * CSeq), so the challenge's quick refusal does not hide a slow ring. The first INVITE when nothing rang.
     */
    private static SipEvent attemptInvite(List<SipEvent> events) {
        SipEvent first = Evidence.firstInvite(events);
        for (SipEvent e : events) {
            if (e.response() && "INVITE".equals(e.cseqMethod()) && e.status() > 100 && e.status() < 300) {
                for (SipEvent r : events) {
                    if (r.request() && "INVITE".equals(r.method()) && r.toTag() == null && r.cseq() == e.cseq()) {
                        return r;
                    }
                }
                return first;
            }
        }
        return first;
    }

    /** The first 18x or final response after an INVITE: on its own hop (same branch) or anywhere in the call. */
    private static SipEvent firstProgress(List<SipEvent> events, SipEvent invite, boolean sameHop) {
        if (invite == null) {
            return null;
        }
        boolean after = false;
        for (SipEvent e : events) {
            if (e == invite) {
                after = true;
            } else if (after && e.response() && "INVITE".equals(e.cseqMethod()) && e.status() > 100
                    && e.cseq() == invite.cseq() && (!sameHop || Objects.equals(e.branch(), invite.branch()))) {
                return e;
            }
        }
        return null;
    }
}
