package dev.sipdiag.capture.log;

/**
 * One line of a log: its text without the line ending and without ANSI escape sequences, one char per octet
 * (ISO-8859-1), so the octets of a message survive unchanged whatever their encoding.
 *
 * @param number 1-based line number
 * @param offset octet offset of the line's start in the input
 * @param text   the line
 */
record Line(long number, long offset, String text) {
    /** Whether the line holds nothing but white space. */
    boolean isBlank() {
        return text.isBlank();
    }
}
