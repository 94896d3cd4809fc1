package dev.sipdiag.cli;

import dev.sipdiag.analysis.AnalysisResult;
import dev.sipdiag.analysis.CallAnalyzer;
import dev.sipdiag.analysis.Grouping;
import dev.sipdiag.analysis.InputSummary;
import dev.sipdiag.analysis.input.SipInput;
import dev.sipdiag.analysis.input.UnreadableInputException;
import dev.sipdiag.analysis.report.AnalysisReport;
import dev.sipdiag.analysis.report.AnalysisText;
import dev.sipdiag.analysis.Call;
import dev.sipdiag.report.CapturedMessage;
import dev.sipdiag.report.CallDigest;
import dev.sipdiag.report.HtmlReport;
import dev.sipdiag.report.MarkdownReport;
import dev.sipdiag.report.ReportData;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Predicate;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sipdiag analyze}: every call and exchange in a capture, what became of it, and the metrics. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Rebuild the calls in captures or logs: outcome of each, timings, RFC 6076 metrics.",
        footer = {"", "Examples:", "  sipdiag analyze capture.pcap", "  sipdiag analyze trace.pcapng --failed-only",
            "  sipdiag analyze big.pcap.gz --format json --output report.json",
            "  sipdiag analyze capture.pcap --format csv > calls.csv",
            "  sipdiag analyze capture.pcap --format md --output ticket.md",
            "  sipdiag analyze capture.pcap --format html --output report.html --lang nl",
            "  sipdiag analyze capture.pcap --call 'a84b4c76e66710@pc33.example.com'"})
public final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    LanguageOption language;

    /** The values --format takes. */
    static final List<String> FORMATS = List.of("text", "json", "csv", "md", "html");

    @Option(names = "--format", paramLabel = "text|json|csv|md|html", defaultValue = "text",
            description = "Output format: text (default), json, csv (one row per call), md (a Markdown report "
                    + "for a ticket: summary, failed calls with findings and ladders) or html (one self-contained page: "
                    + "charts, a calls table, ladder diagrams with raw messages).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--call", paramLabel = "CALL-ID", description = "Only the call (or exchange) with this Call-ID.")
    String callId;

    @Option(names = "--failed-only", description = "Only calls that failed or got no response, and failed exchanges.")
    boolean failedOnly;

    @Option(names = "--group-by", paramLabel = "destination|hour|trunk",
            description = "Also compute the metrics per group: dialled-number prefix, hour (UTC), or trunk.")
    String groupBy;

    @Option(names = "--all", description = "Text format: list every call, not only the first "
            + AnalysisText.MAX_CALLS_SHOWN + ".")
    boolean all;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The reports people share (Markdown, HTML) draw ladders. HTML also shows each drawn message's raw text, so
     * it reads the input twice: once to analyse, once to collect those messages ({@link RawMessages}).
     */
    private int sharedReport(CommandLine cl, Locale lang) throws IOException {
        boolean md = format.equals("md");
        if (!md) {
            RawMessages.requireFiles(input, cl, lang, format);
        }
        boolean[] found = new boolean[1];
        dev.sipdiag.report.Labels labels = new dev.sipdiag.report.Labels(lang);
        // The analyser hands each call on as it concludes and keeps none: the digest keeps what the report shows.
        try (CallDigest digest = md ? MarkdownReport.digest(listed(found)) : HtmlReport.digest(labels, listed(found))) {
            // Markdown draws text ladders, which the messages the analyser concluded each call from are enough for;
            // HTML shows each message's raw text too, so it reads the input again for those of the calls it draws.
            Analysis a = analyse(cl, lang, md ? CallAnalyzer.withMessages(lang, digest::call, digest::exchange)
                    : new CallAnalyzer(lang, digest::call, digest::exchange), found);
            if (a.exit() != ExitCodes.OK) {
                return a.exit();
            }
            Map<Integer, CapturedMessage> messages;
            try {
                messages = md ? digest.toLookAtMessages()
                        : RawMessages.of(input, cl, lang, HtmlReport.callsToDetail(digest));
            } catch (UnreadableInputException e) {
                cl.getErr().println("sipdiag: " + e.getMessage());
                return ExitCodes.IO_ERROR;
            }
            ReportData data = new ReportData(a.summary(), a.result(), digest, messages);
            Writer w = output == null ? cl.getOut() : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
            try {
                PrintWriter pw = w instanceof PrintWriter p ? p : new PrintWriter(w);
                if (md) {
                    new MarkdownReport(labels).write(pw, data);
                } else {
                    new HtmlReport(labels).write(pw, data);
                }
                pw.flush();
            } finally {
                if (output != null) {
                    w.close();
                }
            }
            return ExitCodes.OK;
        }
    }

    /** The analysis of the input, or the exit code when there is nothing to report. */
    private record Analysis(AnalysisResult result, InputSummary summary, int exit) {
    }

    /**
     * Reads the input into the analyser ({@link InputOptions#readInto}) and finishes it. Says on standard error
     * why there is nothing to report: the input cannot be read, or no call has the Call-ID --call names.
     */
    private Analysis analyse(CommandLine cl, Locale lang, CallAnalyzer analyzer, boolean[] found) throws IOException {
        SipInput in;
        try {
            in = input.readInto(cl, lang, analyzer, "analyze");
        } catch (UnreadableInputException e) {
            cl.getErr().println("sipdiag: " + e.getMessage());
            return new Analysis(null, null, ExitCodes.IO_ERROR);
        }
        AnalysisResult result = analyzer.finish();
        if (callId != null && !found[0]) {
            cl.getErr().println("sipdiag: no call or exchange with Call-ID '" + callId + "' in the input");
            return new Analysis(null, null, ExitCodes.USAGE);
        }
        return new Analysis(result, in.summary(), ExitCodes.OK);
    }

    /** The calls a report lists: those --call and --failed-only let through (all calls are counted). */
    private Predicate<Call> listed(boolean[] found) {
        return c -> (matches(c.callId(), found) || c.legs().stream().anyMatch(l -> matches(l.callId(), found)))
                && (!failedOnly || c.outcome().isFailure());
    }

    /** Whether a Call-ID passes --call; remembers that something did. */
    private boolean matches(String id, boolean[] found) {
        if (callId == null) {
            return true;
        }
        boolean m = callId.equals(id);
        found[0] |= m;
        return m;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        language.validate(cl);
        if (!FORMATS.contains(format)) {
            throw new CommandLine.ParameterException(cl, "--format takes " + String.join(", ", FORMATS) + "; got '"
                    + format + "'");
        }
        Grouping grouping = null;
        if (groupBy != null) {
            try {
                grouping = Grouping.parse(groupBy);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl,
                        "--group-by takes destination, hour or trunk; got '" + groupBy + "'");
            }
        }
        Locale lang = language.locale();
        if (format.equals("md") || format.equals("html")) {
            return sharedReport(cl, lang);
        }
        AnalysisReport.Format f = AnalysisReport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        boolean[] found = new boolean[1];
        try (AnalysisReport report = new AnalysisReport(f, lang, grouping,
                listed(found),
                x -> matches(x.callId(), found)
                        && (!failedOnly || !List.of("ok", "registered", "in-progress").contains(x.outcome())),
                all || callId != null)) {
            Analysis a = analyse(cl, lang, new CallAnalyzer(lang, report::call, report::exchange), found);
            if (a.exit() != ExitCodes.OK) {
                return a.exit();
            }
            AnalysisResult result = a.result();
            InputSummary summary = a.summary();
            if (output != null) {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(output), Stdout.BUFFER)) {
                    report.write(o, summary, result);
                }
            } else if (cl.getOut() instanceof Stdout stdout) {
                report.write(stdout.bytes(), summary, result);
            } else {
                // an embedding caller's writer (tests): the report as text
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                report.write(text, summary, result);
                cl.getOut().write(text.toString(StandardCharsets.UTF_8));
                cl.getOut().flush();
            }
        }
        return ExitCodes.OK;
    }

}
