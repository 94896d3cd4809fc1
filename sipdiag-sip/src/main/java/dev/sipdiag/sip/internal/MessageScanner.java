package dev.sipdiag.sip.internal;

import dev.sipdiag.sip.HeaderName;
import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.ParseMode;
import dev.sipdiag.sip.SipLimits;

/**
 * Frames one message and reads its correlation keys in a single pass over the bytes.
 *
 * <p>Why hand-written: this is the hot path of every capture sipdiag reads. It works on the byte array
 * directly (no regex, no String per header, no intermediate lines), recognises header names by length and
 * first byte ({@link HeaderName#lookup(byte[], int, int)}), and records offsets into {@link Layout} so that
 * typed headers can be parsed later, only when asked for. The keys a correlator needs at once (Call-ID, CSeq,
 * From/To tags, top Via branch and sent-by, status code, method, Request-URI, Content-Length) are read here.
 *
 * <p>Steps:
 * <ol>
 *   <li>skip CRLFs before the start line (RFC 3261 §7.5);</li>
 *   <li>read the Request-Line (§7.1) or Status-Line (§7.2);</li>
 *   <li>read header fields up to the empty line, undoing nothing: folded lines (§7.3.1) stay inside the value's
 *       range and are treated as whitespace by the value parsers;</li>
 *   <li>delimit the body by Content-Length against the bytes present (§18.3).</li>
 * </ol>
 */
public final class MessageScanner extends Layout {

    private static final byte[] SIP_VERSION = {'S', 'I', 'P', '/', '2', '.', '0'};

    // The scanner is the layout it fills (one object per message, not two); these fields only matter while scanning.
    private final int limit;
    private Problems p;
    private boolean bareLfReported;

    private MessageScanner(byte[] buf, int off, int len, ParseMode mode) {
        this.limit = off + len;
        int s = off;
        while (s < limit && (buf[s] == '\r' || buf[s] == '\n')) {
            s++;
        }
        this.buf = buf;
        start = s;
        // Real messages carry a header field per 30-40 bytes; start there and grow if needed.
        h = new int[Math.max(8, Math.min(64, (limit - s) / 36)) * Layout.STRIDE];
        this.p = new Problems(buf, s, limit, mode);
        problems = p;
    }

    /**
     * Frames the message in {@code buf[off, off+len)}, which holds one datagram or one stream frame.
     *
     * @throws dev.sipdiag.sip.SipParseException when there is no start line, a limit is exceeded, or (strict
     *                                           mode) the framing breaks the grammar
     */
    public static Layout scan(byte[] buf, int off, int len, ParseMode mode) {
        MessageScanner s = new MessageScanner(buf, off, len, mode);
        s.run();
        return s;
    }

    private void run() {
        if (len() > SipLimits.MAX_MESSAGE_SIZE) {
            throw p.fail(IssueCode.LIMIT_EXCEEDED, start, "at most " + SipLimits.MAX_MESSAGE_SIZE + " bytes");
        }
        if (start >= limit) {
            throw p.fail(IssueCode.EMPTY_MESSAGE, start, "a start line");
        }
        int lf = lineFeed(start);
        if (!p.strict() && (lf >= limit || !FramingScan.isStartLine(buf, start, lf))) {
            skipJunk();
            lf = lineFeed(start);
        }
        int pos = startLine(start, lf);
        pos = headers(pos);
        body(pos);
    }

    /**
     * Lenient mode, when the first line is not a start line: if a later line is one (junk or stray whitespace
     * before the message in a datagram), start there and record what was skipped.
     */
    private void skipJunk() {
        for (int i = start + 1; i < limit; i++) {
            if (buf[i - 1] == '\n' && FramingScan.looksLikeSip(buf, i, limit - i)) {
                p.violation(IssueCode.INVALID_START_LINE, start,
                        "a start line (" + (i - start) + " bytes before it were skipped)");
                start = i;
                p = p.rebase(i);
                problems = p;
                return;
            }
        }
        int i = start;
        while (i < limit && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        if (i > start && i < limit) {
            p.violation(IssueCode.INVALID_START_LINE, start, "no whitespace before the start line");
            start = i;
            p = p.rebase(i);
            problems = p;
        }
    }

    private int len() {
        return limit - start;
    }

    /** The index of the LF ending the line at {@code from}, or {@code limit} when there is none. */
    private int lineFeed(int from) {
        return Bytes.indexOfLf(buf, from, limit);
    }

    /** The end of a line's content: before CR LF, before a bare LF (reported), or at the end of input. */
    private int contentEnd(int lf) {
        if (lf >= limit) {
            return limit;
        }
        if (lf > start && buf[lf - 1] == '\r') {
            return lf - 1;
        }
        if (!bareLfReported) {
            bareLfReported = true;
            p.violation(IssueCode.BARE_LF, lf, "CRLF");
        }
        return lf;
    }

    // ---- start line -------------------------------------------------------------------------------------

    private int startLine(int s, int lf) {
        if (lf - s > SipLimits.MAX_START_LINE_LENGTH) {
            throw p.fail(IssueCode.LIMIT_EXCEEDED, s + SipLimits.MAX_START_LINE_LENGTH,
                    "a start line of at most " + SipLimits.MAX_START_LINE_LENGTH + " bytes");
        }
        int e = contentEnd(lf);
        startLineEnd = e;
        if (startsWithVersionPrefix(s, e)) {
            statusLine(s, e);
        } else {
            requestLine(s, e);
        }
        return lf < limit ? lf + 1 : limit;
    }

    private boolean startsWithVersionPrefix(int s, int e) {
        return e - s >= 4 && (buf[s] | 0x20) == 's' && (buf[s + 1] | 0x20) == 'i' && (buf[s + 2] | 0x20) == 'p'
                && buf[s + 3] == '/';
    }

    /** Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF (RFC 3261 §7.2). */
    private void statusLine(int s, int e) {
        response = true;
        int i = s;
        while (i < e && buf[i] != ' ' && buf[i] != '\t') {
            i++;
        }
        versionStart = s;
        versionEnd = i;
        checkVersion(s, i, IssueCode.INVALID_STATUS_LINE);
        int codeStart = skipSpaces(i, e, IssueCode.INVALID_STATUS_LINE, "one SP before the Status-Code");
        int j = codeStart;
        long code = 0;
        while (j < e && buf[j] >= '0' && buf[j] <= '9') {
            if (j - codeStart < SipLimits.MAX_NUMBER_DIGITS) {
                code = code * 10 + (buf[j] - '0');
            }
            j++;
        }
        if (j - codeStart != 3 || code < 100 || code > 699) {
            p.violation(IssueCode.INVALID_STATUS_LINE, codeStart, "a three-digit Status-Code from 100 to 699");
            statusCode = j - codeStart == 3 ? (int) code : -1;
        } else {
            statusCode = (int) code;
        }
        if (j == codeStart) {
            throw p.fail(IssueCode.INVALID_STATUS_LINE, codeStart, "a Status-Code");
        }
        if (j >= e) {
            p.violation(IssueCode.INVALID_STATUS_LINE, j, "SP and a Reason-Phrase");
            reasonStart = reasonEnd = e;
            return;
        }
        if (buf[j] != ' ') {
            p.violation(IssueCode.INVALID_STATUS_LINE, j, "SP after the Status-Code");
        }
        reasonStart = Math.min(j + 1, e);
        reasonEnd = e;
        for (int k = reasonStart; k < e; k++) {
            int b = buf[k] & 0xff;
            if (b < 0x20 && b != '\t' || b == 0x7f) {
                p.violation(IssueCode.INVALID_STATUS_LINE, k, "a Reason-Phrase without control characters");
                return;
            }
        }
        int bad = Utf8.firstInvalid(buf, reasonStart, e);
        if (bad >= 0) {
            p.violation(IssueCode.INVALID_STATUS_LINE, bad, "a UTF-8 Reason-Phrase");
        }
    }

    /** Request-Line = Method SP Request-URI SP SIP-Version CRLF (RFC 3261 §7.1). */
    private void requestLine(int s, int e) {
        int i = s;
        while (i < e && Chars.isToken(buf[i])) {
            i++;
        }
        if (i == s) {
            throw p.fail(IssueCode.INVALID_START_LINE, s, "a Request-Line (Method SP Request-URI SP SIP-Version) "
                    + "or a Status-Line (SIP-Version SP Status-Code SP Reason-Phrase)");
        }
        if (i < e && buf[i] != ' ' && buf[i] != '\t') {
            // A method that is not a token: keep reading to the first space in lenient mode.
            p.violation(IssueCode.INVALID_REQUEST_LINE, i, "a token Method followed by SP");
            while (i < e && buf[i] != ' ' && buf[i] != '\t') {
                i++;
            }
        }
        methodStart = s;
        methodEnd = i;
        if (i >= e) {
            throw p.fail(IssueCode.INVALID_START_LINE, i, "SP and a Request-URI after the Method");
        }
        int uriStart = skipSpaces(i, e, IssueCode.INVALID_REQUEST_LINE, "one SP before the Request-URI");
        // The version is the last word; trailing whitespace is a violation (RFC 4475 §3.1.2.10).
        int last = e;
        while (last > uriStart && (buf[last - 1] == ' ' || buf[last - 1] == '\t')) {
            last--;
        }
        if (last < e) {
            p.violation(IssueCode.INVALID_REQUEST_LINE, last, "CRLF right after the SIP-Version");
        }
        int vs = last;
        while (vs > uriStart && buf[vs - 1] != ' ' && buf[vs - 1] != '\t') {
            vs--;
        }
        if (vs == uriStart) {
            // Only two words: no SIP-Version (or no Request-URI).
            p.violation(IssueCode.INVALID_REQUEST_LINE, last, "SP and the SIP-Version after the Request-URI");
            this.uriStart = uriStart;
            uriEnd = last;
            versionStart = versionEnd = last;
            return;
        }
        int uriEnd = vs - 1;
        while (uriEnd > uriStart && (buf[uriEnd - 1] == ' ' || buf[uriEnd - 1] == '\t')) {
            uriEnd--;
        }
        if (uriEnd < vs - 1) {
            p.violation(IssueCode.INVALID_REQUEST_LINE, uriEnd, "one SP before the SIP-Version");
        }
        for (int k = uriStart; k < uriEnd; k++) {
            if (buf[k] == ' ' || buf[k] == '\t') {
                p.violation(IssueCode.INVALID_REQUEST_LINE, k, "a Request-URI without whitespace");
                break;
            }
        }
        this.uriStart = uriStart;
        this.uriEnd = uriEnd;
        versionStart = vs;
        versionEnd = last;
        checkVersion(vs, last, IssueCode.INVALID_REQUEST_LINE);
    }

    /** Skips the single SP the grammar wants; more whitespace (or a tab) is a violation. */
    private int skipSpaces(int i, int e, IssueCode code, String expected) {
        if (i < e && buf[i] == ' ' && (i + 1 >= e || (buf[i + 1] != ' ' && buf[i + 1] != '\t'))) {
            return i + 1;
        }
        p.violation(code, i, expected);
        while (i < e && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT; only 2.0 is supported (RFC 3261 §7.1). */
    private void checkVersion(int s, int e, IssueCode code) {
        if (e - s == SIP_VERSION.length) {
            boolean same = true;
            for (int k = 0; k < SIP_VERSION.length; k++) {
                int b = buf[s + k];
                if (b != SIP_VERSION[k] && (b | 0x20) != (SIP_VERSION[k] | 0x20)) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return;
            }
        }
        int k = s + 4;
        int digits1 = 0;
        while (k < e && buf[k] >= '0' && buf[k] <= '9') {
            k++;
            digits1++;
        }
        boolean shaped = startsWithVersionPrefix(s, e) && digits1 > 0 && k < e && buf[k] == '.';
        if (shaped) {
            int k2 = k + 1;
            while (k2 < e && buf[k2] >= '0' && buf[k2] <= '9') {
                k2++;
            }
            shaped = k2 == e && k2 > k + 1;
        }
        if (shaped) {
            p.violation(IssueCode.UNSUPPORTED_VERSION, s, "SIP/2.0");
        } else {
            p.violation(code, s, "SIP/2.0");
        }
    }

    // ---- headers ----------------------------------------------------------------------------------------

    private int headers(int pos) {
        while (true) {
            if (pos >= limit) {
                p.violation(IssueCode.MISSING_EMPTY_LINE, limit, "an empty line after the header fields");
                bodyStart = limit;
                return limit;
            }
            byte b = buf[pos];
            if (b == '\n') {
                contentEnd(pos);
                return pos + 1;
            }
            if (b == '\r' && pos + 1 < limit && buf[pos + 1] == '\n') {
                return pos + 2;
            }
            if (b == '\r' && pos + 1 >= limit) {
                p.violation(IssueCode.MISSING_EMPTY_LINE, limit, "an empty line after the header fields");
                return limit;
            }
            pos = field(pos);
        }
    }

    /** Reads one header field (with its continuation lines) starting at {@code s}; returns the next line start. */
    private int field(int s) {
        if (headerCount >= SipLimits.MAX_HEADER_COUNT) {
            throw p.fail(IssueCode.LIMIT_EXCEEDED, s, "at most " + SipLimits.MAX_HEADER_COUNT + " header fields");
        }
        int lf = lineFeed(s);
        int e = contentEnd(lf);
        int next = lf < limit ? lf + 1 : limit;
        // Continuation lines start with SP or HTAB (RFC 3261 §7.3.1).
        while (next < limit && (buf[next] == ' ' || buf[next] == '\t')) {
            lf = lineFeed(next);
            e = contentEnd(lf);
            next = lf < limit ? lf + 1 : limit;
            if (next - s > SipLimits.MAX_HEADER_LENGTH) {
                break;
            }
        }
        if (next - s > SipLimits.MAX_HEADER_LENGTH) {
            throw p.fail(IssueCode.LIMIT_EXCEEDED, s,
                    "a header field of at most " + SipLimits.MAX_HEADER_LENGTH + " bytes");
        }
        int i = s;
        while (i < e && Chars.isToken(buf[i])) {
            i++;
        }
        int nameEnd = i;
        while (i < e && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        if (i >= e || buf[i] != ':') {
            // Find the colon if the name merely holds odd bytes; otherwise this line is not a header field.
            int colon = -1;
            for (int k = s; k < e; k++) {
                if (buf[k] == ':') {
                    colon = k;
                    break;
                }
                if (buf[k] == ' ' || buf[k] == '\t') {
                    break;
                }
            }
            if (colon < 0) {
                p.violation(IssueCode.HEADER_MISSING_COLON, i, "':' after the header name");
                addHeader(s, e, e, e, next, 0);
                return next;
            }
            p.violation(IssueCode.INVALID_HEADER_NAME, nameEnd, "a token header name");
            nameEnd = colon;
            i = colon;
        } else if (nameEnd == s) {
            p.violation(IssueCode.INVALID_HEADER_NAME, s, "a header name");
        }
        int vs = i + 1;
        while (vs < e && Chars.isLws(buf[vs])) {
            vs++;
        }
        int ve = e;
        while (ve > vs && Chars.isLws(buf[ve - 1])) {
            ve--;
        }
        HeaderName name = HeaderName.lookup(buf, s, nameEnd - s);
        addHeader(s, nameEnd, vs, ve, next, name == null ? 0 : name.ordinal() + 1);
        if (name != null) {
            eager(name, vs, ve);
        }
        return next;
    }

    private void eager(HeaderName name, int vs, int ve) {
        switch (name) {
            case CALL_ID -> {
                if (callIdStart < 0) {
                    callIdStart = vs;
                    callIdEnd = ve;
                }
            }
            case CSEQ -> {
                if (cseqNumber < 0) {
                    cseq(vs, ve);
                }
            }
            case FROM -> {
                if (fromTagStart < 0) {
                    long t = KeyScan.tag(buf, vs, ve);
                    if (t >= 0) {
                        fromTagStart = (int) (t >>> 32);
                        fromTagEnd = (int) t;
                    }
                }
            }
            case TO -> {
                if (toTagStart < 0) {
                    long t = KeyScan.tag(buf, vs, ve);
                    if (t >= 0) {
                        toTagStart = (int) (t >>> 32);
                        toTagEnd = (int) t;
                    }
                }
            }
            case VIA -> {
                if (sentByHostStart < 0 && branchStart < 0) {
                    KeyScan.topVia(buf, vs, ve, this);
                }
            }
            case CONTENT_LENGTH -> contentLength(vs, ve);
            default -> {
            }
        }
    }

    /** CSeq = "CSeq" HCOLON 1*DIGIT LWS Method; the checks on range and method come later. */
    private void cseq(int vs, int ve) {
        int i = vs;
        long n = 0;
        while (i < ve && buf[i] >= '0' && buf[i] <= '9') {
            if (i - vs < 12) {
                n = n * 10 + (buf[i] - '0');
            }
            i++;
        }
        if (i == vs) {
            return;
        }
        cseqNumber = i - vs >= 12 ? Long.MAX_VALUE : n;
        while (i < ve && Chars.isLws(buf[i])) {
            i++;
        }
        int ms = i;
        while (i < ve && !Chars.isLws(buf[i])) {
            i++;
        }
        if (i > ms) {
            cseqMethodStart = ms;
            cseqMethodEnd = i;
        }
    }

    private void contentLength(int vs, int ve) {
        contentLengthCount++;
        if (contentLengthCount > 1) {
            p.warn(IssueCode.MULTIPLE_CONTENT_LENGTH, vs, "a second Content-Length; the body runs to the end");
            return;
        }
        long n = 0;
        int i = vs;
        while (i < ve && buf[i] >= '0' && buf[i] <= '9') {
            n = n * 10 + (buf[i] - '0');
            if (n > SipLimits.MAX_CONTENT_LENGTH) {
                throw p.fail(IssueCode.LIMIT_EXCEEDED, vs,
                        "a Content-Length of at most " + SipLimits.MAX_CONTENT_LENGTH);
            }
            i++;
        }
        if (i == vs || i != ve) {
            p.violation(IssueCode.INVALID_CONTENT_LENGTH, i, "a non-negative decimal Content-Length");
            return;
        }
        contentLength = n;
    }

    // ---- body -------------------------------------------------------------------------------------------

    /** Delimits the body: Content-Length against the bytes present (RFC 3261 §18.3, §20.14). */
    private void body(int bodyStart) {
        this.bodyStart = bodyStart;
        int available = limit - bodyStart;
        long cl = contentLength;
        if (cl < 0 || contentLengthCount > 1 || cl == available) {
            bodyEnd = limit;
        } else if (cl > available) {
            p.violation(IssueCode.CONTENT_LENGTH_MISMATCH, limit,
                    "a body of " + cl + " bytes as Content-Length says (" + available + " present)");
            bodyEnd = limit;
        } else {
            int trail = bodyStart + (int) cl;
            int t = trail;
            while (t < limit && Chars.isLws(buf[t])) {
                t++;
            }
            if (p.strict() || t == limit || FramingScan.looksLikeSip(buf, t, limit - t)) {
                // RFC 3261 §18.3: bytes beyond the body in a datagram are discarded.
                bodyEnd = trail;
                if (t < limit) {
                    p.warn(IssueCode.TRAILING_BYTES, trail, (limit - trail) + " bytes after the body were ignored");
                }
            } else {
                // Lenient: the bytes after the body are not another message, so the count is wrong; keep them.
                p.warn(IssueCode.CONTENT_LENGTH_MISMATCH, trail, "Content-Length says " + cl
                        + " bytes but the datagram holds " + available + "; the body was extended to the end");
                bodyEnd = limit;
            }
        }
        end = bodyEnd;
    }
}
