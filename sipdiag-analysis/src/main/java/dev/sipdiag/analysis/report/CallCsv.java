package dev.sipdiag.analysis.report;

import dev.sipdiag.analysis.Call;
import java.time.Instant;

/** One row per call: a CDR a spreadsheet opens (RFC 4180: CRLF line ends, quoted fields where needed). */
public final class CallCsv {
    /** The header row, in column order. */
    public static final String HEADER = "callId,startTime,from,to,fromUser,toUser,outcome,finalStatus,finalPhrase,"
            + "reason,postDialDelayMs,setupMs,ringMs,durationMs,endedBy,authChallenges,legs,retransmissions,"
            + "callerAgent,calleeAgent,codecsOffered,codecsAnswered,findings";

    private CallCsv() {
    }

    /** One call's row, CRLF-terminated. */
    static String row(Call c) {
        return String.join(",", field(c.callId()),
                c.startTime() < 0 ? "" : Instant.ofEpochMilli(c.startTime()).toString(),
                field(c.from()), field(c.to()), field(c.fromUser()), field(c.toUser()), c.outcome().id(),
                n(c.finalStatus()), field(c.finalPhrase()), field(c.reason()), n(c.postDialDelayMs()),
                n(c.setupMs()), n(c.ringMs()), n(c.durationMs()), field(c.endedBy()),
                Integer.toString(c.authChallenges()), Integer.toString(c.legs().size()),
                Integer.toString(c.retransmissions()), field(c.callerAgent()), field(c.calleeAgent()),
                field(String.join(" ", c.codecsOffered())), field(String.join(" ", c.codecsAnswered())),
                field(String.join("; ", c.findings().stream().map(f -> f.rule()).toList()))) + "\r\n";
    }

    private static String n(Number v) {
        return v == null ? "" : v.toString();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String field(String v) {
        if (v == null) {
            return "";
        }
        String s = v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf('"') >= 0 || s.indexOf(',') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
