package dev.sipdiag.sip;

import dev.sipdiag.sip.internal.FramingScan;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text that holds several raw SIP messages the way logs and fixture files hold them: one after another,
 * with or without blank lines between them, CRLF or LF line ends. A body is delimited by Content-Length when
 * the bytes after it are the next message (or the end); otherwise, and when there is no Content-Length, it
 * runs to the next line that starts a SIP message, minus trailing blank lines.
 *
 * <p>Never throws; text with no SIP in it yields spans that {@link SipParser} will then reject.
 */
public final class SipLogSplitter {

    /**
     * One message within the input.
     *
     * @param offset index of the first byte
     * @param length number of bytes, {@code > 0}
     * @param line   1-based line number of the first byte within the input
     */
    public record Span(int offset, int length, int line) {
    }

    private SipLogSplitter() {
    }

    /** The messages in {@code data}, in order (none for null or blank input). */
    public static List<Span> split(byte[] data) {
        List<Span> out = new ArrayList<>();
        if (data == null) {
            return out;
        }
        int len = data.length;
        int pos = 0;
        int line = 1;
        while (true) {
            // Skip blank lines between messages.
            int ls = pos;
            while (ls < len) {
                int le = lineEnd(data, ls, len);
                if (!blank(data, ls, le)) {
                    break;
                }
                ls = le < len ? le + 1 : len;
            }
            line += countLf(data, pos, ls);
            pos = ls;
            if (pos >= len) {
                return out;
            }
            int start = pos;
            int headerEnd = headerEnd(data, start, len);
            long cl = contentLength(data, start, headerEnd);
            int end = -1;
            if (cl >= 0 && headerEnd + cl <= len) {
                int after = (int) (headerEnd + cl);
                int k = after;
                while (k < len && (data[k] == '\r' || data[k] == '\n' || data[k] == ' ' || data[k] == '\t')) {
                    k++;
                }
                if (k == len || FramingScan.looksLikeSip(data, k, len - k)) {
                    end = after;
                }
            }
            if (end < 0) {
                end = nextStart(data, headerEnd, len);
                end = trimBlankLines(data, headerEnd, end);
            }
            if (end <= start) {
                end = Math.max(headerEnd, start + 1);
            }
            out.add(new Span(start, end - start, line));
            line += countLf(data, start, end);
            pos = end;
        }
    }

    private static int lineEnd(byte[] d, int from, int len) {
        for (int i = from; i < len; i++) {
            if (d[i] == '\n') {
                return i;
            }
        }
        return len;
    }

    private static boolean blank(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] != '\r' && d[i] != ' ' && d[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int countLf(byte[] d, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (d[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Index just after the empty line ending the header section, or {@code len}. */
    private static int headerEnd(byte[] d, int start, int len) {
        int ls = start;
        boolean first = true;
        while (ls < len) {
            int le = lineEnd(d, ls, len);
            if (!first && (le == ls || le == ls + 1 && d[ls] == '\r')) {
                return le < len ? le + 1 : len;
            }
            first = false;
            ls = le < len ? le + 1 : len;
        }
        return len;
    }

    /** The Content-Length (long or compact form) in {@code [start, headerEnd)}, or -1 when absent. */
    private static long contentLength(byte[] d, int start, int headerEnd) {
        int ls = start;
        while (ls < headerEnd) {
            int le = lineEnd(d, ls, headerEnd);
            int colon = -1;
            for (int i = ls; i < le; i++) {
                if (d[i] == ':') {
                    colon = i;
                    break;
                }
            }
            if (colon > ls) {
                int ne = colon;
                while (ne > ls && (d[ne - 1] == ' ' || d[ne - 1] == '\t')) {
                    ne--;
                }
                HeaderName h = HeaderName.lookup(d, ls, ne - ls);
                if (h == HeaderName.CONTENT_LENGTH) {
                    int k = colon + 1;
                    while (k < le && (d[k] == ' ' || d[k] == '\t')) {
                        k++;
                    }
                    long n = 0;
                    int ds = k;
                    while (k < le && d[k] >= '0' && d[k] <= '9' && k - ds < SipLimits.MAX_NUMBER_DIGITS) {
                        n = n * 10 + (d[k] - '0');
                        k++;
                    }
                    return k > ds ? n : -1;
                }
            }
            ls = le < headerEnd ? le + 1 : headerEnd;
        }
        return -1;
    }

    /** The start of the next line at or after {@code from} that begins a SIP message, or {@code len}. */
    private static int nextStart(byte[] d, int from, int len) {
        int ls = from;
        while (ls < len) {
            if ((ls == 0 || d[ls - 1] == '\n') && FramingScan.looksLikeSip(d, ls, len - ls)) {
                return ls;
            }
            int le = lineEnd(d, ls, len);
            ls = le < len ? le + 1 : len;
        }
        return len;
    }

    /** Moves {@code end} back over blank lines, but not before {@code floor}. */
    private static int trimBlankLines(byte[] d, int floor, int end) {
        int e = end;
        while (e > floor) {
            // e is a line start (or len); look at the previous line.
            int prevEnd = e - 1; // the LF ending the previous line, if any
            if (prevEnd < floor || d[prevEnd] != '\n') {
                break;
            }
            int ps = prevEnd;
            while (ps > floor && d[ps - 1] != '\n') {
                ps--;
            }
            if (!blank(d, ps, prevEnd)) {
                break;
            }
            e = ps;
        }
        return e;
    }
}
