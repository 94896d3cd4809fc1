package dev.sipdiag.analysis;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything seen so far of one Call-ID: its messages and which of them were retransmissions. A message is a
 * retransmission when the same request (method, CSeq, top Via branch and sent-by) or the same response
 * (status, To tag, CSeq, branch) already went the same way between the same two addresses (RFC 3261 §17.1.3,
 * §17.2.3; for RFC 2543 peers without the magic cookie the CSeq and tags carry the match).
 */
final class CallState {
    final String callId;
    final List<SipEvent> events = new ArrayList<>();
    final BitSet retransmitted = new BitSet();
    private final Set<MessageKey> seen = new HashSet<>();
    long lastTime = Payload.NO_TIME;
    boolean hasInvite;
    private boolean inviteSeen;
    private boolean answered;
    private boolean byeDone;
    private boolean refused;
    private boolean awaitingAck;
    private long lastFinalCseq = -1;
    /** Outside INVITE sessions: the final status of the latest request, 0 while it waits for one (or none yet). */
    private int exchangeFinal;
    String correlation;

    CallState(String callId) {
        this.callId = callId;
    }

    void add(SipEvent e) {
        int i = events.size();
        events.add(e);
        if (e.timeNanos() != Payload.NO_TIME) {
            lastTime = e.timeNanos();
        }
        if (!seen.add(key(e))) {
            retransmitted.set(i);
        }
        if (e.correlation() != null && correlation == null) {
            correlation = e.correlation();
        }
        if (e.request() && "INVITE".equals(e.method())) {
            hasInvite = true;
        }
        if ("INVITE".equals(e.cseqMethod())) {
            inviteSeen = true; // also responses to an INVITE the capture missed
        }
        if (e.response() && "INVITE".equals(e.cseqMethod()) && e.status() >= 200) {
            if (e.status() < 300) {
                answered = true;
            } else {
                // a challenge (401/407), a redirect (3xx), a timer refusal (422, 423) or glare (491, retried up to
                // 4 s later, RFC 3261 §14.1) is followed by a new INVITE on the same Call-ID: not over yet
                int st = e.status();
                refused = st >= 400 && st != 401 && st != 407 && st != 422 && st != 423 && st != 491;
            }
            awaitingAck = true;
            lastFinalCseq = e.cseq();
        }
        if (!"INVITE".equals(e.cseqMethod()) && !"ACK".equals(e.cseqMethod()) && !"CANCEL".equals(e.cseqMethod())) {
            if (e.request() && !retransmitted.get(i)) {
                exchangeFinal = 0;
            } else if (e.response() && e.status() >= 200) {
                exchangeFinal = e.status();
            }
        }
        if (e.request() && "ACK".equals(e.method()) && e.cseq() == lastFinalCseq) {
            awaitingAck = false;
        }
        if (e.response() && "BYE".equals(e.cseqMethod()) && e.status() >= 200) {
            byeDone = true;
        }
    }

    private static MessageKey key(SipEvent e) {
        return new MessageKey(e.request() ? e.method() : null, e.status(), e.cseq(), e.cseqMethod(), e.branch(),
                e.sentBy(), e.fromTag(), e.response() ? e.toTag() : null, e.source(), e.destination());
    }

    /**
     * What makes a message a retransmission of an earlier one when they are equal: the same request or status,
     * transaction (CSeq, branch, sent-by), tags and path. A record, so no key string is built per message.
     * hashCode and equals are written out: this runs for every message, and the generated ones go through
     * method handles that the quick C1 compiler sipdiag runs with does not inline (8 % of the analysis thread).
     */
    private record MessageKey(String method, int status, long cseq, String cseqMethod, String branch, String sentBy,
                              String fromTag, String toTag, Endpoint source, Endpoint destination) {
        @Override
        public int hashCode() {
            int h = Objects.hashCode(branch);
            h = 31 * h + Long.hashCode(cseq);
            h = 31 * h + status;
            h = 31 * h + Objects.hashCode(method);
            h = 31 * h + Objects.hashCode(fromTag);
            h = 31 * h + Objects.hashCode(toTag);
            return 31 * h + Objects.hashCode(source);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MessageKey k && status == k.status && cseq == k.cseq
                    && Objects.equals(branch, k.branch) && Objects.equals(method, k.method)
                    && Objects.equals(cseqMethod, k.cseqMethod) && Objects.equals(sentBy, k.sentBy)
                    && Objects.equals(fromTag, k.fromTag) && Objects.equals(toTag, k.toTag)
                    && Objects.equals(source, k.source) && Objects.equals(destination, k.destination);
        }
    }

    /**
     * Outside INVITE sessions, how long this Call-ID must be quiet before its exchange is over: a request still
     * waiting or answered with a challenge, a 423 or a 494 expects a retry (devices take up to tens of seconds);
     * any other final answer settles it.
     */
    long exchangeQuiet() {
        int f = exchangeFinal;
        if (f == 0) {
            return Timers.TIMER_F;
        }
        return f == 401 || f == 407 || f == 423 || f == 494 ? CallAnalyzer.EXCHANGE_QUIET : Timers.SETTLE;
    }

    /** Whether this Call-ID holds an INVITE session (else it is a set of non-INVITE exchanges). */
    boolean isCall() {
        return inviteSeen;
    }

    /**
     * Whether nothing more is expected once the call has been quiet for {@link Timers#LINGER}: every pending
     * transaction has timed out by then; only an answered dialog without a completed BYE stays up.
     */
    boolean ended() {
        return !answered || byeDone;
    }

    /**
     * Whether the call is over and every final response to its INVITE was acknowledged: refused and ACKed, or
     * answered, ACKed and hung up with a completed BYE. Nothing more is expected then but stray retransmissions,
     * so its state can go after {@link Timers#SETTLE} rather than the full {@link Timers#LINGER}.
     */
    boolean settled() {
        return hasInvite && !awaitingAck && (byeDone || refused && !answered);
    }
}
