package dev.sipdiag.sip.internal;

import dev.sipdiag.sip.AuthValue;
import dev.sipdiag.sip.CSeq;
import dev.sipdiag.sip.ContentType;
import dev.sipdiag.sip.IssueCode;
import dev.sipdiag.sip.NameAddress;
import dev.sipdiag.sip.Param;
import dev.sipdiag.sip.Parameters;
import dev.sipdiag.sip.RetryAfter;
import dev.sipdiag.sip.SessionExpires;
import dev.sipdiag.sip.SipLimits;
import dev.sipdiag.sip.Via;
import dev.sipdiag.sip.WarningValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parsers for the typed header values, one method per grammar rule of RFC 3261 §25.1 (and the RFCs named on
 * each). Each reads a {@link Cursor} over one header value and reports violations through it.
 */
public final class HeaderParsers {

    /** Largest delta-seconds value (RFC 3261 §20.19: 2^32-1). */
    public static final long MAX_DELTA_SECONDS = 0xFFFFFFFFL;
    /** CSeq numbers must be below 2^31 (RFC 3261 §8.1.1.5). */
    public static final long MAX_CSEQ = 0x7FFFFFFFL;
    /** Max-Forwards is an integer 0-255 (RFC 3261 §8.1.1.6, §20.22). */
    public static final long MAX_MAX_FORWARDS = 255;

    private HeaderParsers() {
    }

    /** Via = ( "Via" / "v" ) HCOLON via-parm *(COMMA via-parm) (RFC 3261 §20.42). */
    public static List<Via> vias(Cursor c) {
        List<Via> out = new ArrayList<>(2);
        for (Cursor v : c.splitCommas()) {
            if (v.isEmptyElement()) {
                continue;
            }
            Via via = via(v);
            if (via != null) {
                out.add(via);
            }
        }
        return out;
    }

    /** via-parm = sent-protocol LWS sent-by *( SEMI via-params ). */
    static Via via(Cursor c) {
        c.skipLws();
        if (!Chars.is(c.peek(), Chars.TOKEN)) {
            // Not a via-parm at all (e.g. the ";;,;,," of RFC 4475 §3.1.2.1): one violation, no value.
            c.violation("a via-parm (SIP/2.0/transport host)");
            return null;
        }
        String name = c.expectToken("a protocol name (SIP)");
        expectSlash(c);
        String version = c.expectToken("a protocol version (2.0)");
        expectSlash(c);
        c.skipLws();
        String transport = c.expectToken("a transport (UDP, TCP, TLS, SCTP...)");
        int before = c.pos;
        c.skipLws();
        if (c.pos == before) {
            c.violation("whitespace before sent-by");
        }
        int hs = c.pos;
        String s = c.s;
        if (c.peek() == '[') {
            int close = s.indexOf(']', hs);
            if (close < 0 || close >= c.end) {
                c.violation("an IPv6 reference closed by ']'");
                close = c.end - 1;
            } else if (!Ipv6.valid(s, hs + 1, close)) {
                c.violation("an IPv6 address (RFC 5118)");
            }
            c.pos = close + 1;
        } else {
            while (c.pos < c.end && (Chars.is(s.charAt(c.pos), Chars.HOST) || s.charAt(c.pos) == '_')) {
                c.pos++;
            }
            String h = s.substring(hs, c.pos);
            if (h.isEmpty()) {
                c.violation("a sent-by host");
            } else if (!Hosts.validHostname(h)) {
                int save = c.pos;
                c.pos = hs;
                c.violation("a hostname or IP address");
                c.pos = save;
            }
        }
        String host = s.substring(hs, c.pos);
        int port = -1;
        if (c.consume(':')) {
            c.skipLws();
            port = (int) c.number(65535, IssueCode.INVALID_VIA, "a port");
        }
        Parameters params = c.params();
        c.expectEnd("';' and a via parameter, or ','");
        return new Via(name, version, transport.toUpperCase(Locale.ROOT), host, port, params);
    }

    private static void expectSlash(Cursor c) {
        if (!c.consume('/')) {
            c.violation("'/' in sent-protocol");
        }
        c.skipLws();
    }

    /** A single name-addr / addr-spec value (From, To). */
    public static NameAddress nameAddress(Cursor c) {
        return AddressParser.parse(c);
    }

    /** A comma-separated list of name-addr / addr-spec values (Contact, Route, Record-Route, ...). */
    public static List<NameAddress> nameAddresses(Cursor c) {
        List<NameAddress> out = new ArrayList<>(2);
        for (Cursor v : c.splitCommas()) {
            if (v.isEmptyElement()) {
                continue;
            }
            out.add(AddressParser.parse(v));
        }
        return out;
    }

    /** CSeq = "CSeq" HCOLON 1*DIGIT LWS Method (RFC 3261 §20.16, number below 2^31 per §8.1.1.5). */
    public static CSeq cseq(Cursor c) {
        c.skipLws();
        long n = c.number(MAX_CSEQ, IssueCode.INVALID_CSEQ, "a CSeq number");
        int before = c.pos;
        c.skipLws();
        if (c.pos == before) {
            c.violation("whitespace and a method after the CSeq number");
        }
        String method = c.expectToken("a method");
        c.expectEnd("the end of the CSeq value");
        return new CSeq(n, method);
    }

    /** A header that is only delta-seconds / 1*DIGIT (Expires, Min-Expires, Max-Forwards, Min-SE without params). */
    public static long number(Cursor c, long max) {
        c.skipLws();
        long n = c.number(max, IssueCode.INVALID_NUMBER, "a number");
        c.expectEnd("the end of the number");
        return n;
    }

    /** delta-seconds followed by generic parameters (Min-SE, RFC 4028 §5). */
    public static long numberWithParams(Cursor c, long max) {
        c.skipLws();
        long n = c.number(max, IssueCode.INVALID_NUMBER, "a number of seconds");
        c.params();
        c.expectEnd("';' and a parameter, or the end of the value");
        return n;
    }

    /** Session-Expires = delta-seconds *(SEMI se-params); se-params = refresher-param / generic-param. */
    public static SessionExpires sessionExpires(Cursor c) {
        c.skipLws();
        long n = c.number(MAX_DELTA_SECONDS, IssueCode.INVALID_NUMBER, "a number of seconds");
        Parameters params = c.params();
        c.expectEnd("';' and a parameter, or the end of the value");
        String r = params.get("refresher");
        return new SessionExpires(n, r == null ? null : r.toLowerCase(Locale.ROOT), params);
    }

    /** Content-Type = m-type SLASH m-subtype *(SEMI m-parameter) (RFC 3261 §20.15). */
    public static ContentType contentType(Cursor c) {
        c.skipLws();
        String type = c.expectToken("a media type");
        if (!c.consume('/')) {
            c.violation("'/' between type and subtype");
        }
        c.skipLws();
        String sub = c.expectToken("a media subtype");
        Parameters params = c.params();
        c.expectEnd("';' and a parameter, or the end of the value");
        return new ContentType(type.toLowerCase(Locale.ROOT), sub.toLowerCase(Locale.ROOT), params);
    }

    /** Accept = [ accept-range *(COMMA accept-range) ]: the media ranges in lower case. */
    public static List<String> mediaRanges(Cursor c) {
        List<String> out = new ArrayList<>(4);
        for (Cursor v : c.splitCommas()) {
            if (v.isEmptyElement()) {
                continue;
            }
            v.skipLws();
            String type = v.token();
            if (type.isEmpty() && v.peek() == '*') {
                v.pos++;
                type = "*";
            }
            if (!v.consume('/')) {
                v.violation("'/' in a media range");
            }
            v.skipLws();
            String sub = v.token();
            if (sub.isEmpty() && v.peek() == '*') {
                v.pos++;
                sub = "*";
            }
            v.params();
            v.expectEnd("';' and a parameter, or ','");
            out.add((type + "/" + sub).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A comma-separated token list (Require, Supported, Unsupported, Proxy-Require, Allow). */
    public static List<String> tokens(Cursor c) {
        List<String> out = new ArrayList<>(4);
        if (c.atEnd()) {
            return out; // Supported and Allow may be empty (RFC 3261 §20.37, §20.5)
        }
        for (Cursor v : c.splitCommas()) {
            if (v.isEmptyElement()) {
                continue;
            }
            v.skipLws();
            String t = v.expectToken("an option tag or method");
            v.expectEnd("',' or the end of the list");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Warning = warning-value *(COMMA warning-value); warn-code SP warn-agent SP warn-text (RFC 3261 §20.43). */
    public static List<WarningValue> warnings(Cursor c) {
        List<WarningValue> out = new ArrayList<>(1);
        for (Cursor v : c.splitCommas()) {
            if (v.isEmptyElement()) {
                continue;
            }
            v.skipLws();
            int st = v.pos;
            long code = v.number(999, IssueCode.INVALID_HEADER_VALUE, "a three-digit warn-code");
            if (v.pos - st != 3) {
                v.pos = st;
                v.violation("a three-digit warn-code");
                while (v.pos < v.end && Character.isDigit(v.s.charAt(v.pos))) {
                    v.pos++;
                }
            }
            v.skipLws();
            int as = v.pos;
            while (v.pos < v.end && !Chars.isLws(v.s.charAt(v.pos))) {
                v.pos++;
            }
            String agent = v.s.substring(as, v.pos);
            if (agent.isEmpty()) {
                v.violation("a warn-agent");
            }
            v.skipLws();
            String text = "";
            if (v.peek() == '"') {
                text = v.quoted();
            } else {
                v.violation("a quoted warn-text");
                text = v.text(v.pos);
                v.pos = v.end;
            }
            v.expectEnd("',' or the end of the value");
            out.add(new WarningValue((int) code, agent, text));
        }
        return out;
    }

    /** Retry-After = delta-seconds [ comment ] *( SEMI retry-param ) (RFC 3261 §20.33). */
    public static RetryAfter retryAfter(Cursor c) {
        c.skipLws();
        long n = c.number(MAX_DELTA_SECONDS, IssueCode.INVALID_NUMBER, "a number of seconds");
        c.skipLws();
        String comment = null;
        if (c.peek() == '(') {
            comment = comment(c);
        }
        Parameters params = c.params();
        c.expectEnd("';' and a parameter, or the end of the value");
        long duration = -1;
        String d = params.get("duration");
        if (d != null) {
            try {
                duration = Long.parseLong(d);
            } catch (NumberFormatException e) {
                c.violation(IssueCode.INVALID_NUMBER, "a duration in seconds");
            }
        }
        return new RetryAfter(n, comment, duration, params);
    }

    /** comment = LPAREN *(ctext / quoted-pair / comment) RPAREN, nested at most {@link SipLimits#MAX_NESTING_DEPTH}. */
    static String comment(Cursor c) {
        int st = c.pos;
        int depth = 0;
        while (c.pos < c.end) {
            char ch = c.s.charAt(c.pos);
            if (ch == '\\') {
                c.pos += 2;
                continue;
            }
            if (ch == '(') {
                depth++;
                if (depth > SipLimits.MAX_NESTING_DEPTH) {
                    throw c.p.fail(IssueCode.LIMIT_EXCEEDED, c.offset(),
                            "comments nested at most " + SipLimits.MAX_NESTING_DEPTH + " deep");
                }
            } else if (ch == ')') {
                depth--;
                if (depth == 0) {
                    c.pos++;
                    return Cursor.utf8(c.s.substring(st + 1, c.pos - 1));
                }
            }
            c.pos++;
        }
        c.pos = Math.min(c.pos, c.end);
        c.violation("')' closing the comment");
        return Cursor.utf8(c.s.substring(Math.min(st + 1, c.end), c.end));
    }

    /**
     * challenge / credentials = auth-scheme LWS auth-param *(COMMA auth-param) (RFC 3261 §25.1, RFC 2617).
     * Schemes with a single token (Basic, RFC 7617) keep it as token68.
     */
    public static AuthValue auth(Cursor c) {
        c.skipLws();
        String scheme = c.expectToken("an auth scheme");
        c.skipLws();
        List<Param> params = new ArrayList<>(8);
        String token68 = null;
        int st = c.pos;
        // A token68 has no '=' before its end, except padding at the very end.
        int eq = AddressParser.find(c.s, st, c.end, '=');
        boolean paramsForm = eq > st;
        if (paramsForm) {
            for (int k = st; k < eq; k++) {
                if (!Chars.is(c.s.charAt(k), Chars.TOKEN) && !Chars.isLws(c.s.charAt(k))) {
                    paramsForm = false;
                }
            }
            int after = eq + 1;
            if (after >= c.end || c.s.charAt(after) == '=') {
                paramsForm = false; // padding: token68
            }
        }
        if (!paramsForm) {
            if (!c.atEnd()) {
                token68 = c.s.substring(st, c.end).trim();
                c.pos = c.end;
            }
            return new AuthValue(scheme, Parameters.NONE, token68);
        }
        for (Cursor v : c.splitCommas()) {
            if (v.isEmptyElement()) {
                continue;
            }
            v.skipLws();
            String name = v.expectToken("an auth parameter name");
            if (!v.consume('=')) {
                v.violation("'=' after an auth parameter name");
                continue;
            }
            v.skipLws();
            String value;
            if (v.peek() == '"') {
                value = v.quoted();
            } else {
                int vs = v.pos;
                while (v.pos < v.end && !Chars.isLws(v.s.charAt(v.pos))) {
                    v.pos++;
                }
                value = v.s.substring(vs, v.pos);
            }
            v.expectEnd("',' and the next auth parameter");
            if (params.size() >= SipLimits.MAX_PARAMETER_COUNT) {
                throw c.p.fail(IssueCode.LIMIT_EXCEEDED, v.offset(), "at most " + SipLimits.MAX_PARAMETER_COUNT + " parameters");
            }
            params.add(new Param(name, value));
        }
        return new AuthValue(scheme, new Parameters(params), null);
    }

    /** callid = word [ "@" word ] (RFC 3261 §20.8). */
    public static String callId(Cursor c) {
        c.skipLws();
        int st = c.pos;
        int at = -1;
        while (c.pos < c.end) {
            char ch = c.s.charAt(c.pos);
            if (ch == '@' && at < 0 && c.pos > st) {
                at = c.pos;
            } else if (!Chars.is(ch, Chars.WORD)) {
                break;
            }
            c.pos++;
        }
        if (c.pos == st || at == c.pos - 1) {
            c.violation("a Call-ID word");
        }
        String id = c.s.substring(st, c.pos);
        c.expectEnd("the end of the Call-ID (word [\"@\" word])");
        return id;
    }

    private static final String[] WKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** SIP-date = rfc1123-date: wkday "," SP 2DIGIT SP month SP 4DIGIT SP 2DIGIT:2DIGIT:2DIGIT SP "GMT" (§20.17). */
    public static void date(Cursor c) {
        c.skipLws();
        String rest = c.s.substring(c.pos, c.end);
        int st = c.pos;
        boolean ok = rest.length() == 29 && contains(WKDAYS, rest.substring(0, 3)) && rest.startsWith(", ", 3)
                && digits(rest, 5, 7) && rest.charAt(7) == ' ' && contains(MONTHS, rest.substring(8, 11))
                && rest.charAt(11) == ' ' && digits(rest, 12, 16) && rest.charAt(16) == ' ' && digits(rest, 17, 19)
                && rest.charAt(19) == ':' && digits(rest, 20, 22) && rest.charAt(22) == ':' && digits(rest, 23, 25)
                && rest.startsWith(" GMT", 25);
        if (!ok) {
            int at = rest.length() >= 4 && !rest.endsWith(" GMT") ? Math.max(0, rest.lastIndexOf(' ') + 1) : 0;
            c.pos = st + at;
            c.violation(IssueCode.INVALID_DATE, "an RFC 1123 date in GMT, e.g. Sat, 13 Nov 2010 23:29:00 GMT");
        }
        c.pos = c.end;
    }

    private static boolean contains(String[] set, String v) {
        for (String s : set) {
            if (s.equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
