package dev.sipdiag.analysis;

import dev.sipdiag.capture.Endpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SIP events of a call flow for engine tests: who sends what to whom, when. Responses copy the
 * correlation fields of the request they answer, as RFC 3261 §8.2.6.2 requires.
 */
final class Flow {
    static final Endpoint CALLER = new Endpoint("192.0.2.10", 5060);
    static final Endpoint PROXY = new Endpoint("198.51.100.1", 5060);
    static final Endpoint CALLEE = new Endpoint("203.0.113.20", 5060);

    final List<SipEvent> events = new ArrayList<>();
    private final String callId;
    private long nowMs = 1_700_000_000_000L;
    private int branchNo;

    Flow(String callId) {
        this.callId = callId;
    }

    Flow after(long ms) {
        nowMs += ms;
        return this;
    }

    /** A new request; the branch is fresh unless given. */
    SipEvent request(Endpoint from, Endpoint to, String method, int cseq, String toTag) {
        return request(from, to, method, cseq, toTag, "z9hG4bK" + (++branchNo), "caller-tag");
    }

    SipEvent request(Endpoint from, Endpoint to, String method, int cseq, String toTag, String branch, String fromTag) {
        SipEvent e = new SipEvent(events.size(), events.size() + 1, nowMs * 1_000_000L, "UDP", from, to, true, method,
                0, null, "sip:31201234567@example.net", callId, cseq, method, fromTag, toTag,
                "sip:alice@example.org", "sip:31201234567@example.net", "alice", "31201234567", branch,
                from.toString(), 1, "TestPhone/1.0", null, null, null, -1, null, null,
                "INVITE".equals(method) ? List.of("PCMA", "PCMU") : List.of(), null, null, null, -1, -1, -1,
                List.of(), "INVITE".equals(method) ? SipEvent.F_SDP | SipEvent.F_BODY : 0);
        events.add(e);
        return e;
    }

    /** The same message again (a retransmission). */
    SipEvent again(SipEvent e) {
        SipEvent r = new SipEvent(events.size(), events.size() + 1, nowMs * 1_000_000L, e.transport(), e.source(),
                e.destination(), e.request(), e.method(), e.status(), e.phrase(), e.requestUri(), e.callId(), e.cseq(),
                e.cseqMethod(), e.fromTag(), e.toTag(), e.fromUri(), e.toUri(), e.fromUser(), e.toUser(), e.branch(),
                e.sentBy(), e.viaCount(), e.userAgent(), e.pai(), e.reason(), e.warning(), e.retryAfter(), e.contact(),
                e.correlation(), e.codecs(), e.mediaAddress(), e.originAddress(), e.viaReceived(), e.viaRport(),
                e.interval(), e.minInterval(), e.viaPath(), e.flags());
        events.add(r);
        return r;
    }

    /** A response to a request, sent back the way it came. */
    SipEvent respond(SipEvent req, int status, String phrase, String toTag) {
        return respond(req, status, phrase, toTag, null);
    }

    SipEvent respond(SipEvent req, int status, String phrase, String toTag, String reason) {
        SipEvent e = new SipEvent(events.size(), events.size() + 1, nowMs * 1_000_000L, req.transport(),
                req.destination(), req.source(), false, req.method(), status, phrase, null, callId, req.cseq(),
                req.method(), req.fromTag(), toTag, req.fromUri(), req.toUri(), req.fromUser(), req.toUser(),
                req.branch(), req.sentBy(), req.viaCount(), "TestServer/2.0", null, reason, null, -1, null, null,
                status == 200 && "INVITE".equals(req.method()) ? List.of("PCMA") : List.of(), null, null, null, -1,
                -1, -1, List.of(),
                status == 200 && "INVITE".equals(req.method()) ? SipEvent.F_SDP | SipEvent.F_BODY : 0);
        events.add(e);
        return e;
    }

    /** Replaces a message of the flow by an edited copy (same index and time); returns the copy. */
    SipEvent edit(SipEvent e, java.util.function.Consumer<EventEdit> change) {
        EventEdit b = EventEdit.of(e);
        change.accept(b);
        SipEvent r = b.build();
        events.set(e.index(), r);
        return r;
    }

    AnalysisResult analyze() {
        return analyze(java.util.Locale.ENGLISH);
    }

    AnalysisResult analyze(java.util.Locale language) {
        CallAnalyzer a = new CallAnalyzer(language);
        events.forEach(a::accept);
        return a.finish();
    }

    /** Every finding of every call and exchange of the flow, in the given language. */
    List<Finding> findings(java.util.Locale language) {
        AnalysisResult r = analyze(language);
        List<Finding> out = new ArrayList<>();
        r.calls().forEach(c -> out.addAll(c.findings()));
        r.exchanges().forEach(x -> out.addAll(x.findings()));
        return out;
    }

    /** The findings of one rule, in English. */
    List<Finding> findings(String rule) {
        return findings(rule, java.util.Locale.ENGLISH);
    }

    /** The findings of one rule, in the given language. */
    List<Finding> findings(String rule, java.util.Locale language) {
        return findings(language).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Warnings and errors of any rule (what must stay empty for a normal call). */
    List<Finding> complaints() {
        return findings(java.util.Locale.ENGLISH).stream().filter(f -> !"info".equals(f.severity())).toList();
    }

    Call call() {
        AnalysisResult r = analyze();
        return r.calls().get(0);
    }
}
