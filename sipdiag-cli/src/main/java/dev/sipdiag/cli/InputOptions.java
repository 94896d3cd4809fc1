package dev.sipdiag.cli;

import dev.sipdiag.analysis.CallAnalyzer;
import dev.sipdiag.analysis.ParallelFeed;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.analysis.SipEvents;
import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import dev.sipdiag.analysis.input.SipPacket;
import dev.sipdiag.capture.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of {@code analyze}, {@code ladder} and {@code messages}: files and how to read them. */
public final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "pcap, pcapng (either may be gzip-compressed), or a PBX/proxy text log; - reads standard input.")
    List<String> files;

    @Option(names = "--input-format", paramLabel = "auto|pcap|pcapng|log[:NAME]", defaultValue = "auto",
            description = "Skip detection: pcap, pcapng, log (detect the log kind) or log:NAME (plain, asterisk-pjsip, "
                    + "asterisk-sip, freeswitch, kamailio-sipdump, sngrep).")
    String inputFormat;

    /** Whether an input is standard input, which can be read only once. */
    boolean readsStandardInput() {
        return files.contains("-");
    }

    /**
     * Reads every file in order into the analyser (not finished here): reading, framing and each message's event
     * on this thread, the analysis and what its sinks do on a second one; a progress line on a terminal.
     */
    SipInput readInto(CommandLine cl, Locale lang, CallAnalyzer analyzer, String command) throws IOException {
        ParallelFeed<SipEvent> feed = new ParallelFeed<>(analyzer::accept);
        try (Progress progress = new Progress("sipdiag " + command, Progress.stderrIsTerminal())) {
            return read(cl, lang, p -> {
                progress.tick();
                SipEvent e = SipEvents.of(p);
                if (e != null) {
                    feed.accept(e);
                }
            }, problem -> { });
        } finally {
            feed.finish();
        }
    }

    /** Reads every file in order, handing each SIP message to the handler. */
    SipInput read(CommandLine cl, Locale lang, Consumer<SipPacket> handler, Consumer<Problem> problems)
            throws IOException {
        InputFormat f;
        String log = null;
        try {
            f = InputFormat.parse(inputFormat);
            int colon = inputFormat.indexOf(':');
            if (f == InputFormat.LOG && colon > 0) {
                log = inputFormat.substring(colon + 1).trim();
                if (dev.sipdiag.capture.log.LogFormats.byName(log).isEmpty()) {
                    throw new IllegalArgumentException("unknown log format");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--input-format takes auto, pcap, pcapng, log or log:NAME with "
                    + "NAME one of " + String.join(", ", dev.sipdiag.capture.log.LogFormats.all().stream()
                            .map(x -> x.name()).toList()) + "; got '" + inputFormat + "'");
        }
        SipInput in = new SipInput(f, log, lang, handler, problems);
        for (String file : files) {
            in.read(file);
        }
        return in;
    }
}
