package dev.sipdiag.capture.log;

import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.TextLogFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text log read line by line. Subclasses recognise their own record marks; this class gives them the
 * shared rules: streaming, ANSI codes and CRs removed, noise counted, cut-short messages reported with their
 * line number, and {@link #scan} to learn what was skipped.
 *
 * <p>Payloads from logs have interface 0, frame number = the 1-based line number where the record starts (its
 * marker line), encapsulation {@code "log:" + name()} and no correlation id.
 */
public abstract sealed class LineLogFormat implements TextLogFormat
        permits PlainSipFormat, AsteriskPjsipFormat, AsteriskChanSipFormat, FreeSwitchSipTraceFormat,
        KamailioSipdumpFormat, SngrepTextFormat {
    private final LogTimes times;

    /** A format that reads wall-clock times as {@code times} says. */
    protected LineLogFormat(LogTimes times) {
        this.times = java.util.Objects.requireNonNull(times, "times");
    }

    /** How this format turns the log's times into instants. */
    public LogTimes times() {
        return times;
    }

    @Override
    public final void read(InputStream in, PayloadSink sink) throws IOException {
        scan(in, sink);
    }

    /**
     * Reads the whole log like {@link #read} and says what it found.
     *
     * @throws IOException only when {@code in} fails; bad content is reported to {@code sink}
     */
    public final LogStats scan(InputStream in, PayloadSink sink) throws IOException {
        LogRun run = new LogRun(in, sink, "log:" + name());
        readRecords(run);
        return run.stats();
    }

    /** Reads every record of the log through {@code run}. */
    abstract void readRecords(LogRun run) throws IOException;

    /** The best {@link #sniffLine} score over the head's lines. Never throws. */
    @Override
    public int sniff(byte[] head, int len) {
        int best = 0;
        int index = 0;
        for (String line : headLines(head, len)) {
            best = Math.max(best, sniffLine(line, index++));
        }
        return best;
    }

    /**
     * The lines of a file's first {@link LogLimits#SNIFF_LENGTH} octets (at most {@code len}), ANSI codes and CRs
     * removed. The last one may be cut. Never throws.
     */
    static List<String> headLines(byte[] head, int len) {
        List<String> lines = new ArrayList<>();
        if (head == null) {
            return lines;
        }
        int n = Math.max(0, Math.min(Math.min(len, head.length), LogLimits.SNIFF_LENGTH));
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(Ansi.strip(text.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }

    /** How sure a line of the head (0-based {@code index}) makes this format that the file is its own. */
    abstract int sniffLine(String line, int index);
}
