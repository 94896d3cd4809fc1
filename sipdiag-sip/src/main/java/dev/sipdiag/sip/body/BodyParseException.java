package dev.sipdiag.sip.body;

/**
 * A body could not be parsed: says where (offset, line:column), what the grammar expected, what was found,
 * and quotes the input around the spot.
 *
 * <p>Subclasses name the grammar ({@code SdpParseException}, {@link MimeParseException}); callers that do
 * not care which body failed catch this type.
 */
public abstract class BodyParseException extends Exception {

    private final String code;
    private final int offset;
    private final int line;
    private final int column;
    private final String expected;
    private final String found;
    private final String quote;

    /**
     * Creates the exception; the message repeats every field for logs.
     *
     * @param code     stable problem code, also the resource-bundle key of the explanation
     * @param offset   byte offset relative to the start of the parsed range
     * @param line     1-based line
     * @param column   1-based column in bytes
     * @param expected what the grammar allows here, e.g. {@code "CRLF"}
     * @param found    what the input holds instead, e.g. {@code "LF"}
     * @param quote    a short excerpt of the input line around the offset
     */
    protected BodyParseException(String code, int offset, int line, int column, String expected, String found,
                                 String quote) {
        super(code + " at " + line + ":" + column + " (offset " + offset + "): expected " + expected
                + " but found " + found + " in \"" + quote + "\"");
        this.code = code;
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.found = found;
        this.quote = quote;
    }

    /** {@return the stable problem code, e.g. {@code "sdp.field-order"}} */
    public String code() {
        return code;
    }

    /** {@return the byte offset relative to the start of the parsed range} */
    public int offset() {
        return offset;
    }

    /** {@return the 1-based line number} */
    public int line() {
        return line;
    }

    /** {@return the 1-based column, counted in bytes} */
    public int column() {
        return column;
    }

    /** {@return what the grammar allows at this spot} */
    public String expected() {
        return expected;
    }

    /** {@return what the input holds instead} */
    public String found() {
        return found;
    }

    /** {@return a short excerpt of the input around the offset, non-printable bytes escaped} */
    public String quote() {
        return quote;
    }
}
