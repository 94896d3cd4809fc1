package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * A stale-nonce loop: the server answers {@code stale=true} (RFC 2617 §3.2.1: the password was right, the nonce
 * expired) again and again without a success in between, so the device keeps reusing an old nonce or the
 * server's nonces expire faster than the device can use them (clock or load balancer without shared nonce
 * state). One stale challenge is routine; {@link #MIN_STALE} in a row is a loop.
 */
final class AuthStaleLoopRule implements Rule {
    /** Consecutive stale challenges (no 2xx between) that make a loop. */
    static final int MIN_STALE = 2;

    @Override
    public String id() {
        return "auth-stale-loop";
    }

    @Override
    public Category category() {
        return Category.ACCOUNT;
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        List<SipEvent> run = new ArrayList<>();
        List<SipEvent> longest = List.of();
        for (Challenges.Answer a : Challenges.of(ctx).answers()) {
            if (a.challenge() && a.response().has(SipEvent.F_STALE)) {
                run.add(a.response());
                if (run.size() > longest.size()) {
                    longest = List.copyOf(run);
                }
            } else if (a.response().status() < 300) {
                run.clear();
            }
        }
        if (longest.size() < MIN_STALE) {
            return;
        }
        SipEvent first = longest.get(0);
        SipEvent last = longest.get(longest.size() - 1);
        out.add(Evidence.finding(ctx, this, id(), Severity.WARNING, Evidence.indexes(longest), first.cseqMethod(),
                Evidence.sender(first), Evidence.receiver(first), longest.size(), Evidence.seconds(first, last)));
    }
}
