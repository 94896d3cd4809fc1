package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.List;

/**
 * A server or provider failed the request: 500 Server Internal Error, 502 Bad Gateway, 503 Service Unavailable
 * with or without Retry-After (overload or maintenance when it has one, RFC 3261 §21.5.4; often a trunk that is
 * down when it has none), 504 Server Time-out (§21.5.5), and a 408 Request Timeout with no 18x before it: the
 * next hop never answered the server that sent it (§21.4.9). For a call, the response that decided it; for an
 * exchange, its last final response.
 */
final class ServerErrorRule implements Rule {

    @Override
    public String id() {
        return "server-error";
    }

    @Override
    public Category category() {
        return Category.PROVIDER;
    }

    @Override
    public List<String> textKeys() {
        return List.of("server-error.500.message", "server-error.500.fix", "server-error.502.message",
                "server-error.502.fix", "server-error.503.message", "server-error.503.fix",
                "server-error.503-retry.message", "server-error.503-retry.fix", "server-error.504.message",
                "server-error.504.fix", "server-error.408.message", "server-error.408.fix");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        SipEvent resp = ctx.call() != null ? Evidence.decisive(ctx) : lastFinal(ctx);
        if (resp == null) {
            return;
        }
        String variant = switch (resp.status()) {
            case 500, 502, 504 -> Integer.toString(resp.status());
            case 503 -> resp.retryAfter() >= 0 ? "503-retry" : "503";
            case 408 -> provisionalBefore(ctx, resp) ? null : "408";
            default -> null;
        };
        if (variant == null) {
            return;
        }
        List<SipEvent> events = Evidence.events(ctx);
        SipEvent req = Evidence.requestOf(events, resp);
        out.add(Evidence.finding(ctx, this, id() + "." + variant, Severity.ERROR, Evidence.indexes(req, resp),
                Evidence.sender(resp), resp.label(), req == null ? resp.cseqMethod() : req.method(),
                Evidence.span(ctx, req, resp), Math.max(0, resp.retryAfter()),
                resp.reason() == null ? "" : " (Reason: " + resp.reason() + ")",
                resp.warning() == null ? "-" : resp.warning()));
    }

    private static SipEvent lastFinal(CallContext ctx) {
        SipEvent found = null;
        for (SipEvent e : Evidence.events(ctx)) {
            if (e.response() && e.status() >= 200) {
                found = e;
            }
        }
        return found;
    }

    /** Whether the callee side got as far as a 18x before the 408 (then it is no answer, not a fault). */
    private static boolean provisionalBefore(CallContext ctx, SipEvent resp) {
        for (SipEvent e : Evidence.events(ctx)) {
            if (e == resp) {
                return false;
            }
            if (e.response() && e.status() > 100 && e.status() < 200 && e.cseq() == resp.cseq()) {
                return true;
            }
        }
        return false;
    }
}
