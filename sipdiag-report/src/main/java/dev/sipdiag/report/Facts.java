package dev.sipdiag.report;

import dev.sipdiag.analysis.AnalysisResult;
import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.Metrics;
import dev.sipdiag.capture.Payload;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The label/value facts the Markdown and HTML reports both show, worded once: the summary, the metrics, and
 * the facts of a call. Values are plain text from the capture; each report escapes them for its medium.
 */
final class Facts {
    /** A label and its value. */
    record Fact(String label, String value) {
    }

    private Facts() {
    }

    /** What was read and what it held. Inputs are shown by file name: a shared report need not reveal paths. */
    static List<Fact> summary(ReportData d, Labels l) {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact(l.get("inputs"), inputNames(d.input().inputs(), l)));
        f.add(new Fact(l.get("packets"), String.format(l.locale(), "%,d", d.input().packets())));
        f.add(new Fact(l.get("sipMessages"), String.format(l.locale(), "%,d", d.input().sipMessages())));
        if (!d.input().skipped().isEmpty()) {
            List<String> parts = new ArrayList<>();
            // the summary's map has no stable order (Map.copyOf): sort, so reports are reproducible
            new java.util.TreeMap<>(d.input().skipped()).forEach((k, v) -> parts.add(k + " " + v));
            f.add(new Fact(l.get("skipped"), String.join(", ", parts)));
        }
        AnalysisResult r = d.result();
        if (r.firstTimeNanos() != Payload.NO_TIME) {
            f.add(new Fact(l.get("span"), instant(r.firstTimeNanos() / 1_000_000L) + " – "
                    + instant(r.lastTimeNanos() / 1_000_000L)));
        }
        f.add(new Fact(l.get("calls"), String.format(l.locale(), "%,d", r.callCount())));
        f.add(new Fact(l.get("exchanges"), String.format(l.locale(), "%,d", r.exchangeCount())));
        return f;
    }

    /** The RFC 6076 metrics people quote, with n/a where undefined. */
    static List<Fact> metrics(Metrics m, Labels l) {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact(l.get("metric.srd"), stat(m.srdSuccessMs(), l)));
        f.add(new Fact(l.get("metric.srdFail"), stat(m.srdFailureMs(), l)));
        f.add(new Fact(l.get("metric.sdt"), stat(m.sdtMs(), l)));
        f.add(new Fact(l.get("metric.ser"), pct(m.ser(), l)));
        f.add(new Fact(l.get("metric.seer"), pct(m.seer(), l)));
        f.add(new Fact(l.get("metric.isa"), pct(m.isa(), l)));
        f.add(new Fact(l.get("metric.scr"), pct(m.scr(), l)));
        f.add(new Fact(l.get("metric.asr"), pct(m.asr(), l)));
        f.add(new Fact(l.get("metric.ner"), pct(m.ner(), l)));
        return f;
    }

    /** The facts of one call that explain it, leaving out those that do not apply. */
    static List<Fact> call(Call c, Labels l) {
        List<Fact> f = new ArrayList<>();
        f.add(new Fact(l.get("col.callId"), c.callId()));
        f.add(new Fact(l.get("call.start"), c.startTime() < 0 ? l.get("unknown") : instant(c.startTime())));
        f.add(new Fact(l.get("call.final"), finalResponse(c, l)));
        add(f, l.get("call.reason"), c.reason());
        add(f, l.get("call.warning"), c.warning());
        add(f, l.get("call.pdd"), duration(c.postDialDelayMs()));
        add(f, l.get("call.setup"), duration(c.setupMs()));
        add(f, l.get("call.duration"), duration(c.durationMs()));
        if (c.endedBy() != null) {
            f.add(new Fact(l.get("call.endedBy"), l.getOr("endedBy." + c.endedBy(), c.endedBy())));
        }
        if (c.legs().size() > 1) {
            f.add(new Fact(l.get("call.legs"), Integer.toString(c.legs().size())));
        }
        if (c.retransmissions() > 0) {
            f.add(new Fact(l.get("call.retrans"), Integer.toString(c.retransmissions())));
        }
        if (c.callerAgent() != null || c.calleeAgent() != null) {
            f.add(new Fact(l.get("call.agents"), nz(c.callerAgent(), l) + " → " + nz(c.calleeAgent(), l)));
        }
        if (!c.codecsOffered().isEmpty()) {
            f.add(new Fact(l.get("call.codecs"), String.join(" ", c.codecsOffered()) + " → "
                    + (c.codecsAnswered().isEmpty() ? "–" : String.join(" ", c.codecsAnswered()))));
        }
        return f;
    }

    /** "caller → callee: failed, 503 Service Unavailable". */
    static String heading(Call c, Labels l) {
        String what = l.get("outcome." + c.outcome().id());
        if (c.finalStatus() != null) {
            what += ", " + finalResponse(c, l);
        }
        return l.get("call.heading", party(c.fromUser(), c.from(), l), party(c.toUser(), c.to(), l), what);
    }

    /** "REGISTER sip:alice@example.com from 192.0.2.1:5060: auth-failed, 401 (12 requests, Call-ID x)". */
    static String exchange(dev.sipdiag.analysis.Exchange x, Labels l) {
        return l.get("exchange.line", x.method(), x.from() == null ? l.get("unknown") : x.from(),
                x.source() == null ? l.get("unknown") : x.source(), l.getOr("exchangeOutcome." + x.outcome(), x.outcome()),
                x.finalStatus() == null ? "–" : x.finalStatus().toString(), x.requests(), x.callId());
    }

    static String finalResponse(Call c, Labels l) {
        if (c.finalStatus() == null) {
            return "–";
        }
        return c.finalStatus() + (c.finalPhrase() == null ? "" : " " + c.finalPhrase());
    }

    static String party(String user, String uri, Labels l) {
        return user != null ? user : uri != null ? uri : l.get("unknown");
    }

    static String instant(long epochMs) {
        return Instant.ofEpochMilli(epochMs).toString();
    }

    static String duration(Long ms) {
        if (ms == null) {
            return null;
        }
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0) : ms + " ms";
    }

    /** How a report names an input: a file by its name alone (a shared report need not reveal paths). */
    static String inputName(String input, Labels l) {
        if ("-".equals(input)) {
            return l.get("input.stdin");
        }
        Path name = Path.of(input).getFileName();
        return name == null ? input : name.toString();
    }

    /** The inputs by {@link #inputName}, comma-separated. */
    static String inputNames(List<String> inputs, Labels l) {
        return String.join(", ", inputs.stream().map(i -> inputName(i, l)).toList());
    }

    private static String stat(Metrics.Stat s, Labels l) {
        return s.count() == 0 ? l.get("undefined")
                : String.format(l.locale(), "%.0f ms (n=%d)", s.median(), s.count());
    }

    private static String pct(Double v, Labels l) {
        return v == null ? l.get("undefined") : String.format(l.locale(), "%.1f %%", v);
    }

    private static void add(List<Fact> f, String label, String value) {
        if (value != null) {
            f.add(new Fact(label, value));
        }
    }

    private static String nz(String s, Labels l) {
        return s == null ? l.get("unknown") : s;
    }
}
