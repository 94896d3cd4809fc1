package dev.sipdiag.analysis.report;

import dev.sipdiag.analysis.AnalysisResult;
import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.Exchange;
import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.InputSummary;
import dev.sipdiag.analysis.Metrics;
import dev.sipdiag.analysis.Outcome;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The terminal report of {@code sipdiag analyze}: a summary that fits one screen (what was read, calls by
 * outcome, metrics), then one compact block per call, failed calls first.
 */
public final class AnalysisText {
    /** Calls shown in full before the report points to the other formats. */
    public static final int MAX_CALLS_SHOWN = 50;

    private final ResourceBundle labels;
    private final Locale lang;

    public AnalysisText(Locale lang) {
        this.lang = lang;
        this.labels = ResourceBundle.getBundle("dev.sipdiag.analysis.report.Report", lang,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private String l(String key, Object... args) {
        String p = labels.getString(key);
        return args.length == 0 ? p : new MessageFormat(p.replace("'", "''"), lang).format(args);
    }

    /** The order calls are listed in: failed first, then by start time. */
    public static final Comparator<Call> ORDER =
            Comparator.comparingInt((Call c) -> rank(c.outcome())).thenComparingLong(Call::startTime);

    /** A numeric key that sorts like {@link #ORDER} (rank in the top bits, start time below). */
    static long sortKey(Call c) {
        return ((long) rank(c.outcome()) << 50) + Math.max(0, c.startTime());
    }

    /** What was read, calls by outcome, metrics and responses by method. */
    void summary(PrintWriter out, InputSummary in, AnalysisResult r, Map<String, Integer> outcomes,
                 FindingDigest digest, Metrics metrics, Map<String, Integer> failures) {
        out.println(l("title"));
        out.printf("  %-22s %s%n", l("inputs"), String.join(", ", in.inputs()));
        out.printf("  %-22s %,d%n", l("packets"), in.packets());
        out.printf("  %-22s %,d%n", l("sipMessages"), in.sipMessages());
        if (!in.skipped().isEmpty()) {
            List<String> parts = new ArrayList<>();
            in.skipped().forEach((k, v) -> parts.add(k + " " + v));
            out.printf("  %-22s %s%n", l("skipped"), String.join(", ", parts));
        }
        for (String n : in.notes()) {
            out.println("  ! " + n);
        }
        if (r.firstTimeNanos() != Long.MIN_VALUE) {
            out.printf("  %-22s %s .. %s UTC%n", l("span"), TIME.format(Instant.ofEpochMilli(r.firstTimeNanos() / 1_000_000L)),
                    TIME.format(Instant.ofEpochMilli(r.lastTimeNanos() / 1_000_000L)));
        }
        List<String> oc = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, Integer> e : outcomes.entrySet()) {
            total += e.getValue();
            if (e.getValue() > 0) {
                oc.add(e.getValue() + " " + l("outcome." + e.getKey()));
            }
        }
        out.printf("  %-22s %,d%s%n", l("calls"), total, oc.isEmpty() ? "" : ": " + String.join(", ", oc));
        List<String> xo = new ArrayList<>();
        digest.exchangeOutcomes().forEach((method, byOutcome) -> byOutcome.forEach((o, n) ->
                xo.add(String.format(lang, "%,d %s %s", n, method, exchangeOutcome(o)))));
        out.printf("  %-22s %,d%s%n", l("exchanges"), r.exchangeCount(), xo.isEmpty() ? "" : ": " + String.join(", ", xo));
        failures(out, failures);
        findings(out, digest.rules());
        metrics(out, metrics);
        if (!r.responsesByMethod().isEmpty()) {
            out.println(l("responses"));
            r.responsesByMethod().forEach((m, codes) -> {
                List<String> parts = new ArrayList<>();
                codes.forEach((c, n) -> parts.add(c + "×" + n));
                out.printf("  %-10s %s%n", m, String.join("  ", parts));
            });
        }
    }

    void callsHeading(PrintWriter out, int listed) {
        if (listed > 0) {
            out.println();
            out.println(l("callsHeading"));
        }
    }

    void more(PrintWriter out, int more) {
        out.println("  " + l("more", more));
    }

    void exchanges(PrintWriter out, List<Exchange> shown, int total) {
        if (shown.isEmpty()) {
            return;
        }
        out.println();
        out.println(l("exchangesHeading"));
        for (Exchange x : shown) {
            out.println("  " + l("exchange.line", x.method(), x.from() == null ? "?" : x.from(),
                    exchangeOutcome(x.outcome()) + (x.finalStatus() == null ? "" : " (" + x.finalStatus() + ")"),
                    x.requests()));
            for (Finding f : x.findings()) {
                out.println("      " + l("severity." + f.severity()) + " [" + f.rule() + "] " + f.message());
            }
        }
        if (total > shown.size()) {
            more(out, total - shown.size());
        }
    }

    /** Failed calls first, then the users' own choices, then the rest. */
    private static int rank(Outcome o) {
        return switch (o) {
            case FAILED, NO_RESPONSE -> 0;
            case REDIRECTED, PARTIAL, IN_PROGRESS -> 1;
            case BUSY, DECLINED, NO_ANSWER -> 2;
            case CANCELLED -> 3;
            case ANSWERED -> 4;
        };
    }

    /** The time format of the report: UTC, to the millisecond. */
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(java.time.ZoneOffset.UTC);

    /** One call: a line of what happened, a line of who and which Call-ID, then Reason, Warning and findings. */
    void call(PrintWriter out, Call c) {
        List<String> head = new ArrayList<>();
        head.add(c.startTime() < 0 ? "?" : TIME.format(Instant.ofEpochMilli(c.startTime())));
        head.add(l("outcome." + c.outcome().id()).toUpperCase(lang));
        if (c.finalStatus() != null && c.outcome() != Outcome.ANSWERED) {
            head.add(c.finalStatus() + (c.finalPhrase() == null ? "" : " " + c.finalPhrase()));
        }
        head.add(nz(c.fromUser()) + " → " + nz(c.toUser()));
        add(head, l("call.pdd"), c.postDialDelayMs());
        add(head, l("call.setup"), c.setupMs());
        add(head, l("call.duration"), c.durationMs());
        if (c.endedBy() != null) {
            head.add(l("call.endedBy") + " " + l("endedBy." + c.endedBy()));
        }
        if (c.legs().size() > 1) {
            head.add(l("call.legs") + " " + c.legs().size());
        }
        if (c.authChallenges() > 0) {
            head.add(l("call.auth") + " " + c.authChallenges());
        }
        if (c.retransmissions() > 0) {
            head.add(l("call.retrans") + " " + c.retransmissions());
        }
        out.println("  " + String.join(" · ", head));
        String who = c.callerAgent() != null || c.calleeAgent() != null
                ? " · " + nz(c.callerAgent()) + " → " + nz(c.calleeAgent()) : "";
        out.println("      Call-ID " + c.callId() + who);
        if (c.reason() != null) {
            out.println("      " + l("call.reason") + ": " + c.reason());
        }
        if (c.warning() != null) {
            out.println("      " + l("call.warning") + ": " + c.warning());
        }
        Integer st = c.finalStatus();
        if (st != null && (st == 488 || st == 606 || st == 415) && !c.codecsOffered().isEmpty()) {
            out.println("      " + l("call.codecs") + ": " + String.join(" ", c.codecsOffered()));
        }
        for (Finding f : c.findings()) {
            out.println("      " + l("severity." + f.severity()) + " [" + f.rule() + "] " + f.message());
        }
    }

    /** Failed calls by final response, each with the command that explains it. */
    void failures(PrintWriter out, Map<String, Integer> byStatus) {
        if (byStatus.isEmpty()) {
            return;
        }
        out.println(l("failures"));
        byStatus.forEach((k, n) -> {
            String code = k.length() >= 3 && Character.isDigit(k.charAt(0)) ? k.substring(0, 3) : null;
            out.printf("  %-34s %5d   %s%n", code == null ? l("outcome." + k) : k, n,
                    code == null ? "" : "sipdiag explain " + code);
        });
    }

    /** An exchange outcome in the reader's language (the id itself if there is no label for it). */
    private String exchangeOutcome(String id) {
        String key = "exchangeOutcome." + id;
        return labels.containsKey(key) ? l(key) : id;
    }

    /** Widest example text in the findings digest; the calls below carry every finding in full. */
    static final int EXAMPLE_WIDTH = 110;

    /** Findings by rule: severity, rule, how many calls and exchanges, the first one's text as an example. */
    void findings(PrintWriter out, List<FindingDigest.Entry> rules) {
        if (rules.isEmpty()) {
            return;
        }
        out.println(l("findings"));
        for (FindingDigest.Entry e : rules) {
            String ex = e.example().length() <= EXAMPLE_WIDTH ? e.example()
                    : e.example().substring(0, EXAMPLE_WIDTH - 1) + "…";
            out.printf(lang, "  %-8s %-20s %,7d   %s%n", l("severity." + e.severity()), e.rule(), e.count(), ex);
        }
    }

    /** The key {@link #failures} groups a failed call under. */
    static String failureKey(Call c) {
        return c.finalStatus() == null ? c.outcome().id()
                : c.finalStatus() + (c.finalPhrase() == null ? "" : " " + c.finalPhrase());
    }

    private void metrics(PrintWriter out, Metrics m) {
        out.println(l("metrics"));
        stat(out, l("srd"), m.srdSuccessMs());
        stat(out, l("srdFail"), m.srdFailureMs());
        stat(out, l("sdt"), m.sdtMs());
        stat(out, l("sdd"), m.sddMs());
        pct(out, l("ser"), m.ser());
        pct(out, l("seer"), m.seer());
        pct(out, l("isa"), m.isa());
        pct(out, l("scr"), m.scr());
        pct(out, l("asr"), m.asr());
        pct(out, l("ner"), m.ner());
        if (m.registrations() > 0) {
            stat(out, l("rrd"), m.rrdMs());
            pct(out, l("ira"), m.ira());
        }
    }

    private void stat(PrintWriter out, String label, Metrics.Stat s) {
        if (s.count() == 0) {
            out.printf("  %-46s %s%n", label, l("undefined"));
        } else {
            out.printf(Locale.ROOT, "  %-46s %s%n", label, l("stat", Math.round(s.median()), Math.round(s.mean()),
                    Math.round(s.p95()), s.count()));
        }
    }

    private void pct(PrintWriter out, String label, Double v) {
        out.printf(Locale.ROOT, "  %-46s %s%n", label, v == null ? l("undefined") : String.format(lang, "%.1f %%", v));
    }

    private static void add(List<String> facts, String label, Long ms) {
        if (ms != null) {
            facts.add(label + " " + (ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0) : ms + " ms"));
        }
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }
}
