package dev.sipdiag.sip.internal;

import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.Param;
import dev.sipdiag.sip.Parameters;
import dev.sipdiag.sip.SipLimits;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A position in one header value (or start-line part), read as ISO-8859-1 so that string index {@code i} is
 * byte {@code base + i} of the message: error offsets stay exact and folded line breaks are plain whitespace
 * (LWS) to the grammar. Helpers follow the naming of the style guide: {@code consumeX} has no effect when X
 * is not there, {@code expectX} reports a violation.
 */
public final class Cursor {

    final String s;
    final int base;
    final Problems p;
    /** The code violations in this value are reported with. */
    IssueCode code;
    int pos;
    int end;

    public Cursor(String s, int base, Problems p, IssueCode code) {
        this.s = s;
        this.base = base;
        this.p = p;
        this.code = code;
        this.end = s.length();
    }

    /** A cursor over {@code buf[from, to)}. */
    public static Cursor of(byte[] buf, int from, int to, Problems p, IssueCode code) {
        return new Cursor(new String(buf, from, to - from, StandardCharsets.ISO_8859_1), from, p, code);
    }

    public boolean atEnd() {
        return pos >= end;
    }

    public int peek() {
        return pos < end ? s.charAt(pos) : -1;
    }

    public int offset() {
        return base + pos;
    }

    public void skipLws() {
        while (pos < end && Chars.isLws(s.charAt(pos))) {
            pos++;
        }
    }

    /** Skips LWS, then consumes {@code c} if it is next; otherwise leaves the position unchanged. */
    public boolean consume(char c) {
        int save = pos;
        skipLws();
        if (pos < end && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        pos = save;
        return false;
    }

    /** Reports a violation at the current position. */
    public void violation(String expected) {
        p.violation(code, base + pos, expected);
    }

    public void violation(IssueCode c, String expected) {
        p.violation(c, base + pos, expected);
    }

    /** Reads {@code 1*tokenchar}; returns "" (and moves nowhere) when none is there. */
    public String token() {
        int st = pos;
        while (pos < end && Chars.is(s.charAt(pos), Chars.TOKEN)) {
            pos++;
        }
        return s.substring(st, pos);
    }

    /** Like {@link #token()} but reports a violation when the token is missing. */
    public String expectToken(String what) {
        String t = token();
        if (t.isEmpty()) {
            violation(what);
        }
        return t;
    }

    /**
     * Reads a quoted-string at the current '"' and returns its content unescaped, decoded as UTF-8. An
     * unterminated string is a violation; in lenient mode the rest of the value is taken.
     */
    public String quoted() {
        int open = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < end) {
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return utf8(sb.toString());
            }
            if (c == '\\' && pos + 1 < end) {
                sb.append(s.charAt(pos + 1));
                pos += 2;
                continue;
            }
            sb.append(c);
            pos++;
        }
        p.violation(IssueCode.UNTERMINATED_QUOTED_STRING, base + open, "a closing '\"'");
        return utf8(sb.toString());
    }

    /** Reads a number of at most {@code maxValue}; -1 (with a violation) when absent or too large. */
    public long number(long maxValue, IssueCode tooLarge, String what) {
        int st = pos;
        long v = 0;
        boolean over = false;
        while (pos < end && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            if (!over) {
                v = v * 10 + (s.charAt(pos) - '0');
                if (v > maxValue) {
                    over = true;
                }
            }
            pos++;
        }
        if (pos == st) {
            violation(what);
            return -1;
        }
        if (over) {
            p.violation(tooLarge, base + st, what + " of at most " + maxValue);
            return maxValue;
        }
        return v;
    }

    /**
     * Reads {@code *( SEMI generic-param )} (RFC 3261 §25.1): {@code token [ EQUAL ( token / host /
     * quoted-string ) ]} with LWS around ';' and '='. Stops before ',' or any other character that cannot
     * start a parameter. Empty parameters are violations (and skipped in lenient mode).
     */
    public Parameters params() {
        List<Param> list = null;
        while (true) {
            int save = pos;
            skipLws();
            if (pos >= end || s.charAt(pos) != ';') {
                pos = save;
                break;
            }
            pos++;
            skipLws();
            String name = token();
            if (name.isEmpty()) {
                violation(IssueCode.INVALID_PARAMETER, "a parameter name after ';'");
                if (pos < end && s.charAt(pos) != ';' && s.charAt(pos) != ',') {
                    // Skip to the next separator in lenient mode.
                    while (pos < end && s.charAt(pos) != ';' && s.charAt(pos) != ',') {
                        pos++;
                    }
                }
                continue;
            }
            String value = null;
            int save2 = pos;
            skipLws();
            if (pos < end && s.charAt(pos) == '=') {
                pos++;
                skipLws();
                value = genValue();
            } else {
                pos = save2;
            }
            if (list == null) {
                list = new ArrayList<>(4);
            }
            if (list.size() >= SipLimits.MAX_PARAMETER_COUNT) {
                throw p.fail(IssueCode.LIMIT_EXCEEDED, base + pos,
                        "at most " + SipLimits.MAX_PARAMETER_COUNT + " parameters");
            }
            list.add(new Param(name, value));
        }
        return list == null ? Parameters.NONE : new Parameters(list);
    }

    /** gen-value = token / host / quoted-string; quoted values are returned unquoted. */
    public String genValue() {
        if (pos < end && s.charAt(pos) == '"') {
            return quoted();
        }
        int st = pos;
        if (pos < end && s.charAt(pos) == '[') {
            while (pos < end && s.charAt(pos) != ']') {
                pos++;
            }
            if (pos < end) {
                pos++;
            }
            return s.substring(st, pos);
        }
        while (pos < end && (Chars.is(s.charAt(pos), Chars.TOKEN) || s.charAt(pos) == ':')) {
            pos++;
        }
        if (pos == st) {
            violation(IssueCode.INVALID_PARAMETER, "a parameter value after '='");
            // Lenient: take everything up to the next separator.
            while (pos < end && !Chars.isLws(s.charAt(pos)) && s.charAt(pos) != ';' && s.charAt(pos) != ',') {
                pos++;
            }
        }
        return s.substring(st, pos);
    }

    /** Reports a violation when anything but LWS is left. */
    public void expectEnd(String what) {
        skipLws();
        if (pos < end) {
            violation(what);
        }
    }

    /** The substring {@code [from, pos)} decoded as UTF-8. */
    public String text(int from) {
        return utf8(s.substring(from, pos));
    }

    /** Re-reads ISO-8859-1 text (one char per byte) as UTF-8. */
    public static String utf8(String latin1) {
        for (int i = 0; i < latin1.length(); i++) {
            if (latin1.charAt(i) >= 0x80) {
                return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return latin1;
    }

    /**
     * Splits {@code [pos, end)} at commas outside quoted strings and angle brackets (RFC 3261 §7.3.1); each
     * element is a cursor over one value, empty ones included so that the caller reports them in message
     * order through {@link #isEmptyElement()}.
     */
    public List<Cursor> splitCommas() {
        List<Cursor> out = new ArrayList<>(2);
        int st = pos;
        boolean inQuote = false;
        boolean inAngle = false;
        for (int i = pos; i <= end; i++) {
            char c = i < end ? s.charAt(i) : ',';
            if (inQuote) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inQuote = false;
                }
                if (i < end) {
                    continue;
                }
            }
            if (c == '"' && i < end) {
                inQuote = true;
            } else if (c == '<' && i < end) {
                inAngle = true;
            } else if (c == '>' && i < end) {
                inAngle = false;
            } else if (c == ',' && (!inAngle || i == end)) {
                Cursor part = new Cursor(s, base, p, code);
                part.pos = st;
                part.end = i;
                part.skipLws();
                if (out.size() >= SipLimits.MAX_VALUES_PER_HEADER) {
                    throw p.fail(IssueCode.LIMIT_EXCEEDED, base + st,
                            "at most " + SipLimits.MAX_VALUES_PER_HEADER + " values in one header");
                }
                out.add(part);
                st = i + 1;
            }
        }
        return out;
    }

    /** For an element of {@link #splitCommas()}: reports and returns true when it holds nothing. */
    public boolean isEmptyElement() {
        skipLws();
        if (atEnd()) {
            violation("a value between commas");
            return true;
        }
        return false;
    }

    /** A cursor over {@code [from, to)} of the same text. */
    public Cursor sub(int from, int to) {
        Cursor c = new Cursor(s, base, p, code);
        c.pos = from;
        c.end = to;
        return c;
    }
}
