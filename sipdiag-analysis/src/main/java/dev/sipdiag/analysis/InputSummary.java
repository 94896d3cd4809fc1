package dev.sipdiag.analysis;

import java.util.List;
import java.util.Map;

/**
 * What was read to produce an analysis, so nothing is silently dropped:
 * packets = SIP messages + every skipped count.
 *
 * @param inputs      the files (or "-")
 * @param packets     frames, datagrams or log records read
 * @param sipMessages SIP messages found
 * @param skipped     what was not SIP or not usable, by reason (e.g. "non-sip", "truncated", "encrypted")
 * @param notes       one-line remarks for people (e.g. "TLS on 5061: 12 packets encrypted, not analysed")
 */
public record InputSummary(List<String> inputs, long packets, long sipMessages, Map<String, Long> skipped,
                           List<String> notes) {
}
