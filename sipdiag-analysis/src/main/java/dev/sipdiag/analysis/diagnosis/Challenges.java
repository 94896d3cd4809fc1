package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.SipEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The authentication story of a call or exchange (RFC 3261 §22): every final response to a request, paired with
 * that request, in order, retransmissions left out. The authentication rules read it.
 */
record Challenges(List<Answer> answers) {

    /** A final response and the request it answered (null when the capture missed the request). */
    record Answer(SipEvent request, SipEvent response) {
        boolean challenge() {
            return response.status() == 401 || response.status() == 407;
        }

        boolean withCredentials() {
            return request != null && request.has(SipEvent.F_CREDENTIALS);
        }
    }

    static Challenges of(CallContext ctx) {
        List<SipEvent> events = Evidence.events(ctx);
        List<Answer> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            SipEvent e = events.get(i);
            if (e.response() && e.status() >= 200 && !"ACK".equals(e.cseqMethod()) && !Evidence.retransmitted(ctx, e)) {
                out.add(new Answer(Evidence.requestOf(events, e), e));
            }
        }
        return new Challenges(List.copyOf(out));
    }

    /** Whether a request of this method was sent after the given response (a retry). */
    static boolean retriedAfter(List<SipEvent> events, SipEvent response) {
        boolean after = false;
        for (SipEvent e : events) {
            if (e == response) {
                after = true;
            } else if (after && e.request() && e.method() != null && e.method().equals(response.cseqMethod())
                    && e.cseq() != response.cseq()) {
                return true;
            }
        }
        return false;
    }
}
