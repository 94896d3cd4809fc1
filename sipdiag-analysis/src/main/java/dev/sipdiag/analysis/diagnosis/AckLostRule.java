package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A final response to an INVITE that its sender kept retransmitting: the ACK never reached it. The UAS
 * retransmits a 2xx until the ACK arrives (RFC 3261 §13.3.1.4) and a non-2xx until Timer H (§17.2.1), doubling
 * from T1; after 64*T1 (about 32 s) without an ACK a UAS ends the call with a BYE. The ACK of a 2xx goes
 * end-to-end to the Contact of the 2xx, so a private Contact or a NAT binding that does not let it back in loses
 * it: the classic NAT symptom.
 *
 * <p>Fires when one final response was sent at least {@link #MIN_COPIES} times. A warning when one ACK came late
 * and stopped the retransmissions; an error when the retransmissions went on after ACKs were sent (so they were
 * lost on the way), when no ACK was seen after the last copy, or when the callee then hung up. For a refusal
 * (3xx-6xx) the call failed anyway and its ACK goes back the way the INVITE came: a warning.
 */
final class AckLostRule implements Rule {
    /** Copies of a final response that show the ACK was missing for at least 1.5 s (T1 + 2*T1). */
    static final int MIN_COPIES = 3;

    @Override
    public String id() {
        return "ack-lost";
    }

    @Override
    public Category category() {
        return Category.NAT;
    }

    @Override
    public List<String> textKeys() {
        return List.of("ack-lost.message", "ack-lost.fix", "ack-lost.late.message", "ack-lost.late.fix",
                "ack-lost.dropped.message", "ack-lost.dropped.fix", "ack-lost.refusal.message",
                "ack-lost.refusal.fix");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        if (ctx.call() == null) {
            return;
        }
        List<SipEvent> events = ctx.events();
        for (int i = 0; i < events.size(); i++) {
            SipEvent r = events.get(i);
            if (!r.response() || r.status() < 200 || !"INVITE".equals(r.cseqMethod()) || ctx.retransmitted().get(i)) {
                continue;
            }
            List<SipEvent> copies = new ArrayList<>();
            copies.add(r);
            SipEvent ackAfterLast = null;
            boolean ackBetweenCopies = false;
            SipEvent bye = null;
            for (int j = i + 1; j < events.size(); j++) {
                SipEvent e = events.get(j);
                if (ctx.retransmitted().get(j) && sameResponse(e, r)) {
                    copies.add(e);
                    ackBetweenCopies |= ackAfterLast != null;
                    ackAfterLast = null;
                } else if (e.request() && "ACK".equals(e.method()) && e.cseq() == r.cseq()) {
                    ackAfterLast = e;
                } else if (e.request() && "BYE".equals(e.method()) && bye == null
                        && Objects.equals(e.source(), r.source())) {
                    bye = e;
                }
            }
            if (copies.size() < MIN_COPIES) {
                continue;
            }
            SipEvent last = copies.get(copies.size() - 1);
            String key;
            Severity sev;
            List<SipEvent> refs = new ArrayList<>(copies);
            if (ackAfterLast != null && !ackBetweenCopies && bye == null) {
                key = "ack-lost.late";
                sev = Severity.WARNING;
                refs.add(ackAfterLast);
            } else if (bye != null && r.status() < 300) {
                key = "ack-lost.dropped";
                sev = Severity.ERROR;
                refs.add(bye);
            } else if (r.status() >= 300) {
                key = "ack-lost.refusal"; // RFC 3261 §17.1.1.3: this ACK goes hop by hop, not to a Contact
                sev = Severity.WARNING;
            } else {
                key = "ack-lost";
                sev = Severity.ERROR;
            }
            out.add(Evidence.finding(ctx, this, key, sev, Evidence.indexes(refs), Evidence.sender(r), r.label(),
                    Evidence.receiver(r), copies.size(), Evidence.seconds(r, last), Evidence.seconds(r, bye),
                    r.contact() == null ? "-" : r.contact()));
        }
    }

    /** The same response over the same path (what {@code CallState} marks as a retransmission). */
    private static boolean sameResponse(SipEvent e, SipEvent r) {
        return e.response() && e.status() == r.status() && e.cseq() == r.cseq()
                && Objects.equals(e.cseqMethod(), r.cseqMethod()) && Objects.equals(e.branch(), r.branch())
                && Objects.equals(e.toTag(), r.toTag()) && Objects.equals(e.source(), r.source())
                && Objects.equals(e.destination(), r.destination());
    }
}
