package dev.sipdiag.capture.log;

import dev.sipdiag.capture.TextLogFormat;

import java.util.List;
import java.util.Optional;

/**
 * The registry of text log formats: all of them, detection from a file's head, lookup by name.
 *
 * <p>Example: {@code LogFormats.detect(head, n).orElseThrow().read(in, sink)} reads a log whose format was
 * not given; {@code LogFormats.byName("freeswitch")} serves {@code --input-format freeswitch}.
 */
public final class LogFormats {
    /** Lowest sniff score that counts as a detection. */
    public static final int MIN_SCORE = 1;

    private static final List<LineLogFormat> ALL = all(LogTimes.DEFAULT);

    private LogFormats() {
    }

    /** Every format, reading times as {@link LogTimes#DEFAULT} says, most specific first. */
    public static List<LineLogFormat> all() {
        return ALL;
    }

    /** Every format, reading times as {@code times} says, most specific first. */
    public static List<LineLogFormat> all(LogTimes times) {
        return List.of(new KamailioSipdumpFormat(times), new FreeSwitchSipTraceFormat(times),
                new AsteriskPjsipFormat(times), new AsteriskChanSipFormat(times), new SngrepTextFormat(times),
                new PlainSipFormat(times));
    }

    /**
     * The format that is surest a file starting with head[0, len) is its own (the first in {@link #all()} on a
     * tie), or empty when none is. Never throws.
     */
    public static Optional<TextLogFormat> detect(byte[] head, int len) {
        return detect(head, len, LogTimes.DEFAULT);
    }

    /** {@link #detect(byte[], int)} with formats that read times as {@code times} says. */
    public static Optional<TextLogFormat> detect(byte[] head, int len, LogTimes times) {
        List<LineLogFormat> formats = times.equals(LogTimes.DEFAULT) ? ALL : all(times);
        TextLogFormat best = null;
        int bestScore = MIN_SCORE - 1;
        for (TextLogFormat format : formats) {
            int score = format.sniff(head, len);
            if (score > bestScore) {
                best = format;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The format named {@code name} (as {@link TextLogFormat#name()}, ignoring case), or empty. */
    public static Optional<TextLogFormat> byName(String name) {
        return byName(name, LogTimes.DEFAULT);
    }

    /** {@link #byName(String)} with a format that reads times as {@code times} says. */
    public static Optional<TextLogFormat> byName(String name, LogTimes times) {
        if (name == null) {
            return Optional.empty();
        }
        for (TextLogFormat format : times.equals(LogTimes.DEFAULT) ? ALL : all(times)) {
            if (format.name().equalsIgnoreCase(name.trim())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
