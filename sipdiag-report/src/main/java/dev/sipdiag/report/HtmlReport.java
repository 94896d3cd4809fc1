package dev.sipdiag.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML report ({@code sipdiag analyze --format html}): one self-contained file that opens offline and that
 * someone who never saw sipdiag can read. In order: the summary, charts (calls by outcome, responses by code,
 * calls over time), a table of every call that filters, sorts and pages ({@value #PAGE_SIZE} rows a page, so
 * 20,000 calls open at once), then per call (failed first, at most {@value #MAX_LADDERS}) its facts, an SVG
 * ladder and its findings; clicking a message shows its raw text.
 *
 * <p>Safety with hostile captures, in three layers:
 * <ol>
 *   <li>Everything from the wire written into the markup goes through {@link Html#text}.</li>
 *   <li>The data the script needs (table rows, raw messages) sits in a {@code <script type="application/json">}
 *       block written by {@link SafeJson}, which escapes {@code <}, {@code >} and {@code &}, and is read with
 *       {@code JSON.parse}; the script only ever sets {@code textContent}.</li>
 *   <li>A Content-Security-Policy meta tag (CSP Level 3 §6.1.3 {@code script-src}, §8.3 hash-source) allows only
 *       the report's own script and stylesheet, by SHA-256 hash: no other inline script, event handler
 *       attribute, style attribute, image or network request runs even if escaping ever failed.</li>
 * </ol>
 *
 * <p>The script and stylesheet are resources of this module ({@code report.js}, {@code report.css}), written for
 * this report; no framework.
 */
public final class HtmlReport {
    /** Calls drawn with a ladder and their raw messages; the table lists every call. */
    public static final int MAX_LADDERS = 500;
    /** Failed exchanges (REGISTER, OPTIONS, ...) listed after the calls. */
    public static final int MAX_EXCHANGES = 200;
    /** Rows per page of the calls table. */
    public static final int PAGE_SIZE = 100;
    /** Fields of a table row in the JSON data, in order; report.js reads them by these positions. */
    static final List<String> ROW_FIELDS = List.of("start", "from", "to", "outcome", "final", "pddMs",
            "durationMs", "findings", "callId", "anchor");

    private static final String SCRIPT = resource("report.js");
    private static final String STYLE = resource("report.css");

    /**
     * The page's Content-Security-Policy: nothing loads or runs but the report's own script and stylesheet
     * (by hash); no images, fonts, frames, connections, base URL or form targets.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'sha256-" + sha256(SCRIPT)
            + "'; style-src 'sha256-" + sha256(STYLE) + "'; base-uri 'none'; form-action 'none'";

    private final Labels l;

    public HtmlReport(Labels labels) {
        this.l = labels;
    }

    /** A digest of the calls for this report: every listed call gets a table row (see {@link CallDigest}). */
    public static CallDigest digest(Labels labels, java.util.function.Predicate<Call> listed) {
        return new CallDigest(labels, listed);
    }

    /** The calls this report draws ladders for, so the caller can collect their messages before {@link #write}. */
    public static List<Call> callsToDetail(CallDigest calls) {
        return calls.worstFirst();
    }

    /** Writes the page. */
    public void write(Writer out, ReportData d) throws IOException {
        List<CallDigest.Ranked> ranked = d.calls().worstFirstRanked();
        List<Call> detailed = new ArrayList<>();
        Map<Call, String> anchors = new IdentityHashMap<>();
        Map<Long, String> rowAnchors = new java.util.HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            detailed.add(ranked.get(i).call());
            anchors.put(ranked.get(i).call(), "call-" + (i + 1));
            rowAnchors.put(ranked.get(i).seq(), "call-" + (i + 1));
        }
        String inputs = Facts.inputNames(d.input().inputs(), l);
        out.write("<!DOCTYPE html>\n<html lang=\"" + Html.text(l.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n");
        out.write("<meta name=\"generator\" content=\"sipdiag\">\n");
        out.write("<title>" + Html.text(l.get("title") + " — " + inputs) + "</title>\n");
        out.write("<style>" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<header id=\"top\"><h1>" + Html.text(l.get("title")) + "</h1><p class=\"tagline\">"
                + Html.text(l.get("tagline", inputs)) + "</p>\n<nav><a href=\"#summary\">" + Html.text(l.get("section.summary"))
                + "</a><a href=\"#charts\">" + Html.text(l.get("section.charts")) + "</a><a href=\"#calls\">"
                + Html.text(l.get("section.calls")) + "</a><a href=\"#details\">" + Html.text(l.get("section.details"))
                + "</a></nav></header>\n");
        summary(out, d);
        charts(out, d);
        callsTable(out);
        details(out, d, detailed, anchors);
        exchanges(out, d);
        data(out, d, rowAnchors);
        out.write("<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    private void summary(Writer out, ReportData d) throws IOException {
        out.write("<section id=\"summary\"><h2>" + Html.text(l.get("section.summary")) + "</h2>\n<table class=\"kv\">");
        for (Facts.Fact f : Facts.summary(d, l)) {
            out.write("<tr><th scope=\"row\">" + Html.text(f.label()) + "</th><td>" + Html.text(f.value()) + "</td></tr>");
        }
        out.write("</table>\n");
        if (!d.input().notes().isEmpty()) {
            out.write("<h3>" + Html.text(l.get("notes")) + "</h3><ul class=\"notes\">");
            for (String n : d.input().notes()) {
                out.write("<li>" + Html.text(n) + "</li>");
            }
            out.write("</ul>\n");
        }
        out.write("<h3>" + Html.text(l.get("section.metrics")) + "</h3><table class=\"kv\">");
        for (Facts.Fact f : Facts.metrics(d.calls().metrics(), l)) {
            out.write("<tr><th scope=\"row\">" + Html.text(f.label()) + "</th><td class=\"num\">" + Html.text(f.value())
                    + "</td></tr>");
        }
        out.write("</table></section>\n");
    }

    private void charts(Writer out, ReportData d) throws IOException {
        out.write("<section id=\"charts\"><h2>" + Html.text(l.get("section.charts")) + "</h2><div class=\"charts\">");
        figure(out, l.get("section.outcomes"), SvgCharts.outcomes(d.calls().outcomes(), l));
        figure(out, l.get("section.responses"), SvgCharts.responses(d.result().responses(), l));
        figure(out, l.get("section.overTime"), SvgCharts.overTime(d.calls(), l));
        out.write("</div></section>\n");
    }

    private static void figure(Writer out, String caption, String svg) throws IOException {
        out.write("<figure><figcaption>" + Html.text(caption) + "</figcaption>" + svg + "</figure>\n");
    }

    private void callsTable(Writer out) throws IOException {
        out.write("<section id=\"calls\"><h2>" + Html.text(l.get("section.calls")) + "</h2>\n");
        out.write("<noscript><p>" + Html.text(l.get("html.noscript")) + "</p></noscript>\n");
        out.write("<div id=\"calls-controls\" hidden><div class=\"controls\"><input id=\"filter\" type=\"search\" "
                + "placeholder=\"" + Html.text(l.get("html.filter")) + "\" aria-label=\"" + Html.text(l.get("html.filter"))
                + "\"><select id=\"outcome\" aria-label=\"" + Html.text(l.get("col.outcome")) + "\"><option value=\"\">"
                + Html.text(l.get("html.allOutcomes")) + "</option>");
        for (Outcome o : Outcome.values()) {
            out.write("<option value=\"" + o.id() + "\">" + Html.text(l.get("outcome." + o.id())) + "</option>");
        }
        out.write("</select><span id=\"count\" class=\"muted\"></span></div>\n");
        out.write("<div class=\"table-wrap\"><table id=\"calls-table\" class=\"calls\"><thead><tr>");
        String[][] heads = {{"col.start", "0", "opt"}, {"col.from", "1", ""}, {"col.to", "2", ""},
            {"col.outcome", "3", ""}, {"col.final", "4", ""}, {"col.pdd", "5", "opt"}, {"col.duration", "6", "opt"},
            {"col.findings", "7", "opt"}, {"col.callId", "8", ""}};
        for (String[] h : heads) {
            out.write("<th scope=\"col\" tabindex=\"0\" data-col=\"" + h[1] + "\"" + (h[2].isEmpty() ? "" : " class=\"" + h[2] + "\"")
                    + ">" + Html.text(l.get(h[0])) + "</th>");
        }
        out.write("</tr></thead><tbody></tbody></table></div>\n<div class=\"pager\"><button type=\"button\" id=\"prev\">"
                + Html.text(l.get("html.prev")) + "</button><span id=\"page\"></span><button type=\"button\" id=\"next\">"
                + Html.text(l.get("html.next")) + "</button></div></div></section>\n");
    }

    private void details(Writer out, ReportData d, List<Call> detailed, Map<Call, String> anchors) throws IOException {
        out.write("<section id=\"details\"><h2>" + Html.text(l.get("section.details")) + "</h2>\n");
        out.write("<p class=\"muted\">" + Html.text(l.get("html.detailsLimit", detailed.size(), d.calls().listed()))
                + " <span class=\"hint\">" + Html.text(l.get("html.clickHint")) + "</span></p>\n");
        for (Call c : detailed) {
            String heading = Facts.heading(c, l);
            out.write("<article class=\"call\" id=\"" + anchors.get(c) + "\"><h3>" + Html.text(heading) + "</h3><dl class=\"facts\">");
            for (Facts.Fact f : Facts.call(c, l)) {
                out.write("<dt>" + Html.text(f.label()) + "</dt><dd>" + Html.text(f.value()) + "</dd>");
            }
            out.write("</dl><div class=\"call-body\"><div class=\"ladder\">");
            Ladder ladder = Ladder.of(c, d.messages());
            if (ladder.arrows().isEmpty()) {
                out.write("<p class=\"muted\">" + Html.text(l.get("ladder.missing")) + "</p>");
            } else {
                java.util.Set<Integer> cited = new java.util.HashSet<>();
                c.findings().forEach(f -> cited.addAll(f.messages()));
                out.write(SvgLadder.render(ladder, heading, l.get("ladder.retransmission"), cited));
                if (ladder.hasRetransmissions()) {
                    out.write("<p class=\"legend-note\">" + Html.text(l.get("ladder.legend")) + "</p>");
                }
            }
            out.write("</div><aside class=\"findings\"><h4>" + Html.text(l.get("findings")) + "</h4>");
            if (c.findings().isEmpty()) {
                out.write("<p class=\"muted\">" + Html.text(l.get("findings.none")) + "</p>");
            } else {
                out.write("<ul>");
                for (Finding f : c.findings()) {
                    out.write("<li><span class=\"badge sev-" + Html.text(f.severity()) + "\">"
                            + Html.text(l.getOr("severity." + f.severity(), f.severity())) + "</span> " + Html.text(f.message())
                            + " <span class=\"muted\">(" + Html.text(f.rule()) + ")</span>");
                    for (int m : f.messages()) {
                        out.write("<button type=\"button\" data-msg=\"" + m + "\">" + Html.text(l.get("html.message", m))
                                + "</button>");
                    }
                    out.write("</li>");
                }
                out.write("</ul>");
            }
            out.write("</aside></div><div class=\"raw-box\" hidden><h4 class=\"raw-title\"></h4><pre></pre></div>"
                    + "<p class=\"to-top\"><a href=\"#calls\">" + Html.text(l.get("html.toTop")) + "</a></p></article>\n");
        }
        out.write("</section>\n");
    }

    private void exchanges(Writer out, ReportData d) throws IOException {
        List<dev.sipdiag.analysis.Exchange> failed = CallOrder.failedExchanges(d.calls().exchanges(), MAX_EXCHANGES);
        if (failed.isEmpty()) {
            return;
        }
        out.write("<section id=\"exchanges\"><h2>" + Html.text(l.get("section.exchanges")) + "</h2><ul>");
        for (dev.sipdiag.analysis.Exchange x : failed) {
            out.write("<li>" + Html.text(Facts.exchange(x, l)));
            if (!x.findings().isEmpty()) {
                out.write("<ul>");
                for (Finding f : x.findings()) {
                    out.write("<li><span class=\"badge sev-" + Html.text(f.severity()) + "\">"
                            + Html.text(l.getOr("severity." + f.severity(), f.severity())) + "</span> " + Html.text(f.message())
                            + " <span class=\"muted\">(" + Html.text(f.rule()) + ")</span></li>");
                }
                out.write("</ul>");
            }
            out.write("</li>");
        }
        out.write("</ul></section>\n");
    }

    private void data(Writer out, ReportData d, Map<Long, String> rowAnchors) throws IOException {
        out.write("<script type=\"application/json\" id=\"sipdiag-data\">");
        try (JsonGenerator g = SafeJson.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("pageSize", PAGE_SIZE);
            g.writeObjectFieldStart("labels");
            for (String k : List.of("page", "shown", "noMatch", "raw")) {
                g.writeStringField(k, l.get("html." + k));
            }
            g.writeObjectFieldStart("outcomes");
            for (Outcome o : Outcome.values()) {
                g.writeStringField(o.id(), l.get("outcome." + o.id()));
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("calls");
            d.calls().forEachRow((seq, row) -> {
                String anchor = rowAnchors.get(seq);
                // a row ends with its anchor, null until the call turned out to be detailed
                g.writeRawValue(anchor == null ? row
                        : row.substring(0, row.length() - NO_ANCHOR.length()) + "\"" + anchor + "\"]");
            });
            g.writeEndArray();
            g.writeObjectFieldStart("raw");
            for (Map.Entry<Integer, CapturedMessage> e : new java.util.TreeMap<>(d.messages()).entrySet()) {
                if (e.getValue().raw() != null) {
                    g.writeStringField(Integer.toString(e.getKey()), e.getValue().raw());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write("</script>\n");
    }

    /** How a table row ({@link RowWriter}) ends: its anchor field, null. */
    private static final String NO_ANCHOR = "null]";

    /**
     * Writes the calls table's rows as JSON (the fields of {@link #ROW_FIELDS}, the anchor null), one call at a
     * time as calls come, before the calls to detail are known. One generator serves every row: making one per
     * row costs more than the row.
     */
    static final class RowWriter {
        private final Labels l;
        private final java.io.CharArrayWriter buf = new java.io.CharArrayWriter(512);
        private final JsonGenerator g;

        RowWriter(Labels labels) {
            this.l = labels;
            try {
                g = SafeJson.generator(buf);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a CharArrayWriter does not fail
            }
            g.setRootValueSeparator(null);
        }

        String row(Call c) {
            buf.reset();
            try {
                g.writeStartArray();
                g.writeString(c.startTime() < 0 ? "" : Facts.instant(c.startTime()));
                g.writeString(Facts.party(c.fromUser(), c.from(), l));
                g.writeString(Facts.party(c.toUser(), c.to(), l));
                g.writeString(c.outcome().id());
                g.writeString(c.finalStatus() == null ? "" : Facts.finalResponse(c, l));
                number(g, c.postDialDelayMs());
                number(g, c.durationMs());
                List<String> rules = new ArrayList<>();
                for (Finding f : c.findings()) {
                    rules.add(f.rule());
                }
                g.writeString(String.join(", ", rules));
                g.writeString(c.callId());
                g.writeNull();
                g.writeEndArray();
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a CharArrayWriter does not fail
            }
            return buf.toString();
        }
    }

    private static void number(JsonGenerator g, Long v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the sipdiag-report jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
