package dev.sipdiag.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import dev.sipdiag.capture.CaptureFormat;
import dev.sipdiag.capture.CaptureReader;
import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.ParseIssue;
import dev.sipdiag.sip.ParseMode;
import dev.sipdiag.sip.SipLogSplitter;
import dev.sipdiag.sip.SipMessage;
import dev.sipdiag.sip.SipParseException;
import dev.sipdiag.sip.SipParser;
import dev.sipdiag.sip.SipRequest;
import dev.sipdiag.sip.SipResponse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/**
 * {@code sipdiag lint FILE... [--strict] [--format text|json] [--lang en|nl]}: checks files of raw SIP messages
 * (one or more per file, as logs and fixtures hold them) and reports per message what it is and what is wrong. A
 * pcap or pcapng capture is read for its SIP messages as {@code analyze} reads it, and those with errors or
 * warnings are reported with their frame number.
 *
 * <p>By default messages are parsed leniently, so every problem in a message is listed: grammar violations as
 * errors (a message with one is invalid), questionable but well-formed constructs as warnings. With
 * {@code --strict} the strict parser is used, which stops at the first error. Exit status: 0 when every message
 * is valid, 3 when any is not, 4 when a file cannot be read, 2 for wrong usage ({@link ExitCodes}).
 *
 * <p>In the report {@code index} is the 1-based position of the message in its file, and line and column count
 * from the start of the file. A message stored with LF-only line ends is read as CRLF (one {@code bare-lf}
 * warning), since files and logs commonly lose the CRs. JSON output is an array of
 * {@code {file, index, valid, kind, method, status, callId, errors: [{code, line, column, message, detail}],
 * warnings: [...]}} where {@code message} is the explanation in the chosen language and {@code detail} the
 * parser's technical note.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check raw SIP messages against RFC 3261 and explain what is wrong.",
            "A pcap or pcapng capture (plain or gzip) is read for its SIP messages, and those with errors or "
                + "warnings are listed with their frame number."})
public final class LintCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    /** Languages of the explanations. */
    enum Lang { en, nl }

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Files holding one or more raw SIP messages, or pcap/pcapng captures.")
    List<Path> files;

    @Option(names = "--strict", description = "Use the strict parser: stop at the first grammar error.")
    boolean strict;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the explanations: ${COMPLETION-CANDIDATES}.")
    Lang lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One issue in the report; line and column count from the start of the file. */
    record Issue(String code, int line, int column, String message, String detail) {
    }

    /**
     * The report for one message; {@code frame} is the capture frame it starts in (null for files of raw messages,
     * whose line numbers count from the start of the file; in a capture they count from the start of the message).
     */
    record Result(String file, int index, @JsonInclude(JsonInclude.Include.NON_NULL) Long frame, boolean valid,
                  String kind, String method, Integer status, String callId, List<Issue> errors, List<Issue> warnings) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = Locale.forLanguageTag(lang.name());
        ResourceBundle words = ResourceBundle.getBundle("dev.sipdiag.cli.lint", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<Result> results = new ArrayList<>();
        long[] checked = {0};
        boolean unreadable = false;
        for (Path file : files) {
            try {
                if (isCapture(file)) {
                    lintCapture(file.toString(), locale, results, checked);
                    continue;
                }
                byte[] data = Files.readAllBytes(file);
                List<Result> found = lint(file.toString(), data, locale);
                results.addAll(found);
                checked[0] += found.size();
            } catch (IOException | RuntimeException e) {
                err.println("sipdiag lint: " + words.getString("unreadable") + " " + file + ": " + e.getMessage());
                unreadable = true;
            }
        }
        if (format == Format.json) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            printText(out, results, checked[0], words);
        }
        out.flush();
        if (unreadable) {
            return ExitCodes.IO_ERROR;
        }
        return results.stream().allMatch(Result::valid) ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    /** Whether the file is a capture (pcap or pcapng, plain or gzip-compressed) rather than raw SIP text. */
    private static boolean isCapture(Path file) throws IOException {
        byte[] head = new byte[CaptureReader.DETECT_LENGTH];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return CaptureReader.detect(java.util.Arrays.copyOf(head, n)) != CaptureFormat.UNKNOWN;
    }

    /**
     * Every SIP message found in a capture, checked like a message in a file. Only messages with errors or
     * warnings are listed (a capture holds thousands of valid ones); the summary counts them all.
     */
    private void lintCapture(String file, Locale locale, List<Result> results, long[] checked) throws IOException {
        int[] index = {0};
        SipInput in = new SipInput(InputFormat.AUTO, null, locale, p -> {
            index[0]++;
            checked[0]++;
            byte[] data = p.payload().data();
            Result r = lintOne(file, index[0], p.payload().frameNumber(), data,
                    new SipLogSplitter.Span(p.offset(), p.length(), 1), locale);
            if (!r.valid() || !r.warnings().isEmpty()) {
                results.add(r);
            }
        }, problem -> { });
        in.read(file);
    }

    List<Result> lint(String file, byte[] data, Locale locale) {
        List<Result> results = new ArrayList<>();
        List<SipLogSplitter.Span> spans = SipLogSplitter.split(data);
        if (spans.isEmpty()) {
            Issue empty = new Issue(IssueCode.EMPTY_MESSAGE.code(), 1, 1,
                    IssueCode.EMPTY_MESSAGE.explain(locale), "no SIP message in the file");
            results.add(new Result(file, 1, null, false, null, null, null, null, List.of(empty), List.of()));
            return results;
        }
        int index = 0;
        for (SipLogSplitter.Span span : spans) {
            index++;
            results.add(lintOne(file, index, null, data, span, locale));
        }
        return results;
    }

    private Result lintOne(String file, int index, Long frame, byte[] data, SipLogSplitter.Span span, Locale locale) {
        List<Issue> errors = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        byte[] bytes = java.util.Arrays.copyOfRange(data, span.offset(), span.offset() + span.length());
        if (lfOnly(bytes)) {
            // Files and logs often store messages with LF line ends; read them as the CRLF they were sent with
            // (line and column numbers stay the same) and say so once.
            bytes = toCrlf(bytes);
            IssueCode lf = IssueCode.BARE_LF;
            warnings.add(new Issue(lf.code(), span.line(), 1, lf.explain(locale), "LF-only line ends read as CRLF"));
        }
        SipMessage m = null;
        try {
            m = SipParser.parse(bytes, strict ? ParseMode.STRICT : ParseMode.LENIENT);
        } catch (SipParseException e) {
            errors.add(issue(e.toIssue(), span, locale));
        }
        if (m == null && strict) {
            // Describe the message as far as the lenient parser can.
            try {
                m = SipParser.frame(bytes, 0, bytes.length, ParseMode.LENIENT);
            } catch (SipParseException ignored) {
                m = null;
            }
        } else if (m != null) {
            for (ParseIssue i : m.issues()) {
                (i.violation() ? errors : warnings).add(issue(i, span, locale));
            }
        }
        String kind = null;
        String method = null;
        Integer status = null;
        String callId = null;
        if (m instanceof SipRequest r) {
            kind = "request";
            method = r.method();
        } else if (m instanceof SipResponse r) {
            kind = "response";
            status = r.statusCode() >= 0 ? r.statusCode() : null;
        }
        if (m != null) {
            callId = m.callId();
        }
        return new Result(file, index, frame, errors.isEmpty(), kind, method, status, callId, errors, warnings);
    }

    private static boolean lfOnly(byte[] b) {
        boolean lf = false;
        for (byte x : b) {
            if (x == '\r') {
                return false;
            }
            lf |= x == '\n';
        }
        return lf;
    }

    private static byte[] toCrlf(byte[] b) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length + b.length / 16);
        for (byte x : b) {
            if (x == '\n') {
                out.write('\r');
            }
            out.write(x);
        }
        return out.toByteArray();
    }

    private static Issue issue(ParseIssue i, SipLogSplitter.Span span, Locale locale) {
        return new Issue(i.code().code(), span.line() + i.line() - 1, i.column(), i.code().explain(locale), i.message());
    }

    private static void printText(PrintWriter out, List<Result> results, long checked, ResourceBundle words) {
        for (Result r : results) {
            StringBuilder head = new StringBuilder();
            head.append(r.file()).append(" #").append(r.index());
            if (r.frame() != null) {
                head.append(" (").append(words.getString("frame")).append(' ').append(r.frame()).append(')');
            }
            head.append(": ");
            if (r.kind() != null) {
                head.append(words.getString(r.kind())).append(' ');
                head.append(r.method() != null ? r.method() : r.status() != null ? r.status().toString() : "?");
            }
            if (r.callId() != null) {
                head.append(" Call-ID ").append(r.callId());
            }
            head.append(" — ").append(words.getString(r.valid() ? "valid" : "invalid"));
            out.println(head);
            for (Issue i : r.errors()) {
                line(out, words.getString("error"), i);
            }
            for (Issue i : r.warnings()) {
                line(out, words.getString("warning"), i);
            }
        }
        long invalid = results.stream().filter(r -> !r.valid()).count();
        out.println(String.format(words.getString("summary"), checked, invalid));
    }

    private static void line(PrintWriter out, String label, Issue i) {
        out.println("  " + label + " " + i.line() + ":" + i.column() + " " + i.code() + ": " + i.message()
                + " (" + i.detail() + ")");
    }
}
