package dev.sipdiag.analysis;

import dev.sipdiag.capture.Payload;
import dev.sipdiag.analysis.diagnosis.CallContext;
import dev.sipdiag.analysis.diagnosis.Diagnoser;
import dev.sipdiag.analysis.diagnosis.CrossCallIdRetries;
import dev.sipdiag.analysis.diagnosis.Sweeps;
import dev.sipdiag.analysis.diagnosis.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the messages of one Call-ID into a {@link Call} (or into {@link Exchange}s when it holds no INVITE).
 *
 * <p>Legs: an initial INVITE (no To tag) from address A to address B opens the leg A→B; a later initial
 * INVITE on the same leg (after a 401/407 challenge, with a new CSeq) is another attempt of that leg, and so is
 * one from A to another address after a 3xx (a followed redirect). An INVITE from another address (a proxy
 * forwarding it) opens a new leg. Responses find their attempt by top Via branch, sent-by and CSeq
 * (RFC 3261 §17.1.3), never by address, so NAT and asymmetric ports do not confuse them.
 */
class CallConcluder {
    private final Diagnoser diagnoser;
    private final Texts texts;

    CallConcluder(Diagnoser diagnoser, Locale locale) {
        this.diagnoser = diagnoser;
        this.texts = new Texts(locale);
    }

    /** The concluded call with its findings. */
    Call diagnosed(CallState s, long now) {
        Call c = call(s, now);
        return c.withFindings(shared(diagnoser.diagnose(new CallContext(c, null, s.events, s.retransmitted, now,
                texts))));
    }

    /** The concluded exchanges with their findings. */
    List<Exchange> diagnosedExchanges(CallState s, long now) {
        List<Exchange> out = new ArrayList<>();
        for (Exchange x : exchanges(s, now)) {
            out.add(x.withFindings(shared(diagnoser.diagnose(new CallContext(null, x, s.events, s.retransmitted,
                    now, texts)))));
        }
        return out;
    }

    /** Finding texts repeat across calls and exchanges (a scanner's every request, a trunk's every failure). */
    private final SipEvents.Interner messages = new SipEvents.Interner();

    /** The findings with their texts shared with equal texts of other calls: held exchanges and calls cost less. */
    private List<Finding> shared(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(new Finding(f.rule(), f.category(), f.severity(), messages.of(f.message()), f.messages()));
        }
        return out;
    }

    /**
     * All exchanges of the analysis judged together: challenges retried under another Call-ID withdrawn
     * ({@link CrossCallIdRetries}), extension sweeps marked ({@link Sweeps}).
     */
    List<Exchange> acrossExchanges(List<Exchange> all) {
        return acrossExchanges(all, x -> true);
    }

    /** As {@link #acrossExchanges(List)}, with findings changed only on the {@code wanted} exchanges. */
    List<Exchange> acrossExchanges(List<Exchange> all, java.util.function.Predicate<Exchange> wanted) {
        return Sweeps.mark(CrossCallIdRetries.withdraw(all, wanted), texts, wanted);
    }

    /** One INVITE client transaction of a leg. */
    static final class Attempt {
        final SipEvent invite;
        int retransmissions;
        SipEvent firstProvisional; // first non-100 1xx
        SipEvent ringing;          // first 180/181/182/183
        SipEvent finalResponse;
        SipEvent cancel;
        boolean anyResponse;

        Attempt(SipEvent invite) {
            this.invite = invite;
        }
    }

    /** One hop's view of the call. */
    static final class LegState {
        final String source;
        final String destination;
        final String callerTag;
        final String transport;
        final List<Attempt> attempts = new ArrayList<>();
        final String callId;
        boolean partial;
        int retransmissions;

        LegState(String callId, String source, String destination, String callerTag, String transport) {
            this.callId = callId;
            this.source = source;
            this.destination = destination;
            this.callerTag = callerTag;
            this.transport = transport;
        }

        Attempt last() {
            return attempts.get(attempts.size() - 1);
        }

        SipEvent answer() {
            for (Attempt a : attempts) {
                if (a.finalResponse != null && a.finalResponse.status() < 300) {
                    return a.finalResponse;
                }
            }
            return null;
        }
    }

    Call call(CallState s, long now) {
        List<LegState> legs = new ArrayList<>();
        Map<String, Attempt> byTx = new HashMap<>();
        Map<Attempt, LegState> legOf = new HashMap<>();
        SipEvent bye = null;
        SipEvent byeOk = null;
        List<Integer> indexes = new ArrayList<>(s.events.size());
        int hops = 0;
        for (int i = 0; i < s.events.size(); i++) {
            SipEvent e = s.events.get(i);
            indexes.add(e.index());
            boolean re = s.retransmitted.get(i);
            if (e.request() && "INVITE".equals(e.method())) {
                hops = Math.max(hops, e.viaCount());
            }
            if (e.request() && "INVITE".equals(e.method()) && e.toTag() == null) {
                String tx = txKey(e);
                Attempt known = byTx.get(tx);
                if (known != null) {
                    known.retransmissions++;
                    legOf.get(known).retransmissions++;
                    continue;
                }
                LegState leg = legFor(legs, e);
                Attempt a = new Attempt(e);
                leg.attempts.add(a);
                byTx.put(tx, a);
                legOf.put(a, leg);
            } else if (e.response() && "INVITE".equals(e.cseqMethod())) {
                Attempt a = byTx.get(txKey(e));
                if (a == null) {
                    if (e.toTag() != null && !legs.isEmpty() && hasDialog(legs, e)) {
                        continue; // a response to a re-INVITE
                    }
                    // The capture missed the INVITE: reconstruct the leg from the response.
                    LegState leg = partialLeg(legs, e);
                    a = leg.attempts.isEmpty() ? null : leg.last();
                    if (a == null) {
                        a = new Attempt(null);
                        leg.attempts.add(a);
                        legOf.put(a, leg);
                    }
                    byTx.put(txKey(e), a);
                }
                LegState leg = legOf.get(a);
                if (re) {
                    leg.retransmissions++;
                    continue;
                }
                a.anyResponse = true;
                int st = e.status();
                if (st < 200) {
                    if (st > 100 && a.firstProvisional == null) {
                        a.firstProvisional = e;
                    }
                    if (st >= 180 && st <= 183 && a.ringing == null) {
                        a.ringing = e;
                    }
                } else if (a.finalResponse == null) {
                    a.finalResponse = e;
                }
            } else if (e.request() && "CANCEL".equals(e.method())) {
                Attempt a = byTx.get(txKey(e));
                if (a != null && a.cancel == null) {
                    a.cancel = e;
                }
            } else if (e.request() && "BYE".equals(e.method()) && !re && bye == null) {
                bye = e;
            } else if (e.response() && "BYE".equals(e.cseqMethod()) && e.status() >= 200 && byeOk == null
                    && bye != null && e.cseq() == bye.cseq()) {
                byeOk = e;
            }
        }
        if (legs.isEmpty()) {
            // Only in-dialog traffic of a call whose set-up the capture missed.
            LegState leg = new LegState(s.callId, null, null, null, s.events.get(0).transport());
            leg.partial = true;
            legs.add(leg);
        }
        return build(s, legs, bye, byeOk, indexes, hops, now);
    }

    private Call build(CallState s, List<LegState> legs, SipEvent bye, SipEvent byeOk, List<Integer> indexes,
                       int hops, long now) {
        LegState first = legs.get(0);
        List<Call.Leg> legOut = new ArrayList<>();
        for (LegState l : legs) {
            Decision d = decide(l, now);
            legOut.add(new Call.Leg(l.callId, l.source, l.destination, l.transport, d.outcome,
                    d.decisive == null ? null : d.decisive.status(), l.attempts.size(), l.retransmissions));
        }
        Decision d = decide(first, now);
        SipEvent invite = first.attempts.isEmpty() ? null : first.attempts.get(0).invite;
        SipEvent any = invite != null ? invite : s.events.get(0);
        SipEvent answer = first.answer();
        SipEvent firstProv = null;
        SipEvent ring = null;
        int challenges = 0;
        boolean redirectFollowed = false;
        for (int i = 0; i < first.attempts.size(); i++) {
            Attempt a = first.attempts.get(i);
            if (firstProv == null && a.firstProvisional != null) {
                firstProv = a.firstProvisional;
            }
            if (ring == null && a.ringing != null) {
                ring = a.ringing;
            }
            if (a.finalResponse != null && i < first.attempts.size() - 1) {
                int st = a.finalResponse.status();
                if (st == 401 || st == 407) {
                    challenges++;
                } else if (st >= 300 && st < 400) {
                    redirectFollowed = true;
                }
            }
        }
        long start = invite != null ? invite.timeNanos() : any.timeNanos();
        SipEvent decisive = d.decisive;
        String endedBy = null;
        Long duration = null;
        if (d.outcome == Outcome.ANSWERED && bye != null) {
            endedBy = Objects.equals(bye.fromTag(), first.callerTag) || first.callerTag == null
                    && Objects.equals(bye.fromUri(), any.fromUri()) ? "caller" : "callee";
            duration = ms(answer, bye);
        } else if (d.outcome == Outcome.CANCELLED) {
            endedBy = "caller";
        }
        String reason = decisive != null ? decisive.reason() : null;
        if (reason == null && d.cancel != null) {
            reason = d.cancel.reason();
        }
        if (reason == null && bye != null) {
            reason = bye.reason();
        }
        SipEvent far = answer != null ? answer : decisive != null ? decisive : firstProv;
        List<String> answered = answer != null && !answer.codecs().isEmpty() ? answer.codecs()
                : firstProv != null && !firstProv.codecs().isEmpty() ? firstProv.codecs() : List.of();
        Long ringMs = null;
        if (ring != null) {
            SipEvent end = answer != null ? answer : decisive;
            ringMs = end == null ? null : ms(ring, end);
        }
        return new Call(s.callId, any.fromUri(), any.toUri(), any.fromUser(), any.toUser(),
                invite == null ? null : invite.requestUri(), invite == null ? null : invite.pai(),
                millis(start), d.outcome, decisive == null ? null : decisive.status(),
                decisive == null ? null : decisive.phrase(), reason, decisive == null ? null : decisive.warning(),
                invite == null ? null : ms(invite, firstProv), invite == null ? null : ms(invite, answer), ringMs,
                duration, invite == null ? null : ms(invite, decisive), ms(bye, byeOk), endedBy, challenges, redirectFollowed, invite == null ? null : invite.userAgent(),
                far == null ? null : far.userAgent(), hops, invite == null ? List.of() : invite.codecs(),
                answered, s.retransmitted.cardinality(), List.copyOf(legOut), List.copyOf(indexes),
                List.of(), s.correlation);
    }

    /** The outcome of a leg and the response that decided it. */
    record Decision(Outcome outcome, SipEvent decisive, SipEvent cancel) {
    }

    static Decision decide(LegState leg, long now) {
        if (leg.attempts.isEmpty()) {
            return new Decision(Outcome.PARTIAL, null, null);
        }
        SipEvent cancel = null;
        for (Attempt a : leg.attempts) {
            if (a.cancel != null) {
                cancel = a.cancel;
            }
        }
        SipEvent answer = leg.answer();
        if (answer != null) {
            // RFC 3261 §9.1: a CANCEL that crossed the 2xx cannot stop the call; the caller then hangs up. A
            // caller that had seen the 2xx would send BYE, not CANCEL, so any CANCEL of this INVITE means the
            // caller gave up, even when the capture point saw the 2xx go by first.
            if (cancel != null) {
                return new Decision(Outcome.CANCELLED, answer, cancel);
            }
            return new Decision(Outcome.ANSWERED, answer, cancel);
        }
        Attempt last = leg.last();
        if (last.invite == null && last.finalResponse == null) {
            return new Decision(leg.partial ? Outcome.PARTIAL : Outcome.IN_PROGRESS, null, cancel);
        }
        SipEvent fin = last.finalResponse;
        if (fin == null) {
            if (!last.anyResponse && last.invite != null && (last.retransmissions > 0
                    || (now != Payload.NO_TIME && last.invite.timeNanos() != Payload.NO_TIME
                    && now - last.invite.timeNanos() >= Timers.TIMER_B))) {
                return new Decision(Outcome.NO_RESPONSE, null, cancel);
            }
            return new Decision(Outcome.IN_PROGRESS, null, cancel);
        }
        int st = fin.status();
        Outcome o;
        if (st >= 300 && st < 400) {
            o = Outcome.REDIRECTED;
        } else if (st == 486 || st == 600) {
            o = Outcome.BUSY;
        } else if (st == 603) {
            o = Outcome.DECLINED;
        } else if (st == 487) {
            o = last.cancel != null ? Outcome.CANCELLED : Outcome.FAILED;
        } else if ((st == 408 || st == 480) && last.ringing != null) {
            o = Outcome.NO_ANSWER;
        } else {
            o = Outcome.FAILED;
        }
        return new Decision(o, fin, cancel);
    }

    private static LegState legFor(List<LegState> legs, SipEvent e) {
        String src = str(e.source());
        String dst = str(e.destination());
        for (LegState l : legs) {
            if (Objects.equals(l.source, src) && Objects.equals(l.destination, dst)) {
                return l;
            }
        }
        for (LegState l : legs) {
            // a followed redirect: the same caller retries elsewhere after a 3xx
            if (Objects.equals(l.source, src) && Objects.equals(l.callerTag, e.fromTag()) && !l.attempts.isEmpty()
                    && l.last().finalResponse != null && l.last().finalResponse.status() / 100 == 3) {
                return l;
            }
        }
        LegState l = new LegState(e.callId(), src, dst, e.fromTag(), e.transport());
        legs.add(l);
        return l;
    }

    private static LegState partialLeg(List<LegState> legs, SipEvent response) {
        String src = str(response.destination());
        String dst = str(response.source());
        for (LegState l : legs) {
            if (Objects.equals(l.source, src) && Objects.equals(l.destination, dst)) {
                return l;
            }
        }
        LegState l = new LegState(response.callId(), src, dst, response.fromTag(), response.transport());
        l.partial = true;
        legs.add(l);
        return l;
    }

    private static boolean hasDialog(List<LegState> legs, SipEvent e) {
        for (LegState l : legs) {
            for (Attempt a : l.attempts) {
                if (a.finalResponse != null && a.finalResponse.status() < 300
                        && Objects.equals(a.finalResponse.toTag(), e.toTag())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** RFC 3261 §17.1.3: branch + sent-by + CSeq number identify the INVITE (and its CANCEL and ACK). */
    static String txKey(SipEvent e) {
        String branch = e.branch();
        if (branch != null && branch.startsWith(SipEvent.MAGIC_COOKIE)) {
            return branch + '|' + e.sentBy() + '|' + e.cseq();
        }
        // RFC 2543 peers: Call-ID (implied), CSeq number, From tag and top Via
        return "2543|" + e.cseq() + '|' + e.fromTag() + '|' + e.sentBy() + '|' + branch;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static long millis(long nanos) {
        return nanos == Payload.NO_TIME ? -1 : nanos / 1_000_000L;
    }

    static Long ms(SipEvent from, SipEvent to) {
        if (from == null || to == null || from.timeNanos() == Payload.NO_TIME || to.timeNanos() == Payload.NO_TIME) {
            return null;
        }
        return (to.timeNanos() - from.timeNanos()) / 1_000_000L;
    }

    /** The non-INVITE exchanges of a Call-ID, one per method. */
    List<Exchange> exchanges(CallState s, long now) {
        Map<String, List<Integer>> byMethod = new LinkedHashMap<>();
        for (int i = 0; i < s.events.size(); i++) {
            SipEvent e = s.events.get(i);
            String m = e.request() ? e.method() : e.cseqMethod();
            byMethod.computeIfAbsent(m == null ? "?" : m, k -> new ArrayList<>()).add(i);
        }
        List<Exchange> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> m : byMethod.entrySet()) {
            out.add(exchange(s, m.getKey(), m.getValue(), now));
        }
        return out;
    }

    private Exchange exchange(CallState s, String method, List<Integer> positions, long now) {
        SipEvent firstReq = null;
        SipEvent lastReq = null;
        SipEvent lastFinal = null;
        int requests = 0;
        int retrans = 0;
        int challenges = 0;
        int challengesAfterCredentials = 0;
        boolean challenged = false;
        List<Integer> indexes = new ArrayList<>();
        for (int p : positions) {
            SipEvent e = s.events.get(p);
            indexes.add(e.index());
            if (s.retransmitted.get(p)) {
                retrans++;
                continue;
            }
            if (e.request()) {
                requests++;
                if (firstReq == null) {
                    firstReq = e;
                }
                lastReq = e;
            } else if (e.status() >= 200) {
                lastFinal = e;
                if (e.status() == 401 || e.status() == 407) {
                    challenges++;
                    if (challenged) {
                        challengesAfterCredentials++;
                    }
                    challenged = true;
                } else if (e.status() < 300) {
                    challenged = false;
                }
            }
        }
        SipEvent any = firstReq != null ? firstReq : s.events.get(positions.get(0));
        String outcome;
        if (lastFinal == null || (lastReq != null && lastFinal.timeNanos() < lastReq.timeNanos()
                && lastFinal.cseq() < lastReq.cseq())) {
            boolean timedOut = lastReq != null && now != Payload.NO_TIME && lastReq.timeNanos() != Payload.NO_TIME
                    && now - lastReq.timeNanos() >= Timers.TIMER_F;
            outcome = lastReq == null ? "partial" : timedOut || retrans > 0 ? "no-response" : "in-progress";
        } else {
            int st = lastFinal.status();
            boolean register = "REGISTER".equals(method);
            if (st < 300) {
                outcome = register ? "registered" : "ok";
            } else if ((st == 401 || st == 407) && challengesAfterCredentials > 0 || st == 403 && challenges > 0) {
                outcome = "auth-failed";
            } else if (st == 401 || st == 407) {
                outcome = "auth-required";
            } else {
                outcome = register ? "refused" : "failed";
            }
        }
        return new Exchange(method, s.callId, any.fromUri(), any.toUri(), str(any.source()),
                str(any.destination()), millis(any.timeNanos()), requests, retrans, challenges,
                lastFinal == null ? null : lastFinal.status(), outcome, firstReq == null ? null : ms(firstReq, lastFinal),
                any.userAgent(), List.copyOf(indexes), List.of());
    }
}
