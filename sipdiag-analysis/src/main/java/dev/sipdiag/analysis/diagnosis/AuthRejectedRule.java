package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.List;

/**
 * Credentials that the server refused: a request carrying Authorization/Proxy-Authorization answered by the
 * same challenge again without {@code stale=true} (RFC 3261 §22.2: the credentials were wrong), or by 403
 * Forbidden (RFC 3261 §21.4.4: the server understood them and will not serve this user). A stale challenge means
 * the password was right and only the nonce old (RFC 2617 §3.2.1); that is {@link AuthStaleLoopRule}'s. A
 * challenge to credentials that is followed by a success for the same method is a nonce the server had already
 * dropped (servers that do not send {@code stale}), not a wrong password, and stays silent. A 403 that ends the
 * call or exchange without any challenge is an account the server does not serve (wrong user or domain, not
 * provisioned, or a source address it does not trust).
 */
final class AuthRejectedRule implements Rule {

    @Override
    public String id() {
        return "auth-rejected";
    }

    @Override
    public Category category() {
        return Category.ACCOUNT;
    }

    @Override
    public List<String> textKeys() {
        return List.of("auth-rejected.challenged.message", "auth-rejected.challenged.fix",
                "auth-rejected.forbidden.message", "auth-rejected.forbidden.fix", "auth-rejected.refused.message",
                "auth-rejected.refused.fix");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        List<Challenges.Answer> answers = Challenges.of(ctx).answers();
        for (int i = 0; i < answers.size(); i++) {
            Challenges.Answer a = answers.get(i);
            if (!a.withCredentials() || a.challenge() && succeededLater(answers, i)) {
                continue; // a refresh with a nonce the server had dropped, answered again and then accepted
            }
            SipEvent req = a.request();
            SipEvent resp = a.response();
            String variant;
            if (a.challenge() && !resp.has(SipEvent.F_STALE)) {
                variant = "challenged";
            } else if (resp.status() == 403) {
                variant = "forbidden";
            } else {
                continue;
            }
            out.add(Evidence.finding(ctx, this, id() + "." + variant, Severity.ERROR, Evidence.indexes(req, resp),
                    req.method(), Evidence.sender(req), Evidence.sender(resp), resp.label(),
                    req.fromUri() == null ? "-" : req.fromUri()));
            return; // one refusal explains the call; repeats add nothing
        }
        refusedOutright(ctx, answers, out);
    }

    /**
     * A 403 as the last word without any challenge before it: the server does not serve this user or domain (or
     * this source address) at all, so credentials were never asked for.
     */
    private void refusedOutright(CallContext ctx, List<Challenges.Answer> answers, List<Finding> out) {
        if (answers.isEmpty()) {
            return;
        }
        Challenges.Answer last = answers.get(answers.size() - 1);
        if (last.response().status() != 403 || last.request() == null || last.withCredentials()) {
            return;
        }
        for (Challenges.Answer a : answers) {
            if (a.challenge()) {
                return;
            }
        }
        SipEvent req = last.request();
        SipEvent resp = last.response();
        out.add(Evidence.finding(ctx, this, id() + ".refused", Severity.ERROR, Evidence.indexes(req, resp),
                req.method(), Evidence.sender(req), Evidence.sender(resp), resp.label(),
                req.fromUri() == null ? "-" : req.fromUri()));
    }

    private static boolean succeededLater(List<Challenges.Answer> answers, int from) {
        String method = answers.get(from).response().cseqMethod();
        for (int i = from + 1; i < answers.size(); i++) {
            SipEvent r = answers.get(i).response();
            if (r.status() < 300 && method != null && method.equals(r.cseqMethod())) {
                return true;
            }
        }
        return false;
    }
}
