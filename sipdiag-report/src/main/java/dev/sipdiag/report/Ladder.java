package dev.sipdiag.report;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sequence ("ladder") diagram of one call, independent of how it is drawn: a column per host:port in the
 * order they first speak, and an arrow per message in capture order.
 *
 * @param columns every endpoint that sent or received a message of the call; never empty when arrows exist
 * @param arrows  the messages in capture order; {@code from}/{@code to} index {@code columns}
 */
public record Ladder(List<Column> columns, List<Arrow> arrows) {
    /** Column name of an endpoint the input does not state (text logs). */
    public static final String UNKNOWN_ENDPOINT = "?";

    /**
     * One host:port and what it says it is.
     *
     * @param endpoint "192.0.2.1:5060"
     * @param agent    the first User-Agent (requests) or Server (responses) it sent, or null
     */
    public record Column(String endpoint, String agent) {
    }

    /**
     * One message.
     *
     * @param message        its index in the input (links to the raw text and to findings)
     * @param from           sending column
     * @param to             receiving column (equal to {@code from} for a message to itself)
     * @param label          "INVITE" or "486 Busy Here" (from the wire: renderers escape it)
     * @param sdp            whether it carried an SDP offer or answer
     * @param relativeNanos  time since the call's first message, or {@link Payload#NO_TIME} when unknown
     * @param retransmission the same request or response already went from {@code from} to {@code to}
     *                       (RFC 3261 §17.1.1.2, §17.2.1: same CSeq, method, top Via branch)
     * @param request        request (true) or response
     * @param status         status code of a response, 0 for a request
     */
    public record Arrow(int message, int from, int to, String label, boolean sdp, long relativeNanos,
                        boolean retransmission, boolean request, int status) {
    }

    /**
     * The ladder of a call from its messages; message indexes missing from {@code messages} are left out (the
     * second pass did not keep them).
     */
    public static Ladder of(Call call, Map<Integer, CapturedMessage> messages) {
        List<SipEvent> events = new ArrayList<>();
        for (int i : call.messages()) {
            CapturedMessage m = messages.get(i);
            if (m != null) {
                events.add(m.event());
            }
        }
        return of(events);
    }

    /** The ladder of the given messages, in the order given. */
    public static Ladder of(List<SipEvent> events) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> agents = new LinkedHashMap<>();
        List<Arrow> arrows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long first = Payload.NO_TIME;
        for (SipEvent e : events) {
            if (first == Payload.NO_TIME && e.timeNanos() != Payload.NO_TIME) {
                first = e.timeNanos();
            }
        }
        for (SipEvent e : events) {
            String src = name(e.source());
            String dst = name(e.destination());
            int from = index.computeIfAbsent(src, k -> index.size());
            int to = index.computeIfAbsent(dst, k -> index.size());
            if (e.userAgent() != null) {
                agents.putIfAbsent(src, e.userAgent());
            }
            String key = String.join("\u0000", src, dst, e.request() ? "Q" : "R" + e.status(),
                    Objects.toString(e.method()), Long.toString(e.cseq()), Objects.toString(e.branch()),
                    e.request() ? "" : Objects.toString(e.toTag()));
            boolean retransmission = !seen.add(key);
            long rel = e.timeNanos() == Payload.NO_TIME || first == Payload.NO_TIME ? Payload.NO_TIME
                    : e.timeNanos() - first;
            arrows.add(new Arrow(e.index(), from, to, e.label(), !e.codecs().isEmpty(), rel, retransmission,
                    e.request(), e.status()));
        }
        List<Column> columns = new ArrayList<>();
        index.keySet().forEach(k -> columns.add(new Column(k, agents.get(k))));
        return new Ladder(List.copyOf(columns), List.copyOf(arrows));
    }

    private static String name(Endpoint e) {
        return e == null ? UNKNOWN_ENDPOINT : e.toString();
    }

    /** "+1.234s" for a relative time, "" when unknown. */
    public static String relativeTime(long nanos) {
        if (nanos == Payload.NO_TIME) {
            return "";
        }
        long ms = nanos / 1_000_000L;
        return String.format(java.util.Locale.ROOT, "+%d.%03ds", ms / 1000, ms % 1000);
    }

    /** Whether any arrow is a retransmission (the legend then explains the marking). */
    public boolean hasRetransmissions() {
        return arrows.stream().anyMatch(Arrow::retransmission);
    }
}
