package dev.sipdiag.status;

/**
 * A Reason header value that does not follow RFC 3326 §2. Says where (a char index into the value), what the
 * grammar expected there and what was found, and quotes the input:
 *
 * <pre>
 * expected a cause value (1*DIGIT) at offset 12, found ';': "Q.850;cause=;text=\"x\""
 * </pre>
 *
 * <p>It is the only exception {@link ReasonHeader#parse(String)} throws for a bad value; being an
 * {@link IllegalArgumentException}, callers that treat any bad argument alike need not know it.
 */
public final class ReasonParseException extends IllegalArgumentException {

    /** Inputs up to this many chars are quoted whole in the message; longer ones as a window around the offset. */
    public static final int QUOTE_LIMIT = 60;

    private final String input;
    private final int offset;
    private final String expected;
    private final String found;

    /**
     * @param input the whole value being parsed
     * @param offset where the problem is, 0 to {@code input.length()} (the length meaning "at the end")
     * @param expected what the grammar allows there, e.g. "a cause value (1*DIGIT)"
     * @param found what is there instead, e.g. "';'" or "end of input"
     */
    public ReasonParseException(String input, int offset, String expected, String found) {
        super("expected " + expected + " at offset " + offset + ", found " + found + ": " + quote(input, offset));
        this.input = input;
        this.offset = offset;
        this.expected = expected;
        this.found = found;
    }

    /** The value that failed to parse. */
    public String input() {
        return input;
    }

    /** Char index into {@link #input()} where parsing stopped; equals its length when the input ended too soon. */
    public int offset() {
        return offset;
    }

    /** What the grammar expected at {@link #offset()}. */
    public String expected() {
        return expected;
    }

    /** What was at {@link #offset()} instead: a quoted character, a code point like U+000D, or "end of input". */
    public String found() {
        return found;
    }

    /** The input in double quotes, control characters escaped; a window of {@value #QUOTE_LIMIT} chars if long. */
    static String quote(String input, int offset) {
        int from = 0;
        int to = input.length();
        if (input.length() > QUOTE_LIMIT) {
            from = Math.max(0, Math.min(offset - QUOTE_LIMIT / 2, input.length() - QUOTE_LIMIT));
            to = from + QUOTE_LIMIT;
        }
        StringBuilder out = new StringBuilder();
        out.append(from > 0 ? "...\"" : "\"");
        for (int i = from; i < to; i++) {
            char c = input.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append(to < input.length() ? "\"..." : "\"");
        return out.toString();
    }
}
