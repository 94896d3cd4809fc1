package dev.sipdiag.sip.body;

/**
 * A deviation a lenient body parser accepted; invariant: {@code line >= 1}, {@code column >= 1}, {@code offset >= 0}.
 *
 * @param code   a stable problem code, e.g. {@code "sdp.lf-line-end"}; also the resource-bundle key of its explanation
 * @param offset byte offset in the parsed buffer (relative to the {@code off} the parser was given)
 * @param line   1-based line number
 * @param column 1-based column, counted in bytes
 * @param detail a short technical note ("expected X, found Y"), not meant for translation
 */
public record BodyWarning(String code, int offset, int line, int column, String detail) {

    /** {@return "code at line:column (detail)", for logs and test failure messages} */
    @Override
    public String toString() {
        return code + " at " + line + ":" + column + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
