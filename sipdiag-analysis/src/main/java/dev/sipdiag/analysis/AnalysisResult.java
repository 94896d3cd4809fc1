package dev.sipdiag.analysis;

import java.util.List;
import java.util.Map;

/**
 * The analysis of a capture.
 *
 * @param messages           SIP messages analysed (retransmissions included)
 * @param requests           requests by method, every message counted (tshark's sip,stat meaning)
 * @param responses          responses by status code, every message counted
 * @param responsesByMethod  responses by CSeq method, then status code
 * @param calls              calls, by start time (empty when the analyzer streamed them to a sink)
 * @param exchanges          non-INVITE exchanges, by start time (likewise)
 * @param firstTimeNanos     time of the first message (epoch ns) or {@link dev.sipdiag.capture.Payload#NO_TIME}
 * @param lastTimeNanos      time of the last message
 * @param callCount          calls concluded (also when they were streamed to a sink rather than collected)
 * @param exchangeCount      exchanges concluded
 */
public record AnalysisResult(int messages, Map<String, Integer> requests, Map<String, Integer> responses,
                             Map<String, Map<String, Integer>> responsesByMethod, List<Call> calls,
                             List<Exchange> exchanges, long firstTimeNanos, long lastTimeNanos,
                             int callCount, int exchangeCount) {
}
