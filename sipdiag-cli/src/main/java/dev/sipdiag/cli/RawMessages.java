package dev.sipdiag.cli;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.report.CapturedMessage;
import dev.sipdiag.report.MessageCollector;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * The second pass of {@code analyze --format html|md}: reads the inputs again and keeps the raw text of the messages
 * of the calls to draw (see {@link MessageCollector} for why a second pass). {@code ladder} needs no raw text and
 * draws each call in the one pass, from the messages the analyser concluded it from.
 */
final class RawMessages {
    private RawMessages() {
    }

    /** Refuses standard input, which cannot be read twice; call before the first pass. */
    static void requireFiles(InputOptions input, CommandLine cl, Locale lang, String what) {
        if (input.readsStandardInput()) {
            throw new CommandLine.ParameterException(cl, new Labels(lang).get("stdinTwice", what));
        }
    }

    /** The messages of the given calls, by input index, with their raw text. */
    static Map<Integer, CapturedMessage> of(InputOptions input, CommandLine cl, Locale lang, List<Call> calls)
            throws IOException {
        MessageCollector collector = MessageCollector.forCalls(calls);
        input.read(cl, lang, collector, problem -> { });
        return collector.messages();
    }
}
