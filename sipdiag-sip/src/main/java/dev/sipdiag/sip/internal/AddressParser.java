package dev.sipdiag.sip.internal;

import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.NameAddress;
import dev.sipdiag.sip.Parameters;
import dev.sipdiag.sip.Uri;

/**
 * name-addr / addr-spec with header parameters (RFC 3261 §20.10, §25.1):
 * <pre>
 * name-addr    = [ display-name ] LAQUOT addr-spec RAQUOT
 * display-name = *(token LWS) / quoted-string
 * LAQUOT       = SWS "&lt;"      RAQUOT = "&gt;" SWS
 * </pre>
 * In addr-spec form the URI ends at the first ';' or whitespace: what follows are header parameters, which is
 * why a URI holding ',', ';' or '?' must be bracketed.
 */
public final class AddressParser {

    private AddressParser() {
    }

    /** Parses one value occupying {@code [c.pos, c.end)}. */
    public static NameAddress parse(Cursor c) {
        c.skipLws();
        String s = c.s;
        String display = null;
        int lt = -1;
        if (c.peek() == '"') {
            display = c.quoted();
            c.skipLws();
            if (c.peek() == '<') {
                lt = c.pos;
            } else {
                c.violation(IssueCode.INVALID_NAME_ADDR, "'<' after the quoted display name");
                // Lenient: a '<' further on, or an addr-spec right here.
                int far = find(s, c.pos, c.end, '<');
                if (far >= 0) {
                    lt = far;
                }
            }
        } else {
            lt = find(s, c.pos, c.end, '<');
            if (lt < 0 && endsInsideQuotes(s, c.pos, c.end)) {
                int raw = s.indexOf('<', c.pos);
                if (raw >= 0 && raw < c.end) {
                    // Unbalanced or escaped quotes before the URI (e.g. \"name\"): lenient mode takes the '<'.
                    c.violation(IssueCode.INVALID_DISPLAY_NAME, "a display name with balanced quotes");
                    lt = raw;
                }
            }
            if (lt > c.pos) {
                int de = lt;
                while (de > c.pos && Chars.isLws(s.charAt(de - 1))) {
                    de--;
                }
                for (int i = c.pos; i < de; i++) {
                    char ch = s.charAt(i);
                    if (!Chars.is(ch, Chars.TOKEN) && !Chars.isLws(ch)) {
                        int save = c.pos;
                        c.pos = i;
                        c.violation(IssueCode.INVALID_DISPLAY_NAME, "a token or quoted-string display name");
                        c.pos = save;
                        break;
                    }
                }
                String raw = s.substring(c.pos, de);
                boolean folded = raw.indexOf('\r') >= 0 || raw.indexOf('\n') >= 0 || raw.indexOf('\t') >= 0;
                display = Cursor.utf8(folded ? raw.replaceAll("[\\r\\n\\t ]+", " ") : raw);
            }
        }
        if (lt >= 0) {
            return bracketed(c, display, lt);
        }
        return addrSpec(c);
    }

    private static NameAddress bracketed(Cursor c, String display, int lt) {
        String s = c.s;
        c.pos = lt + 1;
        if (c.pos < c.end && Chars.isLws(s.charAt(c.pos))) {
            c.violation(IssueCode.INVALID_NAME_ADDR, "the URI right after '<'");
            c.skipLws();
        }
        int us = c.pos;
        int gt = find(s, us, c.end, '>');
        if (gt < 0) {
            c.pos = c.end;
            c.violation(IssueCode.INVALID_NAME_ADDR, "'>' closing the URI");
            gt = c.end;
        }
        int ue = gt;
        if (ue > us && Chars.isLws(s.charAt(ue - 1))) {
            while (ue > us && Chars.isLws(s.charAt(ue - 1))) {
                ue--;
            }
            c.pos = ue;
            c.violation(IssueCode.INVALID_NAME_ADDR, "'>' right after the URI");
        }
        Cursor u = c.sub(us, ue);
        u.code = IssueCode.INVALID_URI;
        Uri uri = UriParser.parse(u);
        c.pos = Math.min(gt + 1, c.end);
        Parameters params = c.params();
        c.expectEnd("';' and a parameter, or the end of the value");
        return new NameAddress(display, uri, true, params);
    }

    private static NameAddress addrSpec(Cursor c) {
        String s = c.s;
        int us = c.pos;
        int ue = us;
        while (ue < c.end && s.charAt(ue) != ';' && !Chars.isLws(s.charAt(ue))) {
            ue++;
        }
        if (ue == us) {
            c.violation(IssueCode.INVALID_NAME_ADDR, "a URI");
        }
        int q = s.indexOf('?', us);
        if (q >= 0 && q < ue) {
            c.pos = q;
            c.violation(IssueCode.UNBRACKETED_URI, "a URI with '?' enclosed in '<' '>'");
        }
        Cursor u = c.sub(us, ue);
        u.code = IssueCode.INVALID_URI;
        Uri uri = UriParser.parse(u);
        c.pos = ue;
        Parameters params = c.params();
        c.expectEnd("';' and a parameter, or the end of the value");
        return new NameAddress(null, uri, false, params);
    }

    /** Whether a quoted string opened in {@code [from, to)} is still open at {@code to}. */
    static boolean endsInsideQuotes(String s, int from, int to) {
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            }
        }
        return quoted;
    }

    /** The first {@code ch} in {@code [from, to)} outside quoted strings, or -1. */
    static int find(String s, int from, int to, char ch) {
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ch) {
                return i;
            }
        }
        return -1;
    }
}
