package dev.sipdiag.sip.internal;

import dev.sipdiag.sip.SipLimits;

/** The byte-level work behind {@link dev.sipdiag.sip.SipFraming}; see there for the contracts. */
public final class FramingScan {

    private FramingScan() {
    }

    /** Whether the bytes start with a complete Request-Line or Status-Line (cheap; no allocation). */
    public static boolean looksLikeSip(byte[] buf, int off, int len) {
        int end = off + Math.min(len, SipLimits.MAX_START_LINE_LENGTH);
        int lf = Bytes.indexOfLf(buf, off, end);
        return lf < end && isStartLine(buf, off, lf);
    }

    /**
     * {@link #looksLikeSip} for a line whose LF the caller already found at {@code lf}: whether
     * {@code buf[off, lf)} is a complete Request-Line or Status-Line.
     */
    public static boolean isStartLine(byte[] buf, int off, int lf) {
        if (lf - off > SipLimits.MAX_START_LINE_LENGTH) {
            return false;
        }
        int e = lf > off && buf[lf - 1] == '\r' ? lf - 1 : lf;
        if (isVersion(buf, off, e)) {
            // SIP/2.0 SP 3DIGIT (SP / end of line)
            int c = off + 8;
            return e - off >= 11 && buf[off + 7] == ' ' && isDigit(buf[c]) && isDigit(buf[c + 1]) && isDigit(buf[c + 2])
                    && (e == c + 3 || buf[c + 3] == ' ');
        }
        int i = off;
        while (i < e && Chars.isToken(buf[i])) {
            i++;
        }
        if (i == off || i >= e || buf[i] != ' ') {
            return false;
        }
        int last = e;
        while (last > i && buf[last - 1] == ' ') {
            last--;
        }
        return last - i > 8 && isVersion(buf, last - 7, last) && buf[last - 8] == ' ';
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isVersion(byte[] buf, int s, int e) {
        return e - s >= 7 && (buf[s] | 0x20) == 's' && (buf[s + 1] | 0x20) == 'i' && (buf[s + 2] | 0x20) == 'p'
                && buf[s + 3] == '/' && buf[s + 4] == '2' && buf[s + 5] == '.' && buf[s + 6] == '0';
    }

    /** See {@link dev.sipdiag.sip.SipFraming#frame(byte[], int, int)}. */
    public static int frame(byte[] buf, int off, int len) {
        if (len <= 0) {
            return 0;
        }
        int end = off + len;
        if (buf[off] == '\r' || buf[off] == '\n') {
            int i = off;
            while (i < end && (buf[i] == '\r' || buf[i] == '\n') && i - off < SipLimits.MAX_KEEPALIVE_LENGTH) {
                i++;
            }
            return i - off;
        }
        if (!looksLikeSip(buf, off, len)) {
            return resync(buf, off, end);
        }
        // Find the empty line ending the header section (CRLF CRLF, or LF LF from sloppy senders).
        int i = off;
        int headerEnd = -1;
        while (i < end) {
            if (buf[i] == '\n') {
                int n = i + 1;
                if (n < end && buf[n] == '\n') {
                    headerEnd = n + 1;
                    break;
                }
                if (n + 1 < end && buf[n] == '\r' && buf[n + 1] == '\n') {
                    headerEnd = n + 2;
                    break;
                }
            }
            i++;
            if (i - off > SipLimits.MAX_MESSAGE_SIZE) {
                // No empty line within the largest message allowed: not a message to wait for. Skipped (and
                // reported by the stream's reader); framing resumes at the next start line.
                return -SipLimits.MAX_MESSAGE_SIZE;
            }
        }
        if (headerEnd < 0) {
            return 0;
        }
        long cl = contentLength(buf, off, headerEnd);
        if (cl > SipLimits.MAX_CONTENT_LENGTH) {
            // A body larger than any message allowed is not waited for: the header section alone is the message,
            // whose parse reports the Content-Length (limit-exceeded), and the bytes after it resynchronise.
            return headerEnd - off;
        }
        long total = (headerEnd - off) + Math.max(0, cl);
        return total <= len ? (int) total : 0;
    }

    /** The Content-Length in the header section {@code [off, headerEnd)}, or 0 when absent or unreadable. */
    static long contentLength(byte[] buf, int off, int headerEnd) {
        int i = off;
        while (i < headerEnd) {
            int ls = i;
            while (i < headerEnd && buf[i] != '\n') {
                i++;
            }
            int le = i;
            i++;
            int ne = ls;
            while (ne < le && Chars.is(buf[ne], Chars.TOKEN)) {
                ne++;
            }
            if (ne - ls == 1 && (buf[ls] | 0x20) == 'l' || ne - ls == 14 && regionEquals(buf, ls, "content-length")) {
                int k = ne;
                while (k < le && (buf[k] == ' ' || buf[k] == '\t')) {
                    k++;
                }
                if (k < le && buf[k] == ':') {
                    k++;
                    while (k < le && (buf[k] == ' ' || buf[k] == '\t')) {
                        k++;
                    }
                    long n = 0;
                    int ds = k;
                    while (k < le && buf[k] >= '0' && buf[k] <= '9' && k - ds < SipLimits.MAX_NUMBER_DIGITS) {
                        n = n * 10 + (buf[k] - '0');
                        k++;
                    }
                    return k > ds ? n : 0;
                }
            }
        }
        return 0;
    }

    private static boolean regionEquals(byte[] buf, int off, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            int b = buf[off + k];
            char c = lower.charAt(k);
            if (b != c && ((b | 0x20) != c || c < 'a' || c > 'z')) {
                return false;
            }
        }
        return true;
    }

    /** Negative count of leading bytes to skip so that the buffer starts at the next plausible start line. */
    private static int resync(byte[] buf, int off, int end) {
        for (int i = off + 1; i < end; i++) {
            if (buf[i - 1] == '\n' && buf[i] != '\r' && buf[i] != '\n') {
                int lf = -1;
                for (int k = i; k < end; k++) {
                    if (buf[k] == '\n') {
                        lf = k;
                        break;
                    }
                }
                if (lf < 0 || looksLikeSip(buf, i, end - i)) {
                    return -(i - off);
                }
            }
        }
        // No line start in sight: everything but a possible partial start line is garbage.
        boolean lineEnds = false;
        for (int i = off; i < end; i++) {
            if (buf[i] == '\n') {
                lineEnds = true;
                break;
            }
        }
        if (lineEnds) {
            return -(end - off);
        }
        return end - off > SipLimits.MAX_START_LINE_LENGTH ? -(end - off) : 0;
    }
}
