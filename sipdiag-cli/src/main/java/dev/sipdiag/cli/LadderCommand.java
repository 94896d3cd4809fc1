package dev.sipdiag.cli;

import dev.sipdiag.analysis.Call;
import dev.sipdiag.analysis.CallAnalyzer;
import dev.sipdiag.analysis.Finding;
import dev.sipdiag.analysis.SipEvent;
import dev.sipdiag.analysis.report.Spool;
import dev.sipdiag.analysis.input.UnreadableInputException;
import dev.sipdiag.report.Labels;
import dev.sipdiag.report.Ladder;
import dev.sipdiag.report.TextLadder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sipdiag ladder}: the sequence diagram of a call in the terminal, with its findings; without
 * {@code --call}, every call one after another, each under a "Call n of m" heading.
 */
@Command(name = "ladder", mixinStandardHelpOptions = true,
        description = "Draw the ladder (sequence) diagram of a call in the terminal.",
        footer = {"", "Examples:", "  sipdiag ladder capture.pcap --call 'a84b4c76e66710@pc33.example.com'",
            "  sipdiag ladder capture.pcap --width 140", "  sipdiag ladder capture.pcap --ascii | less"})
public final class LadderCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    LanguageOption language;

    @Option(names = "--call", paramLabel = "CALL-ID", description = "Only the call with this Call-ID (of any leg).")
    String callId;

    @Option(names = "--width", paramLabel = "N",
            description = "Widest line, in characters (default: $COLUMNS, else " + TextLadder.DEFAULT_WIDTH + ").")
    Integer width;

    @Option(names = "--ascii", description = "Plain ASCII instead of Unicode box drawing, and no colour.")
    boolean ascii;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        language.validate(cl);
        int w = width != null ? width : columns();
        if (w < TextLadder.MIN_WIDTH) {
            throw new CommandLine.ParameterException(cl, "--width must be at least " + TextLadder.MIN_WIDTH
                    + "; got " + w);
        }
        Locale lang = language.locale();
        Labels labels = new Labels(lang);
        TextLadder drawer = new TextLadder(w, ascii, !ascii && Terminal.colour());
        // One pass: each call is drawn as the analyser concludes it, with the messages it was concluded from, and
        // kept as text (on disk past a megabyte) until all are drawn, then printed by start time.
        try (Spool drawn = new Spool()) {
            CallAnalyzer analyzer = CallAnalyzer.withMessages(lang, (c, events) -> {
                if (callId == null || callId.equals(c.callId()) || c.legs().stream().anyMatch(l -> callId.equals(l.callId()))) {
                    drawn.add(c.startTime(), draw(c, events, drawer, labels).getBytes(StandardCharsets.UTF_8));
                }
            }, x -> { });
            try {
                input.readInto(cl, lang, analyzer, "ladder");
            } catch (UnreadableInputException e) {
                cl.getErr().println("sipdiag: " + e.getMessage());
                return ExitCodes.IO_ERROR;
            }
            analyzer.finish();
            int calls = drawn.size();
            if (calls == 0) {
                cl.getErr().println("sipdiag: " + (callId == null ? new dev.sipdiag.cli.Labels(lang).get("ladder.none")
                        : labels.get("ladder.noCall", callId)));
                return callId == null ? ExitCodes.OK : ExitCodes.USAGE;
            }
            PrintWriter out = cl.getOut();
            int[] n = {0};
            drawn.forEachSorted(text -> {
                n[0]++;
                if (calls > 1) {
                    if (n[0] > 1) {
                        out.println();
                    }
                    out.println(Terminal.bold(drawer.printable(labels.get("ladder.count", n[0], calls)),
                            drawer.colour()));
                }
                out.print(new String(text, StandardCharsets.UTF_8));
            });
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** One call's title, ladder, legend and findings, each line ended by a line separator. */
    private static String draw(Call c, List<SipEvent> events, TextLadder drawer, Labels labels) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        String what = labels.get("outcome." + c.outcome().id())
                + (c.finalStatus() == null ? "" : ", " + c.finalStatus()
                + (c.finalPhrase() == null ? "" : " " + c.finalPhrase()));
        out.println(drawer.printable(labels.get("ladder.title", c.callId(), what)));
        Ladder ladder = Ladder.of(events);
        drawer.render(ladder).forEach(out::println);
        if (ladder.hasRetransmissions()) {
            out.println(drawer.printable(labels.get("ladder.legend")));
        }
        for (Finding f : c.findings()) {
            String line = drawer.printable(labels.getOr("severity." + f.severity(), f.severity()) + " [" + f.rule()
                    + "] " + f.message());
            wrap(line, drawer.width()).forEach(l -> out.println("  " + l));
        }
        out.flush();
        return text.toString();
    }

    /** Word-wraps a finding to the ladder's width (less the two-space indent). */
    static java.util.List<String> wrap(String text, int width) {
        int avail = Math.max(20, width - 2);
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > avail) { // a word longer than the line (a URI): cut it
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, avail));
                word = word.substring(avail);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > avail) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The terminal's width from $COLUMNS when it is a number, else the default. */
    private static int columns() {
        String c = System.getenv("COLUMNS");
        if (c != null && c.matches("[0-9]{2,4}")) {
            return Math.max(TextLadder.MIN_WIDTH, Integer.parseInt(c));
        }
        return TextLadder.DEFAULT_WIDTH;
    }
}
