package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a log line by line, streaming: LF or CRLF endings (a lone CR at a line's end is dropped too), ANSI
 * escape sequences (colour codes) removed, lines longer than {@link LogLimits#MAX_LINE_LENGTH} cut and reported.
 * One line of push-back lets a reader end a record at a line that belongs to the next one.
 */
final class LogCursor {
    private static final int ESC = 0x1b;
    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final Consumer<Problem> problems;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private long bufferStart;
    private long lineNumber;
    private long escapedLines;
    private Line pushedBack;
    private final StringBuilder text = new StringBuilder(256);

    LogCursor(InputStream in, Consumer<Problem> problems) {
        this.in = in;
        this.problems = problems;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        if (pushedBack != null) {
            Line line = pushedBack;
            pushedBack = null;
            return line;
        }
        text.setLength(0);
        long start = bufferStart + pos;
        boolean any = false;
        boolean cut = false;
        boolean escaped = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int c = buf[pos++] & 0xff;
            if (c == '\n') {
                break;
            }
            if (c == ESC) {
                escaped = true;
                skipEscape();
                continue;
            }
            if (text.length() < LogLimits.MAX_LINE_LENGTH) {
                text.append((char) c);
            } else {
                cut = true;
            }
        }
        lineNumber++;
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        text.setLength(end);
        if (escaped) {
            escapedLines++;
        }
        if (cut) {
            problems.accept(new Problem("log-line-too-long", lineNumber, start,
                    LogText.format("log-line-too-long", lineNumber, LogLimits.MAX_LINE_LENGTH)));
        }
        return new Line(lineNumber, start, text.toString());
    }

    /** Makes {@code line} the next one {@link #next} returns. */
    void pushBack(Line line) {
        pushedBack = line;
    }

    /** Lines from which ANSI escape sequences were removed. */
    long escapedLines() {
        return escapedLines;
    }

    /*
     * ECMA-48 §5.4: a control sequence is ESC '[' then parameter octets 0x30-0x3F, intermediate octets
     * 0x20-0x2F and one final octet 0x40-0x7E. Other escapes are ESC plus one octet. A sequence is never
     * allowed to swallow a line ending.
     */
    private void skipEscape() throws IOException {
        if (!peekFill()) {
            return;
        }
        int c = buf[pos] & 0xff;
        if (c == '\n') {
            return;
        }
        pos++;
        if (c != '[') {
            return;
        }
        while (peekFill()) {
            c = buf[pos] & 0xff;
            if (c == '\n') {
                return;
            }
            pos++;
            if (c >= 0x40 && c <= 0x7e) {
                return;
            }
        }
    }

    private boolean peekFill() throws IOException {
        return pos < limit || fill();
    }

    private boolean fill() throws IOException {
        bufferStart += limit;
        pos = 0;
        limit = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        limit = n;
        return true;
    }
}
