package dev.sipdiag.sip.internal;

import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.ParseIssue;
import dev.sipdiag.sip.ParseMode;
import dev.sipdiag.sip.SipLimits;
import dev.sipdiag.sip.SipParseException;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parsers send what they find wrong. A grammar violation ({@link #violation}) throws in strict mode
 * and is recorded in lenient mode; a {@link #warn warning} is always recorded; {@link #fail} always throws.
 * Offsets are absolute indexes into {@code buf}; issues carry them relative to the message start.
 */
public final class Problems {

    /** How many characters of input a quote shows on each side of the offset. */
    private static final int QUOTE_RADIUS = 20;

    private final byte[] buf;
    private final int start;
    private final int end;
    private final ParseMode mode;
    private List<ParseIssue> issues;

    public Problems(byte[] buf, int start, int end, ParseMode mode) {
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.mode = mode;
    }

    /**
     * The same sink for a message that starts at {@code newStart} (after skipped junk); issues recorded so far
     * are kept, at offset 0 of the new message.
     */
    public Problems rebase(int newStart) {
        Problems q = new Problems(buf, newStart, end, mode);
        if (issues != null) {
            for (ParseIssue i : issues) {
                q.record(i.code(), i.violation(), newStart, i.message());
            }
        }
        return q;
    }

    public ParseMode mode() {
        return mode;
    }

    public boolean strict() {
        return mode == ParseMode.STRICT;
    }

    /** A grammar violation at absolute offset {@code at}: throws in strict mode, recorded in lenient mode. */
    public void violation(IssueCode code, int at, String expected) {
        if (mode == ParseMode.STRICT) {
            throw exception(code, at, expected);
        }
        record(code, true, at, "expected " + expected + ", found " + found(at));
    }

    /** A well-formed but questionable construct: recorded in both modes. */
    public void warn(IssueCode code, int at, String detail) {
        record(code, false, at, detail);
    }

    /** Input with no sensible reading: throws in both modes. */
    public SipParseException fail(IssueCode code, int at, String expected) {
        return exception(code, at, expected);
    }

    /** The issues recorded so far, in the order found (empty list when none). */
    public List<ParseIssue> issues() {
        return issues == null ? List.of() : List.copyOf(issues);
    }

    private void record(IssueCode code, boolean violation, int at, String detail) {
        if (issues == null) {
            issues = new ArrayList<>(4);
        }
        if (issues.size() >= SipLimits.MAX_ISSUES) {
            return;
        }
        int clamped = Math.max(start, Math.min(at, end));
        // One report per place and kind: lenient recovery may trip over the same bytes twice.
        for (int i = issues.size() - 1; i >= 0 && i >= issues.size() - 4; i--) {
            ParseIssue prev = issues.get(i);
            if (prev.code() == code && prev.offset() == clamped - start) {
                return;
            }
        }
        long lc = Positions.lineColumn(buf, start, clamped);
        issues.add(new ParseIssue(code, violation, clamped - start, (int) (lc >>> 32), (int) lc, detail));
    }

    public SipParseException exception(IssueCode code, int at, String expected) {
        int clamped = Math.max(start, Math.min(at, end));
        long lc = Positions.lineColumn(buf, start, clamped);
        return new SipParseException(code, clamped - start, (int) (lc >>> 32), (int) lc, expected, found(clamped),
                Positions.quote(buf, start, end, clamped, QUOTE_RADIUS));
    }

    private String found(int at) {
        if (at >= end) {
            return "end of message";
        }
        int b = buf[at] & 0xff;
        if (b == '\r' || b == '\n') {
            return "end of line";
        }
        if (b == ' ') {
            return "' '";
        }
        if (b == '\t') {
            return "tab";
        }
        if (b < 0x20 || b >= 0x7f) {
            return String.format("byte 0x%02x", b);
        }
        return "'" + (char) b + "'";
    }
}
