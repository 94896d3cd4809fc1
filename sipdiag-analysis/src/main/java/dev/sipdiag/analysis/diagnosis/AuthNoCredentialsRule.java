package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.List;

/**
 * A 401/407 challenge that the sender never answered with credentials (RFC 3261 §22.2, §22.3): the device
 * has no password for this server or realm, or does not support the challenge. Fires once, on the last
 * challenge of a call or exchange, when no request of that method followed it; requests that already carried
 * credentials are {@link AuthRejectedRule}'s business. Scanners, which never retry, are left to
 * {@link ScannerRule}.
 */
final class AuthNoCredentialsRule implements Rule {

    @Override
    public String id() {
        return "auth-no-credentials";
    }

    @Override
    public Category category() {
        return Category.ACCOUNT;
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        List<SipEvent> events = Evidence.events(ctx);
        List<Challenges.Answer> answers = Challenges.of(ctx).answers();
        if (answers.isEmpty() || ScannerRule.isScanner(events)) {
            return;
        }
        Challenges.Answer last = answers.get(answers.size() - 1);
        if (!last.challenge() || last.withCredentials() || last.request() == null
                || Challenges.retriedAfter(events, last.response())) {
            return;
        }
        SipEvent req = last.request();
        SipEvent resp = last.response();
        out.add(Evidence.finding(ctx, this, id(), Severity.ERROR, Evidence.indexes(req, resp), req.method(),
                Evidence.sender(req), Evidence.sender(resp), resp.label(),
                req.fromUri() == null ? "-" : req.fromUri()));
    }
}
