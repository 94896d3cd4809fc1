package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fingerprints of a router's SIP application-layer gateway, which rewrites addresses inside SIP and often gets
 * it half right:
 * <ol>
 *   <li>the same request seen on both sides of a router (same branch, CSeq and number of Vias, so no proxy
 *       handled it in between) with Via sent-by, Contact or SDP {@code c=} rewritten;</li>
 *   <li>a UDP datagram whose Content-Length no longer matches its body (RFC 3261 §18.3), as when an ALG changes
 *       the length of an address in the SDP and not the header;</li>
 *   <li>an SDP whose {@code o=} keeps a private address while {@code c=} has a public one (RFC 4566 §5.2, §5.7);</li>
 *   <li>a header that may appear once appearing twice.</li>
 * </ol>
 * One finding per call for the first fingerprint found: a warning, except (3), which a phone using STUN leaves
 * too and so is only information.
 */
final class SipAlgRule implements Rule {

    @Override
    public String id() {
        return "sip-alg";
    }

    @Override
    public Category category() {
        return Category.SIP_ALG;
    }

    @Override
    public List<String> textKeys() {
        return List.of("sip-alg.rewritten.message", "sip-alg.length.message", "sip-alg.origin.message",
                "sip-alg.duplicate.message", "sip-alg.fix");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        List<SipEvent> events = Evidence.events(ctx);
        Finding f = rewritten(ctx, events);
        if (f == null) {
            f = perMessage(ctx, events);
        }
        if (f != null) {
            out.add(f);
        }
    }

    private Finding rewritten(CallContext ctx, List<SipEvent> events) {
        Map<String, SipEvent> firstSeen = new LinkedHashMap<>();
        for (SipEvent e : events) {
            if (!e.request() || e.branch() == null || e.source() == null) {
                continue;
            }
            String key = e.method() + '|' + e.branch() + '|' + e.cseq() + '|' + e.viaCount();
            SipEvent before = firstSeen.putIfAbsent(key, e);
            if (before == null || Objects.equals(before.source(), e.source())) {
                continue;
            }
            List<String> changed = new ArrayList<>();
            diff(changed, "Via", before.sentBy(), e.sentBy());
            diff(changed, "Contact", before.contact(), e.contact());
            diff(changed, "SDP c=", before.mediaAddress(), e.mediaAddress());
            if (!changed.isEmpty()) {
                return finding(ctx, "rewritten", Severity.WARNING, List.of(before, e), Evidence.sender(before),
                        e.label(), before.source().toString(), e.source().toString(), String.join("; ", changed));
            }
        }
        return null;
    }

    private Finding perMessage(CallContext ctx, List<SipEvent> events) {
        for (SipEvent e : events) {
            if (e.has(SipEvent.F_LENGTH_MISMATCH) && "UDP".equals(e.transport())) {
                return finding(ctx, "length", Severity.WARNING, List.of(e), Evidence.sender(e), e.label(),
                        Evidence.receiver(e), "-", "-");
            }
        }
        for (SipEvent e : events) {
            if (e.viaCount() == 1 && Addresses.isLiteral(e.originAddress()) && Addresses.isLiteral(e.mediaAddress())
                    && Addresses.isPrivate(e.originAddress()) && !Addresses.isPrivate(e.mediaAddress())
                    && !Addresses.isLoopback(e.mediaAddress())) {
                return finding(ctx, "origin", Severity.INFO, List.of(e), Evidence.sender(e), e.label(),
                        e.originAddress(), e.mediaAddress(), "-");
            }
        }
        for (SipEvent e : events) {
            if (e.has(SipEvent.F_DUPLICATE_HEADER)) {
                return finding(ctx, "duplicate", Severity.WARNING, List.of(e), Evidence.sender(e), e.label(),
                        Evidence.receiver(e), "-", "-");
            }
        }
        return null;
    }

    private static void diff(List<String> changed, String field, String a, String b) {
        if (a != null && b != null && !a.equals(b)) {
            changed.add(field + " " + a + " → " + b);
        }
    }

    private Finding finding(CallContext ctx, String variant, Severity severity, List<SipEvent> refs, Object... args) {
        String text = ctx.texts().get("sip-alg." + variant + ".message", args) + " " + ctx.texts().get("sip-alg.fix");
        return new Finding(id(), category(), severity.id(), text, Evidence.indexes(refs));
    }
}
