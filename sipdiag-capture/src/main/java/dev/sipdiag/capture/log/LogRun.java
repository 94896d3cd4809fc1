package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.PayloadSink;
import dev.sipdiag.capture.Problem;
import dev.sipdiag.capture.Transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** One reading of one log: the line cursor, the sink, and the counts that become {@link LogStats}. */
final class LogRun {
    private final PayloadSink sink;
    private final String encapsulation;
    private final LogCursor cursor;
    private long messages;
    private long problems;
    private long noiseLines;

    LogRun(InputStream in, PayloadSink sink, String encapsulation) {
        this.sink = sink;
        this.encapsulation = encapsulation;
        this.cursor = new LogCursor(in, this::report);
    }

    Line next() throws IOException {
        return cursor.next();
    }

    void pushBack(Line line) {
        cursor.pushBack(line);
    }

    /** Counts {@code line} as noise unless it is blank. */
    void noise(Line line) {
        if (!line.isBlank()) {
            noiseLines++;
        }
    }

    LogStats stats() {
        return new LogStats(messages, problems, noiseLines, cursor.escapedLines());
    }

    /** A new, empty record body that starts at {@code marker}. */
    Body body(Line marker) {
        return new Body(marker);
    }

    /** The lines of one record's message, bounded by {@link LogLimits#MAX_MESSAGE_LENGTH}. */
    final class Body {
        private final Line marker;
        private final List<String> lines = new ArrayList<>();
        private long length;
        private boolean overflow;

        private Body(Line marker) {
            this.marker = marker;
        }

        /** Adds a line of the message; past the limit, lines are dropped and the record is reported later. */
        void add(String line) {
            length += line.length() + 2;
            if (length > LogLimits.MAX_MESSAGE_LENGTH) {
                overflow = true;
                return;
            }
            lines.add(line);
        }

        boolean isEmpty() {
            return lines.isEmpty();
        }

        /**
         * Frames the collected lines into a message and delivers it, or reports why not.
         *
         * @param closed         whether the record ended at its explicit end mark
         * @param expectedLength the message size the log states, or -1
         */
        void deliver(boolean closed, int expectedLength, long timestampNanos, Transport transport,
                     Endpoint source, Endpoint destination) {
            if (overflow) {
                problem("log-message-too-long", marker, marker.number(), LogLimits.MAX_MESSAGE_LENGTH);
                return;
            }
            switch (SipFraming.frame(lines, closed, expectedLength)) {
                case SipFraming.Framed.Message message -> {
                    for (int i = message.lines(); i < lines.size(); i++) {
                        if (!lines.get(i).isBlank()) {
                            noiseLines++;
                        }
                    }
                    messages++;
                    sink.payload(new Payload(timestampNanos, transport, source, destination, 0, marker.number(),
                            message.data(), encapsulation, null));
                }
                case SipFraming.Framed.NotSip notSip -> problem("log-not-sip", marker, marker.number(),
                        quote(notSip.firstLine()));
                case SipFraming.Framed.Truncated cut -> problem(cut.key(), marker, marker.number(),
                        cut.present(), cut.expected());
            }
        }
    }

    /** Reports a problem about the record that starts at {@code line}. */
    void problem(String reason, Line line, Object... args) {
        report(new Problem(reason, line.number(), line.offset(), LogText.format(reason, args)));
    }

    private void report(Problem problem) {
        problems++;
        sink.problem(problem);
    }

    /** A short quote of a line for a message: at most 60 characters. */
    static String quote(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
