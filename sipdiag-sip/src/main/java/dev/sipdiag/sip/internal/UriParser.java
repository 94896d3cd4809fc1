package dev.sipdiag.sip.internal;

import dev.sipdiag.sip.AbsoluteUri;
import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.Param;
import dev.sipdiag.sip.Parameters;
import dev.sipdiag.sip.SipLimits;
import dev.sipdiag.sip.SipUri;
import dev.sipdiag.sip.TelUri;
import dev.sipdiag.sip.Uri;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SIP-URI / SIPS-URI (RFC 3261 §19.1, §25.1 with the RFC 5118 §4.10 fix to IPv6reference), tel URIs (RFC 3966)
 * and absoluteURI (RFC 2396) for every other scheme. The caller delimits the URI; this class reads exactly
 * that range and reports what breaks the grammar with the cursor's code.
 */
public final class UriParser {

    private UriParser() {
    }

    /** Parses the URI occupying {@code [c.pos, c.end)} of the cursor. */
    public static Uri parse(Cursor c) {
        int st = c.pos;
        int e = c.end;
        String s = c.s;
        if (e - st > SipLimits.MAX_URI_LENGTH) {
            throw c.p.fail(IssueCode.LIMIT_EXCEEDED, c.base + st, "a URI of at most " + SipLimits.MAX_URI_LENGTH + " bytes");
        }
        String text = s.substring(st, e);
        int i = st;
        if (i >= e || !Chars.is(s.charAt(i), Chars.ALPHA)) {
            c.violation("a URI scheme");
            return new AbsoluteUri("", text, text);
        }
        while (i < e && Chars.is(s.charAt(i), Chars.SCHEME)) {
            i++;
        }
        if (i >= e || s.charAt(i) != ':') {
            c.pos = i;
            c.violation("':' after the URI scheme");
            return new AbsoluteUri(s.substring(st, i).toLowerCase(Locale.ROOT), "", text);
        }
        String scheme = s.substring(st, i).toLowerCase(Locale.ROOT);
        c.pos = i + 1;
        return switch (scheme) {
            case "sip", "sips" -> sip(c, scheme.equals("sips"), text);
            case "tel" -> tel(c, text);
            default -> absolute(c, scheme, text);
        };
    }

    private static Uri absolute(Cursor c, String scheme, String text) {
        int st = c.pos;
        for (int i = st; i < c.end; i++) {
            char ch = c.s.charAt(i);
            if (!Chars.is(ch, Chars.URIC) && ch != '#' && ch != '~') {
                c.pos = i;
                c.violation("a URI character");
                break;
            }
        }
        c.pos = c.end;
        return new AbsoluteUri(scheme, c.s.substring(st, c.end), text);
    }

    private static SipUri sip(Cursor c, boolean secure, String text) {
        String s = c.s;
        int e = c.end;
        int st = c.pos;
        // userinfo ends at the last '@': '@' cannot appear in host, params or headers (RFC 3261 §25.1).
        int at = -1;
        for (int i = e - 1; i >= st; i--) {
            if (s.charAt(i) == '@') {
                at = i;
                break;
            }
        }
        String user = null;
        String password = null;
        if (at >= 0) {
            int colon = -1;
            for (int i = st; i < at; i++) {
                char ch = s.charAt(i);
                if (ch == ':' && colon < 0) {
                    colon = i;
                    continue;
                }
                boolean ok = colon < 0
                        ? Chars.is(ch, Chars.UNRESERVED | Chars.USER_UNRESERVED)
                        : Chars.is(ch, Chars.UNRESERVED | Chars.PASSWORD_EXTRA);
                if (ch == '%') {
                    ok = escape(c, i);
                } else if (!ok) {
                    c.pos = i;
                    c.violation(colon < 0 ? "a user character" : "a password character");
                }
            }
            user = s.substring(st, colon < 0 ? at : colon);
            password = colon < 0 ? null : s.substring(colon + 1, at);
            if (user.isEmpty()) {
                c.pos = st;
                c.violation("a user before '@'");
            }
            c.pos = at + 1;
        }
        // hostport
        int hs = c.pos;
        String host;
        if (c.pos < e && s.charAt(c.pos) == '[') {
            int close = s.indexOf(']', c.pos);
            if (close < 0 || close >= e) {
                c.violation("an IPv6 reference closed by ']'");
                close = e - 1;
                host = s.substring(hs, e);
                c.pos = e;
            } else {
                host = s.substring(hs, close + 1);
                if (!Ipv6.valid(s, hs + 1, close)) {
                    c.violation("an IPv6 address (RFC 5118)");
                }
                c.pos = close + 1;
            }
        } else {
            while (c.pos < e && Chars.is(s.charAt(c.pos), Chars.HOST)) {
                c.pos++;
            }
            host = s.substring(hs, c.pos);
            if (host.isEmpty()) {
                c.violation("a host");
            } else if (!Hosts.validHostname(host)) {
                c.pos = hs;
                c.violation("a hostname or IPv4 address");
                c.pos = hs + host.length();
            }
        }
        int port = -1;
        if (c.pos < e && s.charAt(c.pos) == ':') {
            c.pos++;
            int ps = c.pos;
            long v = 0;
            while (c.pos < e && Character.isDigit(s.charAt(c.pos)) && c.pos - ps < 6) {
                v = v * 10 + (s.charAt(c.pos) - '0');
                c.pos++;
            }
            if (c.pos == ps || v > 65535) {
                c.pos = ps;
                c.violation("a port number");
            } else {
                port = (int) v;
            }
        }
        Parameters params = uriParams(c, Chars.PARAM_UNRESERVED);
        Parameters headers = Parameters.NONE;
        if (c.pos < e && s.charAt(c.pos) == '?') {
            headers = uriHeaders(c);
        }
        if (c.pos < e) {
            c.violation("';', '?' or the end of the URI");
            c.pos = e;
        }
        return new SipUri(secure, user, password, host, port, params, headers, text);
    }

    /** uri-parameters = *( ";" pname [ "=" pvalue ] ) with paramchar = param-unreserved / unreserved / escaped. */
    private static Parameters uriParams(Cursor c, int extra) {
        String s = c.s;
        int e = c.end;
        List<Param> list = null;
        while (c.pos < e && s.charAt(c.pos) == ';') {
            c.pos++;
            strayLws(c);
            int ns = c.pos;
            paramChars(c, extra);
            String name = s.substring(ns, c.pos);
            String value = null;
            strayLws(c);
            if (c.pos < e && s.charAt(c.pos) == '=') {
                c.pos++;
                strayLws(c);
                int vs = c.pos;
                paramChars(c, extra);
                value = s.substring(vs, c.pos);
                strayLws(c);
            }
            if (name.isEmpty()) {
                c.pos = ns;
                c.violation(IssueCode.INVALID_PARAMETER, "a URI parameter name after ';'");
                if (value == null) {
                    continue;
                }
            }
            if (list == null) {
                list = new ArrayList<>(4);
            }
            if (list.size() >= SipLimits.MAX_PARAMETER_COUNT) {
                throw c.p.fail(IssueCode.LIMIT_EXCEEDED, c.offset(), "at most " + SipLimits.MAX_PARAMETER_COUNT + " parameters");
            }
            list.add(new Param(name, value));
        }
        return list == null ? Parameters.NONE : new Parameters(list);
    }

    /** Whitespace inside a URI is a violation; lenient mode reads on after it (e.g. {@code ; transport = tcp}). */
    private static void strayLws(Cursor c) {
        if (c.pos < c.end && Chars.isLws(c.s.charAt(c.pos))) {
            c.violation("no whitespace inside the URI");
            c.skipLws();
        }
    }

    private static void paramChars(Cursor c, int extra) {
        while (c.pos < c.end) {
            char ch = c.s.charAt(c.pos);
            if (ch == '%') {
                escape(c, c.pos);
            } else if (!Chars.is(ch, Chars.UNRESERVED | extra)) {
                return;
            }
            c.pos++;
        }
    }

    /** headers = "?" header *( "&" header ); header = hname "=" hvalue. */
    private static Parameters uriHeaders(Cursor c) {
        String s = c.s;
        List<Param> list = new ArrayList<>(2);
        do {
            c.pos++;
            int ns = c.pos;
            paramChars(c, Chars.HNV_UNRESERVED);
            String name = s.substring(ns, c.pos);
            String value = "";
            if (c.pos < c.end && s.charAt(c.pos) == '=') {
                c.pos++;
                int vs = c.pos;
                paramChars(c, Chars.HNV_UNRESERVED);
                value = s.substring(vs, c.pos);
            } else {
                c.violation("'=' after a URI header name");
            }
            if (name.isEmpty()) {
                c.pos = ns;
                c.violation("a URI header name");
            }
            if (list.size() >= SipLimits.MAX_PARAMETER_COUNT) {
                throw c.p.fail(IssueCode.LIMIT_EXCEEDED, c.offset(), "at most " + SipLimits.MAX_PARAMETER_COUNT + " URI headers");
            }
            list.add(new Param(name, value));
        } while (c.pos < c.end && s.charAt(c.pos) == '&');
        return new Parameters(list);
    }

    /** Checks the escape at {@code i}: "%" HEXDIG HEXDIG (RFC 3261 §25.1). */
    private static boolean escape(Cursor c, int i) {
        if (i + 2 < c.end && Chars.is(c.s.charAt(i + 1), Chars.HEX) && Chars.is(c.s.charAt(i + 2), Chars.HEX)) {
            return true;
        }
        int save = c.pos;
        c.pos = i;
        c.violation("'%' followed by two hex digits");
        c.pos = save;
        return false;
    }

    /** telephone-subscriber *par (RFC 3966 §3), read loosely: the number runs to the first ';'. */
    private static TelUri tel(Cursor c, String text) {
        String s = c.s;
        int st = c.pos;
        boolean global = st < c.end && s.charAt(st) == '+';
        int i = global ? st + 1 : st;
        while (i < c.end && s.charAt(i) != ';') {
            char ch = s.charAt(i);
            if (!(Chars.is(ch, Chars.HEX) || ch == '-' || ch == '.' || ch == '(' || ch == ')' || ch == '*'
                    || ch == '#' || ch == '%' || ch == 'p' || ch == 'w' || ch == 'P' || ch == 'W')) {
                c.pos = i;
                c.violation("a telephone number character");
                break;
            }
            i++;
        }
        while (i < c.end && s.charAt(i) != ';') {
            i++;
        }
        String number = s.substring(st, i);
        if (number.isEmpty() || global && number.length() == 1) {
            c.pos = st;
            c.violation("a telephone number");
        }
        c.pos = i;
        Parameters params = uriParams(c, Chars.PARAM_UNRESERVED);
        if (c.pos < c.end) {
            c.violation("';' or the end of the tel URI");
            c.pos = c.end;
        }
        return new TelUri(number, global, params, text);
    }
}
