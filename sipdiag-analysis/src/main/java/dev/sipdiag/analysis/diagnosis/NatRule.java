package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.status.Category;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A device behind NAT that does not know it: its message arrives from one address while its Via sent-by, its
 * Contact or its SDP {@code c=} name a private or link-local one. Only messages straight from a user agent (one
 * Via) are judged, because a proxy forwards the caller's Contact and SDP untouched. The server's Via
 * {@code received}/{@code rport} (RFC 3261 §18.2.1, RFC 3581 §4) on the answer shows the translation; a private
 * media address means the far end sends RTP where it cannot arrive: one-way or no audio. One finding per sender.
 * A loopback source is the same host (a tunnel or local proxy) unless the server's {@code received} shows it
 * saw another address than the one claimed.
 */
final class NatRule implements Rule {

    @Override
    public String id() {
        return "nat";
    }

    @Override
    public Category category() {
        return Category.NAT;
    }

    @Override
    public List<String> textKeys() {
        return List.of("nat.message", "nat.fix", "nat.received", "nat.media");
    }

    @Override
    public void check(CallContext ctx, List<Finding> out) {
        List<SipEvent> events = Evidence.events(ctx);
        Set<String> senders = new HashSet<>();
        for (SipEvent e : events) {
            if (e.viaCount() != 1 || e.source() == null || Evidence.retransmitted(ctx, e)
                    || senders.contains(e.source().address())) {
                continue;
            }
            String src = e.source().address();
            if (Addresses.isPrivate(src)) {
                continue; // seen inside a private network: nothing is translated yet
            }
            List<String> fields = new ArrayList<>();
            if (e.request()) {
                addIfPrivate(fields, "Via ", e.sentBy(), Addresses.host(e.sentBy()), src);
            }
            if (e.request() || !"REGISTER".equals(e.cseqMethod())) {
                // a REGISTER response lists the registered bindings, not its sender's own address
                addIfPrivate(fields, "Contact ", e.contact(), Addresses.host(e.contact()), src);
            }
            boolean media = addIfPrivate(fields, "SDP c=", e.mediaAddress(), e.mediaAddress(), src);
            if (fields.isEmpty()) {
                continue;
            }
            SipEvent translated = e.request() ? receivedOn(events, e) : null;
            if (Addresses.isLoopback(src) && !translatedElsewhere(translated, e)) {
                continue; // same host (a tunnel, a local proxy): only the server's own record shows a NAT
            }
            senders.add(src);
            StringBuilder text = new StringBuilder(ctx.texts().get("nat.message", Evidence.sender(e), e.label(),
                    src, String.join(", ", fields)));
            if (translated != null) {
                text.append(' ').append(ctx.texts().get("nat.received", Evidence.sender(translated),
                        translated.viaReceived() == null ? src : translated.viaReceived(),
                        translated.viaRport() < 0 ? "-" : Integer.toString(translated.viaRport())));
            }
            if (media) {
                text.append(' ').append(ctx.texts().get("nat.media", e.mediaAddress()));
            }
            text.append(' ').append(ctx.texts().get("nat.fix"));
            out.add(new Finding(id(), category(), Severity.WARNING.id(), text.toString(),
                    Evidence.indexes(e, translated)));
        }
    }

    /** Adds "label value" when host is private and not the packet's own source; the text is built only then. */
    private static boolean addIfPrivate(List<String> fields, String label, String value, String host, String source) {
        if (Addresses.isPrivate(host) && !Objects.equals(host, source)) {
            fields.add(label + value);
            return true;
        }
        return false;
    }

    /** Whether the server recorded a received address other than the private one the request claimed. */
    private static boolean translatedElsewhere(SipEvent translated, SipEvent request) {
        return translated != null && translated.viaReceived() != null
                && !translated.viaReceived().equals(Addresses.host(request.sentBy()));
    }

    /** A response to the request whose top Via carries received or rport: the server's record of the NAT. */
    private static SipEvent receivedOn(List<SipEvent> events, SipEvent request) {
        for (SipEvent e : events) {
            if (e.response() && Objects.equals(e.branch(), request.branch()) && e.cseq() == request.cseq()
                    && (e.viaReceived() != null || e.viaRport() >= 0)) {
                return e;
            }
        }
        return null;
    }
}
