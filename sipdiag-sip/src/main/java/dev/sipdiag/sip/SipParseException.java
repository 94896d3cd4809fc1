package dev.sipdiag.sip;

/**
 * The one exception every public parse entry point throws, whatever the input: it says where the problem is
 * (offset, 1-based line and column), what the grammar expected there, what was found, and quotes the input
 * around it. {@link #code()} is stable and machine-readable (the same codes as {@link ParseIssue}).
 *
 * <pre>{@code
 * try {
 *     SipParser.parse(bytes, ParseMode.STRICT);
 * } catch (SipParseException e) {
 *     e.code();        // IssueCode.INVALID_REQUEST_LINE
 *     e.line();        // 1
 *     e.getMessage();  // "invalid-request-line at 1:7: expected Request-URI, found ' ' near "INVITE  sip:…""
 * }
 * }</pre>
 */
public final class SipParseException extends RuntimeException {

    private final IssueCode code;
    private final int offset;
    private final int line;
    private final int column;
    private final String expected;
    private final String found;
    private final String quote;

    /**
     * @param code     the stable code
     * @param offset   byte offset from the start of the message
     * @param line     1-based line
     * @param column   1-based column
     * @param expected what the grammar allows here (never null, may be empty)
     * @param found    what the input holds here (never null, may be empty)
     * @param quote    a short printable excerpt of the input around the offset
     */
    public SipParseException(IssueCode code, int offset, int line, int column, String expected, String found,
                             String quote) {
        super(code.code() + " at " + line + ":" + column + ": expected " + expected + ", found " + found
                + " near \"" + quote + "\"");
        this.code = code;
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.found = found;
        this.quote = quote;
    }

    /** The stable code of this error. */
    public IssueCode code() {
        return code;
    }

    /** Byte offset from the first byte of the message. */
    public int offset() {
        return offset;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }

    /** 1-based column, counted in bytes. */
    public int column() {
        return column;
    }

    /** What the grammar expected at the offset. */
    public String expected() {
        return expected;
    }

    /** What was found at the offset. */
    public String found() {
        return found;
    }

    /** A short, printable quote of the input around the offset. */
    public String quote() {
        return quote;
    }

    /** This error as a {@link ParseIssue} (for reports that list errors and warnings alike). */
    public ParseIssue toIssue() {
        return new ParseIssue(code, true, offset, line, column, "expected " + expected + ", found " + found);
    }
}
