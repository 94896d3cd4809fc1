package dev.sipdiag.report;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.Finding;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * A Markdown report for a ticket ({@code sipdiag analyze --format md}): a summary table, calls by outcome, the
 * metrics, then the calls to look at (failed first, at most {@value #MAX_CALLS}) with their findings and a
 * text ladder in a code block.
 *
 * <p>Everything from the wire is escaped: table cells and prose get a backslash before every Markdown
 * character that can open emphasis, code, a link, a table cell, an entity or an HTML tag (CommonMark 0.31 §2.4 backslash escapes), control characters
 * become U+FFFD, and the ladder's code fence is longer than any backtick run inside it (CommonMark §4.5), so a
 * hostile header can neither format the ticket nor inject HTML into renderers that allow it.
 */
public final class MarkdownReport {
    /** Calls detailed with findings and a ladder; the rest are counted. */
    public static final int MAX_CALLS = 50;
    /** Failed exchanges (REGISTER, OPTIONS, ...) listed. */
    public static final int MAX_EXCHANGES = 20;
    /** Width of the ladders in the code blocks, wide enough for three endpoints. */
    public static final int LADDER_WIDTH = 100;

    private static final String MARKDOWN_PUNCTUATION = "\\`*_[]<>|~&";

    private final Labels l;

    public MarkdownReport(Labels labels) {
        this.l = labels;
    }

    /** A digest of the calls for this report (no table rows; see {@link CallDigest}). */
    public static CallDigest digest(java.util.function.Predicate<Call> listed) {
        return new CallDigest(null, listed);
    }

    /** The calls this report draws, so the caller can collect their messages before {@link #write}. */
    public static List<Call> callsToDetail(CallDigest calls) {
        return calls.toLookAt();
    }

    /** Writes the report. */
    public void write(PrintWriter out, ReportData d) {
        out.println("# " + l.get("title"));
        out.println();
        out.println(text(l.get("tagline", Facts.inputNames(d.input().inputs(), l))));
        out.println();
        out.println("## " + l.get("section.summary"));
        out.println();
        table(out, List.of(l.get("col.metric"), l.get("col.value")), Facts.summary(d, l));
        if (!d.input().notes().isEmpty()) {
            out.println();
            out.println(l.get("notes") + ":");
            out.println();
            for (String n : d.input().notes()) {
                out.println("- " + text(n));
            }
        }
        out.println();
        out.println("## " + l.get("section.outcomes"));
        out.println();
        out.println("| " + l.get("col.outcome") + " | " + l.get("col.count") + " |");
        out.println("|---|--:|");
        for (Map.Entry<String, Integer> e : d.calls().outcomes().entrySet()) {
            if (e.getValue() > 0) {
                out.println("| " + text(l.get("outcome." + e.getKey())) + " | " + e.getValue() + " |");
            }
        }
        out.println();
        out.println("## " + l.get("section.metrics"));
        out.println();
        table(out, List.of(l.get("col.metric"), l.get("col.value")), Facts.metrics(d.calls().metrics(), l));
        List<Call> detailed = callsToDetail(d.calls());
        long worth = d.calls().worthALook();
        out.println();
        out.println("## " + l.get("section.failed"));
        out.println();
        if (detailed.isEmpty()) {
            out.println(l.get(d.calls().listed() == 0 ? "noCalls" : "findings.none"));
        }
        TextLadder drawer = new TextLadder(LADDER_WIDTH, false, false);
        int n = 0;
        for (Call c : detailed) {
            n++;
            out.println("### " + n + ". " + text(Facts.heading(c, l)));
            out.println();
            for (Facts.Fact f : Facts.call(c, l)) {
                out.println("- " + text(f.label()) + ": " + text(f.value()));
            }
            out.println();
            out.println("**" + l.get("findings") + "**");
            out.println();
            if (c.findings().isEmpty()) {
                out.println(l.get("findings.none"));
            }
            for (Finding f : c.findings()) {
                out.println("- **" + text(l.getOr("severity." + f.severity(), f.severity())) + "** (" + text(f.rule()) + "): "
                        + text(f.message()));
            }
            out.println();
            Ladder ladder = Ladder.of(c, d.messages());
            if (ladder.arrows().isEmpty()) {
                out.println(l.get("ladder.missing"));
            } else {
                List<String> lines = drawer.render(ladder);
                String fence = fence(lines);
                out.println(fence + "text");
                lines.forEach(out::println);
                out.println(fence);
                if (ladder.hasRetransmissions()) {
                    out.println();
                    out.println(text(l.get("ladder.legend")));
                }
            }
            out.println();
        }
        if (worth > detailed.size()) {
            out.println(text(l.get("more", worth - detailed.size())));
            out.println();
        }
        List<dev.sipdiag.analysis.Exchange> failed = CallOrder.failedExchanges(d.calls().exchanges(), MAX_EXCHANGES);
        if (!failed.isEmpty()) {
            out.println("## " + l.get("section.exchanges"));
            out.println();
            for (dev.sipdiag.analysis.Exchange x : failed) {
                out.println("- " + text(Facts.exchange(x, l)));
                for (Finding f : x.findings()) {
                    out.println("  - **" + text(l.getOr("severity." + f.severity(), f.severity())) + "** (" + text(f.rule()) + "): "
                            + text(f.message()));
                }
            }
            out.println();
        }
        out.flush();
    }

    private void table(PrintWriter out, List<String> head, List<Facts.Fact> rows) {
        out.println("| " + text(head.get(0)) + " | " + text(head.get(1)) + " |");
        out.println("|---|---|");
        for (Facts.Fact f : rows) {
            out.println("| " + text(f.label()) + " | " + text(f.value()) + " |");
        }
    }

    /** A code fence longer than any run of backticks in the lines (and at least three). */
    static String fence(List<String> lines) {
        int longest = 0;
        for (String line : lines) {
            int run = 0;
            for (int i = 0; i < line.length(); i++) {
                run = line.charAt(i) == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    /** Text safe anywhere in a line of Markdown: punctuation backslash-escaped, controls and line ends replaced. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                sb.append('\uFFFD');
            } else if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
