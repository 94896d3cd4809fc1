package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLEE;
import static dev.sipdiag.analysis.Flow.CALLER;
import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallAnalyzerTest {

    @Test
    void answeredCallWithTimings() {
        Flow f = new Flow("c1");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(20).respond(inv, 100, "Trying", null);
        f.after(480).respond(inv, 180, "Ringing", "t1");
        f.after(3000).respond(inv, 200, "OK", "t1");
        f.after(10).request(CALLER, CALLEE, "ACK", 1, "t1");
        SipEvent bye = f.after(60_000).request(CALLEE, CALLER, "BYE", 1, "caller-tag", "z9hG4bKbye", "t1");
        f.after(30).respond(bye, 200, "OK", "caller-tag");
        Call c = f.call();
        assertThat(c.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(c.finalStatus()).isEqualTo(200);
        assertThat(c.postDialDelayMs()).isEqualTo(500);
        assertThat(c.setupMs()).isEqualTo(3500);
        assertThat(c.ringMs()).isEqualTo(3000);
        assertThat(c.durationMs()).isEqualTo(60_010);
        assertThat(c.disconnectMs()).isEqualTo(30);
        assertThat(c.endedBy()).isEqualTo("callee");
        assertThat(c.codecsOffered()).containsExactly("PCMA", "PCMU");
        assertThat(c.codecsAnswered()).containsExactly("PCMA");
        assertThat(c.legs()).hasSize(1);
        assertThat(c.retransmissions()).isZero();
        assertThat(c.messages()).hasSize(7);
    }

    @Test
    void busyIsBusyAndItsRetransmissionsAreCounted() {
        Flow f = new Flow("c2");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(10).respond(inv, 100, "Trying", null);
        SipEvent busy = f.after(10).respond(inv, 486, "Busy Here", "t2", "Q.850;cause=17");
        f.after(500).again(busy);
        f.after(5).request(CALLER, CALLEE, "ACK", 1, "t2", inv.branch(), "caller-tag");
        Call c = f.call();
        assertThat(c.outcome()).isEqualTo(Outcome.BUSY);
        assertThat(c.finalStatus()).isEqualTo(486);
        assertThat(c.reason()).isEqualTo("Q.850;cause=17");
        assertThat(c.retransmissions()).isEqualTo(1);
        assertThat(c.postDialDelayMs()).isNull();
        assertThat(c.finalMs()).isEqualTo(20);
    }

    @Test
    void callerCancelIsCancelled() {
        Flow f = new Flow("c3");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(100).respond(inv, 180, "Ringing", "t3");
        SipEvent cancel = f.after(4000).request(CALLER, CALLEE, "CANCEL", 1, null, inv.branch(), "caller-tag");
        f.after(10).respond(cancel, 200, "OK", "t3");
        f.after(1).respond(inv, 487, "Request Terminated", "t3");
        Call c = f.call();
        assertThat(c.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(c.endedBy()).isEqualTo("caller");
        assertThat(c.finalStatus()).isEqualTo(487);
    }

    @Test
    void a487WithoutCancelIsAFailure() {
        Flow f = new Flow("c3b");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(100).respond(inv, 487, "Request Terminated", "t");
        assertThat(f.call().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void cancelCrossingThe200IsCancelled() {
        Flow f = new Flow("c4");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(100).respond(inv, 180, "Ringing", "t4");
        f.after(2000).request(CALLER, CALLEE, "CANCEL", 1, null, inv.branch(), "caller-tag");
        f.after(1).respond(inv, 200, "OK", "t4");
        assertThat(f.call().outcome()).isEqualTo(Outcome.CANCELLED);
    }

    @Test
    void challengeThenAnswerIsOneAnsweredCall() {
        Flow f = new Flow("c5");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(5).respond(inv, 407, "Proxy Authentication Required", "p");
        f.request(CALLER, PROXY, "ACK", 1, "p", inv.branch(), "caller-tag");
        SipEvent inv2 = f.after(5).request(CALLER, PROXY, "INVITE", 2, null);
        f.after(300).respond(inv2, 180, "Ringing", "t5");
        f.after(1000).respond(inv2, 200, "OK", "t5");
        Call c = f.call();
        assertThat(c.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(c.authChallenges()).isEqualTo(1);
        assertThat(c.legs()).hasSize(1);
        assertThat(c.legs().get(0).invites()).isEqualTo(2);
        assertThat(c.postDialDelayMs()).isEqualTo(310); // authentication time is inside the delay (RFC 6076 §5.3)
    }

    @Test
    void challengeThenForbiddenFails() {
        Flow f = new Flow("c6");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(5).respond(inv, 407, "Proxy Authentication Required", "p");
        SipEvent inv2 = f.after(5).request(CALLER, PROXY, "INVITE", 2, null);
        f.after(5).respond(inv2, 403, "Forbidden", "p2");
        Call c = f.call();
        assertThat(c.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(c.finalStatus()).isEqualTo(403);
        assertThat(c.authChallenges()).isEqualTo(1);
    }

    @Test
    void onlyRetransmittedInvitesIsNoResponse() {
        Flow f = new Flow("c7");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        long[] gaps = {500, 1000, 2000, 4000, 8000, 16000};
        for (long g : gaps) {
            f.after(g).again(inv);
        }
        Call c = f.call();
        assertThat(c.outcome()).isEqualTo(Outcome.NO_RESPONSE);
        assertThat(c.retransmissions()).isEqualTo(6);
        assertThat(c.finalStatus()).isNull();
    }

    @Test
    void ringingWhenTheCaptureEndsIsInProgress() {
        Flow f = new Flow("c8");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(100).respond(inv, 180, "Ringing", "t");
        assertThat(f.call().outcome()).isEqualTo(Outcome.IN_PROGRESS);
    }

    @Test
    void noAnswerAfterRingingAndFailureWithout() {
        Flow f = new Flow("c9");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(100).respond(inv, 180, "Ringing", "t");
        f.after(30_000).respond(inv, 480, "Temporarily Unavailable", "t");
        assertThat(f.call().outcome()).isEqualTo(Outcome.NO_ANSWER);
        Flow g = new Flow("c9b");
        SipEvent inv2 = g.request(CALLER, CALLEE, "INVITE", 1, null);
        g.after(100).respond(inv2, 480, "Temporarily Unavailable", "t");
        assertThat(g.call().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void redirectFollowedAndNot() {
        Flow f = new Flow("c10");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(10).respond(inv, 302, "Moved Temporarily", "r");
        SipEvent inv2 = f.after(10).request(CALLER, CALLEE, "INVITE", 2, null);
        f.after(10).respond(inv2, 200, "OK", "t");
        Call c = f.call();
        assertThat(c.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(c.redirectFollowed()).isTrue();
        assertThat(c.legs()).hasSize(1);
        Flow g = new Flow("c10b");
        SipEvent x = g.request(CALLER, PROXY, "INVITE", 1, null);
        g.after(10).respond(x, 302, "Moved Temporarily", "r");
        assertThat(g.call().outcome()).isEqualTo(Outcome.REDIRECTED);
    }

    @Test
    void declineAndOtherFailures() {
        Flow f = new Flow("c11");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(10).respond(inv, 603, "Decline", "t");
        assertThat(f.call().outcome()).isEqualTo(Outcome.DECLINED);
        Flow g = new Flow("c12");
        SipEvent x = g.request(CALLER, CALLEE, "INVITE", 1, null);
        g.after(10).respond(x, 503, "Service Unavailable", "t");
        assertThat(g.call().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aProxiedCallHasTwoLegsAndTheCallersViewDecides() {
        Flow f = new Flow("c13");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(5).respond(inv, 100, "Trying", null);
        SipEvent inv2 = f.after(2).request(PROXY, CALLEE, "INVITE", 1, null, "z9hG4bKproxy", "caller-tag");
        f.after(50).respond(inv2, 180, "Ringing", "t");
        f.after(1).respond(inv, 180, "Ringing", "t");
        f.after(2000).respond(inv2, 486, "Busy Here", "t");
        f.after(1).respond(inv, 486, "Busy Here", "t");
        Call c = f.call();
        assertThat(c.legs()).hasSize(2);
        assertThat(c.legs().get(0).source()).isEqualTo(CALLER.toString());
        assertThat(c.legs().get(1).source()).isEqualTo(PROXY.toString());
        assertThat(c.legs()).allSatisfy(l -> assertThat(l.outcome()).isEqualTo(Outcome.BUSY));
        assertThat(c.outcome()).isEqualTo(Outcome.BUSY);
        assertThat(c.postDialDelayMs()).isEqualTo(58);
    }

    @Test
    void reInviteDoesNotChangeTheOutcome() {
        Flow f = new Flow("c14");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(10).respond(inv, 200, "OK", "t");
        SipEvent re = f.after(10_000).request(CALLER, CALLEE, "INVITE", 2, "t");
        f.after(10).respond(re, 488, "Not Acceptable Here", "t");
        SipEvent bye = f.after(1000).request(CALLER, CALLEE, "BYE", 3, "t");
        f.after(10).respond(bye, 481, "Call/Transaction Does Not Exist", "t");
        Call c = f.call();
        assertThat(c.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(c.endedBy()).isEqualTo("caller");
        assertThat(c.legs()).hasSize(1);
        assertThat(c.legs().get(0).invites()).isEqualTo(1);
    }

    @Test
    void capturedMidCallIsPartial() {
        Flow f = new Flow("c15");
        SipEvent bye = f.request(CALLER, CALLEE, "BYE", 3, "t");
        f.after(10).respond(bye, 200, "OK", "t");
        // no INVITE: an exchange of BYE only, not a call
        AnalysisResult r = f.analyze();
        assertThat(r.calls()).isEmpty();
        assertThat(r.exchanges()).hasSize(1);
        Flow g = new Flow("c16");
        SipEvent inv = g.request(CALLER, CALLEE, "INVITE", 1, null);
        g.events.remove(0);
        g.respond(inv, 200, "OK", "t");
        Call c = g.call();
        assertThat(c.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(c.legs().get(0).source()).isEqualTo(CALLER.toString());
    }

    @Test
    void registrationsAreExchangesWithOutcomes() {
        Flow f = new Flow("r1");
        SipEvent reg = f.request(CALLER, PROXY, "REGISTER", 1, null);
        f.after(5).respond(reg, 401, "Unauthorized", "x");
        SipEvent reg2 = f.after(5).request(CALLER, PROXY, "REGISTER", 2, null);
        f.after(20).respond(reg2, 200, "OK", "x");
        Exchange x = f.analyze().exchanges().get(0);
        assertThat(x.method()).isEqualTo("REGISTER");
        assertThat(x.outcome()).isEqualTo("registered");
        assertThat(x.authChallenges()).isEqualTo(1);
        assertThat(x.requests()).isEqualTo(2);
        assertThat(x.durationMs()).isEqualTo(30);

        Flow g = new Flow("r2");
        SipEvent a = g.request(CALLER, PROXY, "REGISTER", 1, null);
        g.after(5).respond(a, 401, "Unauthorized", "x");
        SipEvent b = g.after(5).request(CALLER, PROXY, "REGISTER", 2, null);
        g.after(5).respond(b, 401, "Unauthorized", "x");
        assertThat(g.analyze().exchanges().get(0).outcome()).isEqualTo("auth-failed");

        Flow h = new Flow("r3");
        SipEvent c = h.request(CALLER, PROXY, "REGISTER", 1, null);
        h.after(5).respond(c, 404, "Not Found", "x");
        assertThat(h.analyze().exchanges().get(0).outcome()).isEqualTo("refused");

        Flow k = new Flow("o1");
        SipEvent o = k.request(CALLER, PROXY, "OPTIONS", 1, null);
        k.after(40_000).request(CALLER, PROXY, "INFO", 1, null);
        AnalysisResult r = k.analyze();
        assertThat(r.exchanges()).extracting(Exchange::outcome).containsExactly("no-response", "in-progress");
        assertThat(o.method()).isEqualTo("OPTIONS");
    }

    @Test
    void messageCountsFollowTsharksMeaning() {
        Flow f = new Flow("c17");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.again(inv);
        f.respond(inv, 100, "Trying", null);
        f.respond(inv, 486, "Busy Here", "t");
        AnalysisResult r = f.analyze();
        assertThat(r.messages()).isEqualTo(4);
        assertThat(r.requests()).containsEntry("INVITE", 2);
        assertThat(r.responses()).containsEntry("100", 1).containsEntry("486", 1);
        assertThat(r.responsesByMethod().get("INVITE")).containsEntry("486", 1);
    }

    @Test
    void finishedCallsAreReleasedWhileStreaming() {
        CallAnalyzer a = new CallAnalyzer();
        int calls = 3 * CallAnalyzer.SWEEP_EVERY;
        int maxOpen = 0;
        for (int i = 0; i < calls; i++) {
            Flow f = new Flow("s" + i).after(i * 1000L);
            SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
            f.respond(inv, 486, "Busy Here", "t");
            f.events.forEach(a::accept);
            maxOpen = Math.max(maxOpen, a.openStates());
        }
        // one call a second, released 32 s after it ends: never more than a sweep's worth plus the linger
        assertThat(maxOpen).isLessThan(CallAnalyzer.SWEEP_EVERY + 40);
        assertThat(a.finish().calls()).hasSize(calls);
    }

    @Test
    void settledCallsAreReleasedSoonerThanOpenOnes() {
        CallAnalyzer a = new CallAnalyzer();
        int maxOpen = 0;
        for (int i = 0; i < 2 * CallAnalyzer.SWEEP_EVERY; i++) {
            Flow f = new Flow("settled" + i).after(i * 100L); // ten calls a second
            SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
            f.respond(inv, 486, "Busy Here", "t");
            f.request(CALLER, CALLEE, "ACK", 1, "t", inv.branch(), "caller-tag");
            f.events.forEach(a::accept);
            maxOpen = Math.max(maxOpen, a.openStates());
        }
        // refused and acknowledged: kept for Timer SETTLE (4 s = 40 calls here), not LINGER (32 s = 320 calls)
        assertThat(maxOpen).isLessThan(100);
        assertThat(a.finish().calls()).hasSize(2 * CallAnalyzer.SWEEP_EVERY)
                .allMatch(c -> c.outcome() == Outcome.BUSY);
    }

    /** A call through a B2BUA: "parent" answered, and its leg "child" naming it in a correlation header. */
    private static List<SipEvent> parentAndChild(Flow... more) {
        Flow f = new Flow("parent");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(10).respond(inv, 200, "OK", "t");
        Flow g = new Flow("child").after(2);
        SipEvent b = g.request(PROXY, CALLEE, "INVITE", 1, null);
        EventEdit edit = EventEdit.of(b);
        edit.correlation = "parent";
        SipEvent child = edit.build();
        g.events.set(0, child);
        g.after(5).respond(child, 200, "OK", "u");
        List<SipEvent> all = new java.util.ArrayList<>(f.events);
        all.addAll(g.events);
        for (Flow m : more) {
            all.addAll(m.events);
        }
        all.sort(java.util.Comparator.comparingLong(SipEvent::timeNanos));
        return all;
    }

    @Test
    void b2buaLegsNamingTheirParentBecomeItsLegs() {
        CallAnalyzer a = new CallAnalyzer();
        parentAndChild().forEach(a::accept);
        AnalysisResult r = a.finish();
        assertThat(r.calls()).hasSize(1);
        assertThat(r.calls().get(0).callId()).isEqualTo("parent");
        assertThat(r.calls().get(0).legs()).extracting(Call.Leg::callId).containsExactly("parent", "child");
    }

    @Test
    void withMessagesHandsEachCallTheMessagesItListsLegsIncluded() {
        Flow h = new Flow("alone").after(3);
        h.respond(h.request(CALLER, CALLEE, "INVITE", 1, null), 486, "Busy Here", "v");
        List<SipEvent> all = parentAndChild(h);
        for (int i = 0; i < all.size(); i++) { // one input: every message its own index, in capture order
            EventEdit e = EventEdit.of(all.get(i));
            e.index = i;
            all.set(i, e.build());
        }
        Map<Call, List<SipEvent>> handed = new java.util.LinkedHashMap<>();
        CallAnalyzer a = CallAnalyzer.withMessages(Locale.ENGLISH, handed::put, x -> { });
        all.forEach(a::accept);
        a.finish();

        assertThat(handed).hasSize(2);
        for (Map.Entry<Call, List<SipEvent>> e : handed.entrySet()) {
            assertThat(e.getValue()).extracting(SipEvent::index).containsExactlyElementsOf(e.getKey().messages());
            assertThat(e.getValue()).allMatch(m -> all.get(m.index()) == m);
        }
        Call parent = handed.keySet().stream().filter(c -> c.callId().equals("parent")).findFirst().orElseThrow();
        assertThat(handed.get(parent)).extracting(SipEvent::callId).containsOnly("parent", "child").hasSize(4);
        assertThat(a.openStates()).isZero();
    }

    @Test
    void exchangesAreReleasedWhileStreaming() {
        // a registrar capture is mostly REGISTER and OPTIONS: they must not pile up until the end either
        List<Exchange> out = new java.util.ArrayList<>();
        CallAnalyzer a = new CallAnalyzer(Locale.ENGLISH, c -> { }, out::add);
        int n = 3 * CallAnalyzer.SWEEP_EVERY;
        int maxOpen = 0;
        for (int i = 0; i < n; i++) {
            Flow f = new Flow("reg" + i).after(i * 1000L); // one a second, each its own Call-ID
            SipEvent reg = f.request(CALLER, PROXY, "REGISTER", 1, null);
            f.respond(reg, 200, "OK", "p");
            f.events.forEach(a::accept);
            maxOpen = Math.max(maxOpen, a.openStates());
        }
        // released 4 s after their 200, then held as context for the cross-exchange rules for a few minutes
        assertThat(maxOpen).isLessThan(400);
        assertThat(out.size()).as("most were handed on before the end").isGreaterThan(n - 400);
        a.finish();
        assertThat(out).hasSize(n).allMatch(x -> x.outcome().equals("registered"));
    }

    @Test
    void aRegistrationCallIdComingBackLaterIsANewExchangeButAChallengeRetryIsNot() {
        CallAnalyzer a = new CallAnalyzer();
        Flow f = new Flow("aor-1");
        SipEvent r1 = f.request(CALLER, PROXY, "REGISTER", 1, null);
        f.after(20).respond(r1, 401, "Unauthorized", "p");
        // the device answers the challenge 34 s later: still the same attempt
        SipEvent r2 = f.after(34_000).edit(f.request(CALLER, PROXY, "REGISTER", 2, null),
                b -> b.flags |= SipEvent.F_CREDENTIALS);
        f.after(20).respond(r2, 200, "OK", "p");
        // the refresh an hour later on the same Call-ID: a new exchange
        SipEvent r3 = f.after(3_600_000).request(CALLER, PROXY, "REGISTER", 3, null);
        f.after(20).respond(r3, 403, "Forbidden", "p");
        f.events.forEach(a::accept);
        List<Exchange> xs = a.finish().exchanges();
        assertThat(xs).hasSize(2);
        assertThat(xs.get(0).outcome()).isEqualTo("registered");
        assertThat(xs.get(0).requests()).isEqualTo(2);
        assertThat(xs.get(1).finalStatus()).isEqualTo(403);
    }

    @Test
    void aCaptureThatGoesBackInTimeDoesNotCutItsEarlierStretchApart() {
        // merged captures: a message stamped a year later comes first in the file, then the rest in order
        CallAnalyzer a = new CallAnalyzer();
        Flow later = new Flow("later").after(365L * 24 * 3_600_000);
        later.request(CALLER, CALLEE, "INVITE", 1, null);
        later.events.forEach(a::accept);
        Flow ping = new Flow("ping");
        for (int i = 0; i < CallAnalyzer.SWEEP_EVERY; i++) { // enough messages for sweeps to run in between
            SipEvent options = ping.after(i == 0 ? 0 : 10).request(CALLER, PROXY, "OPTIONS", i + 1, null);
            ping.after(5).respond(options, 200, "OK", "p");
        }
        ping.events.forEach(a::accept);
        List<Exchange> xs = a.finish().exchanges();
        assertThat(xs).as("one exchange, answered, not cut into requests without answers").hasSize(1);
        assertThat(xs.get(0).outcome()).isEqualTo("ok");
        assertThat(xs.get(0).requests()).isEqualTo(CallAnalyzer.SWEEP_EVERY);
    }
}
