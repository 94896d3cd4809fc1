package dev.sipdiag.sip.internal;

/**
 * Character classes of the RFC 3261 §25.1 grammar as bit masks over the 128 ASCII codes, so each test is one
 * array load and one AND. Bytes {@code >= 0x80} are in no class.
 */
public final class Chars {

    /** {@code token}: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~". */
    public static final int TOKEN = 1;
    /** {@code unreserved}: alphanum / mark ("-" / "_" / "." / "!" / "~" / "*" / "'" / "(" / ")"). */
    public static final int UNRESERVED = 1 << 1;
    /** {@code user-unreserved}: "&" / "=" / "+" / "$" / "," / ";" / "?" / "/". */
    public static final int USER_UNRESERVED = 1 << 2;
    /** {@code param-unreserved}: "[" / "]" / "/" / ":" / "&" / "+" / "$". */
    public static final int PARAM_UNRESERVED = 1 << 3;
    /** {@code hnv-unreserved}: "[" / "]" / "/" / "?" / ":" / "+" / "$". */
    public static final int HNV_UNRESERVED = 1 << 4;
    /** The extra characters {@code password} allows: "&" / "=" / "+" / "$" / ",". */
    public static final int PASSWORD_EXTRA = 1 << 5;
    /** {@code word}: token characters plus "(" / ")" / "<" / ">" / ":" / "\" / DQUOTE / "/" / "[" / "]" / "?" / "{" / "}". */
    public static final int WORD = 1 << 6;
    /** Characters of a hostname or IPv4 address. */
    public static final int HOST = 1 << 7;
    /** HEXDIG. */
    public static final int HEX = 1 << 8;
    /** DIGIT. */
    public static final int DIGIT = 1 << 9;
    /** ALPHA. */
    public static final int ALPHA = 1 << 10;
    /** Characters allowed after the first in a URI scheme: ALPHA / DIGIT / "+" / "-" / ".". */
    public static final int SCHEME = 1 << 11;
    /** {@code reserved} / {@code unreserved} / escaped-start, i.e. {@code uric} of RFC 2396 (absoluteURI). */
    public static final int URIC = 1 << 12;

    private static final int[] CLASS = new int[128];
    /** {@link #TOKEN} by unsigned byte value: the header-name scan tests every byte of every name. */
    private static final boolean[] TOKEN_BYTE = new boolean[256];

    static {
        for (int c = 'a'; c <= 'z'; c++) {
            set(c, TOKEN | UNRESERVED | WORD | HOST | ALPHA | SCHEME | URIC);
            set(c - 32, TOKEN | UNRESERVED | WORD | HOST | ALPHA | SCHEME | URIC);
        }
        for (int c = '0'; c <= '9'; c++) {
            set(c, TOKEN | UNRESERVED | WORD | HOST | HEX | DIGIT | SCHEME | URIC);
        }
        for (char c : "abcdefABCDEF".toCharArray()) {
            set(c, HEX);
        }
        for (char c : "-.!%*_+`'~".toCharArray()) {
            set(c, TOKEN | WORD);
        }
        for (char c : "-_.!~*'()".toCharArray()) {
            set(c, UNRESERVED | URIC);
        }
        for (char c : "&=+$,;?/".toCharArray()) {
            set(c, USER_UNRESERVED);
        }
        for (char c : "[]/:&+$".toCharArray()) {
            set(c, PARAM_UNRESERVED);
        }
        for (char c : "[]/?:+$".toCharArray()) {
            set(c, HNV_UNRESERVED);
        }
        for (char c : "&=+$,".toCharArray()) {
            set(c, PASSWORD_EXTRA);
        }
        for (char c : "()<>:\\\"/[]?{}".toCharArray()) {
            set(c, WORD);
        }
        for (char c : "-.".toCharArray()) {
            set(c, HOST | SCHEME);
        }
        set('+', SCHEME);
        for (char c : ";/?:@&=+$,%[]".toCharArray()) {
            set(c, URIC);
        }
    }

    static {
        for (int c = 0; c < 128; c++) {
            TOKEN_BYTE[c] = (CLASS[c] & TOKEN) != 0;
        }
    }

    private Chars() {
    }

    /** Whether byte {@code b} is a token character; one load, no range checks. */
    public static boolean isToken(byte b) {
        return TOKEN_BYTE[b & 0xff];
    }

    private static void set(int c, int mask) {
        CLASS[c] |= mask;
    }

    /** Whether byte or char {@code c} is in every class of {@code mask}... in any class of {@code mask}. */
    public static boolean is(int c, int mask) {
        return c >= 0 && c < 128 && (CLASS[c] & mask) != 0;
    }

    /** Whether c is SP or HTAB. */
    public static boolean isWsp(int c) {
        return c == ' ' || c == '\t';
    }

    /** Whether c is SP, HTAB, CR or LF (linear whitespace once folding is undone). */
    public static boolean isLws(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** The value of hex digit c, or -1. */
    public static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int l = c | 0x20;
        return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
    }
}
