package dev.sipdiag.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Parses the value of a Reason header field (RFC 3326 §2; RFC 6432 allows it in responses with a Q.850 cause;
 * RFC 8606 adds the "location" parameter):
 *
 * <pre>
 * Reason            =  "Reason" HCOLON reason-value *(COMMA reason-value)
 * reason-value      =  protocol *(SEMI reason-params)
 * protocol          =  "SIP" / "Q.850" / token
 * reason-params     =  protocol-cause / reason-text / reason-extension
 * protocol-cause    =  "cause" EQUAL cause
 * cause             =  1*DIGIT
 * reason-text       =  "text" EQUAL quoted-string
 * reason-extension  =  generic-param
 * </pre>
 *
 * <pre>{@code
 * ReasonHeader.parse("Q.850;cause=16;text=\"Normal call clearing\"")
 *     // [Reason[protocol=Q.850, cause=16, text=Normal call clearing, params={}]]
 * ReasonHeader.parse("SIP ; cause = 600 ; text=\"Busy Everywhere\", Q.850;cause=17")   // two values
 * ReasonHeader.parse("Q.850;text=\"no cause\"")   // ReasonParseException: a reason-value needs its cause
 * }</pre>
 *
 * <p>Edge cases, stated plainly: protocol and parameter names match ignoring case; LWS (spaces, tabs, and line
 * folding) may surround ";", "=" and ","; a line break in folding may be CRLF or, as in text logs, a lone CR or LF.
 * The cause parameter is required even though the ABNF makes it optional, because a Reason without a cause tells a
 * diagnosis nothing. Each parameter may appear once per reason-value. Two values with the same protocol are
 * accepted: RFC 3326 §2 allowed one per protocol, RFC 9366 lifts that for protocols that define several, and a
 * diagnostic reader must see what was sent either way. The text must be a quoted-string. Any malformed value
 * throws {@link ReasonParseException} and nothing else (a null value is a NullPointerException).
 */
public final class ReasonHeader {

    /** Longest value parsed, in chars; real Reason values are well under 200 chars, so more means garbage. */
    public static final int MAX_VALUE_LENGTH = 4096;
    /** Most reason-values in one header; real headers carry one or two (say one SIP and one Q.850). */
    public static final int MAX_REASONS = 16;
    /** Most digits in a cause; nine always fit an int, and no registered cause has more than three. */
    public static final int MAX_CAUSE_DIGITS = 9;

    private static final String CAUSE = "cause";
    private static final String TEXT = "text";

    private final String input;
    private int pos;

    private ReasonHeader(String input) {
        this.input = input;
    }

    /**
     * Parses a Reason header value (what follows "Reason:"), which may hold several comma-separated reason-values.
     *
     * @return the reason-values in order, never empty
     * @throws ReasonParseException if the value is empty, malformed, or over a limit of this class
     */
    public static List<Reason> parse(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new ReasonParseException(value, MAX_VALUE_LENGTH,
                    "at most " + MAX_VALUE_LENGTH + " characters", value.length() + " characters");
        }
        return new ReasonHeader(value).values();
    }

    private List<Reason> values() {
        List<Reason> reasons = new ArrayList<>();
        skipSws();
        while (true) {
            if (reasons.size() == MAX_REASONS) {
                throw fail("at most " + MAX_REASONS + " reason-values");
            }
            reasons.add(reasonValue());
            // reasonValue() stops after SWS at the first char that does not start another parameter
            if (atEnd()) {
                return List.copyOf(reasons);
            }
            if (peek() != ',') {
                throw fail("';', ',' or end of input");
            }
            pos++;
            skipSws();
        }
    }

    /** reason-value = protocol *(SEMI reason-params). */
    private Reason reasonValue() {
        String protocol = expectToken("a protocol (token)");
        Integer cause = null;
        String text = null;
        Map<String, String> params = new LinkedHashMap<>();
        skipSws();
        while (!atEnd() && peek() == ';') {
            pos++;
            skipSws();
            int nameAt = pos;
            String name = expectToken("a parameter name (token)").toLowerCase(Locale.ROOT);
            if ((name.equals(CAUSE) && cause != null) || (name.equals(TEXT) && text != null)
                    || params.containsKey(name)) {
                throw new ReasonParseException(input, nameAt, "each parameter once", "a second '" + name + "'");
            }
            skipSws();
            boolean hasValue = !atEnd() && peek() == '=';
            if (hasValue) {
                pos++;
                skipSws();
            }
            switch (name) {
                case CAUSE -> {
                    expectEqualsWasThere(hasValue);
                    cause = expectCause();
                }
                case TEXT -> {
                    expectEqualsWasThere(hasValue);
                    text = expectQuotedString();
                }
                default -> params.put(name, hasValue ? expectGenValue() : "");
            }
            skipSws();
        }
        if (cause == null) {
            throw fail("a cause parameter (RFC 3326 §2)");
        }
        return new Reason(protocol, cause, text, params);
    }

    private void expectEqualsWasThere(boolean hasValue) {
        if (!hasValue) {
            throw fail("'='");
        }
    }

    /** cause = 1*DIGIT, at most {@link #MAX_CAUSE_DIGITS}. */
    private int expectCause() {
        int start = pos;
        while (!atEnd() && isDigit(peek())) {
            pos++;
        }
        if (pos == start) {
            throw fail("a cause value (1*DIGIT)");
        }
        if (pos - start > MAX_CAUSE_DIGITS) {
            throw new ReasonParseException(input, start, "a cause of at most " + MAX_CAUSE_DIGITS + " digits",
                    (pos - start) + " digits");
        }
        return Integer.parseInt(input, start, pos, 10);
    }

    /** gen-value = token / host / quoted-string (RFC 3261 §25.1); host adds the bracketed IPv6reference. */
    private String expectGenValue() {
        if (!atEnd() && peek() == '"') {
            return expectQuotedString();
        }
        if (!atEnd() && peek() == '[') {
            int start = pos;
            pos++;
            while (!atEnd() && isIpv6Char(peek())) {
                pos++;
            }
            if (atEnd() || peek() != ']') {
                throw fail("']' closing an IPv6 reference");
            }
            pos++;
            return input.substring(start, pos);
        }
        return expectToken("a parameter value (token, host or quoted-string)");
    }

    /**
     * quoted-string = DQUOTE *(qdtext / quoted-pair) DQUOTE, returned unquoted with quoted-pairs resolved and line
     * folding (CRLF followed by WSP) turned into one space, as RFC 3261 §7.3.1 lets a reader treat LWS.
     */
    private String expectQuotedString() {
        if (atEnd() || peek() != '"') {
            throw fail("a quoted-string");
        }
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw fail("'\"' closing the quoted-string");
            }
            char c = peek();
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c == '\\') {
                pos++;
                // quoted-pair = "\" (%x00-09 / %x0B-0C / %x0E-7F)
                if (atEnd() || peek() == '\r' || peek() == '\n' || peek() > 0x7f) {
                    throw fail("an escaped character (quoted-pair)");
                }
                out.append(peek());
                pos++;
            } else if (c == '\r' || c == '\n') {
                int folding = foldingLength();
                if (folding == 0) {
                    throw fail("qdtext or a quoted-pair");
                }
                pos += folding;
                out.append(' ');
            } else if (c != '\t' && (c < 0x20 || c == 0x7f)) {
                throw fail("qdtext or a quoted-pair");
            } else {
                out.append(c);
                pos++;
            }
        }
    }

    private String expectToken(String expected) {
        int start = pos;
        while (!atEnd() && isTokenChar(peek())) {
            pos++;
        }
        if (pos == start) {
            throw fail(expected);
        }
        return input.substring(start, pos);
    }

    /** SWS = [LWS]; LWS = [*WSP CRLF] 1*WSP (RFC 3261 §25.1). A bare CR, LF or CRLF not followed by WSP is left. */
    private void skipSws() {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\r' || c == '\n') {
                int folding = foldingLength();
                if (folding == 0) {
                    return;
                }
                pos += folding;
            } else {
                return;
            }
        }
    }

    /**
     * Length of the line folding at pos: a line break (CRLF, or a lone CR or LF as lenient readers accept) and the
     * whole run of WSP after it, which must not be empty. 0 if there is no folding at pos.
     */
    private int foldingLength() {
        int i = pos;
        if (i < input.length() && input.charAt(i) == '\r') {
            i++;
        }
        if (i < input.length() && input.charAt(i) == '\n') {
            i++;
        }
        int afterBreak = i;
        while (i < input.length() && (input.charAt(i) == ' ' || input.charAt(i) == '\t')) {
            i++;
        }
        return afterBreak == pos || i == afterBreak ? 0 : i - pos;
    }

    private boolean atEnd() {
        return pos >= input.length();
    }

    private char peek() {
        return input.charAt(pos);
    }

    private ReasonParseException fail(String expected) {
        return new ReasonParseException(input, pos, expected, describe());
    }

    /** The char at pos for an error message: 'x' if printable, U+000D if not, or "end of input". */
    private String describe() {
        if (atEnd()) {
            return "end of input";
        }
        char c = peek();
        return c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIpv6Char(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
    }

    /** token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~") (RFC 3261 §25.1). */
    static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || "-.!%*_+`'~".indexOf(c) >= 0;
    }

    /** Whether {@code s} is a non-empty token. */
    static boolean isToken(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> isTokenChar((char) c));
    }

    /**
     * {@code s} as a quoted-string: in double quotes, with '"', '\' and the control characters qdtext excludes
     * (all but tab) written as quoted-pairs. CR and LF cannot be quoted at all; {@link Reason} keeps them out.
     */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || (c < 0x20 && c != '\t') || c == 0x7f) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
