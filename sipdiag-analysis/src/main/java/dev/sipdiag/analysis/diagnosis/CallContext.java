package dev.sipdiag.analysis.diagnosis;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.SipEvent;
import java.util.BitSet;
import java.util.List;

/**
 * What a rule sees: the concluded call (or exchange: then {@code call} is null), every message of its Call-ID in
 * capture order, which of them were retransmissions, when the capture ended, and the texts in the chosen
 * language.
 *
 * @param call            the call, or null for an exchange
 * @param exchange        the exchange, or null for a call
 * @param events          the messages, in capture order
 * @param retransmitted   bit i set when events.get(i) repeats an earlier message
 * @param captureEndNanos time of the last message in the whole capture
 * @param texts           the finding texts
 */
public record CallContext(Call call, Exchange exchange, List<SipEvent> events, BitSet retransmitted,
                          long captureEndNanos, Texts texts) {
}
