package dev.sipdiag.sip;

/**
 * One deviation found while parsing: a stable {@link IssueCode}, whether strict mode rejects it, where it is
 * (offset from the start of the message, 1-based line and column) and a short technical message (what was
 * expected and what was found). The one-line explanation for people comes from
 * {@link IssueCode#explain(java.util.Locale)}.
 *
 * @param code      what kind of deviation this is
 * @param violation true when this breaks the RFC 3261 grammar (strict mode throws it); false for a well-formed
 *                  message that is still questionable (RFC 4475 §3.2-§3.4)
 * @param offset    byte offset from the first byte of the message, {@code >= 0}
 * @param line      1-based line number
 * @param column    1-based column (in bytes)
 * @param message   technical detail (what was expected, what was found), never null
 */
public record ParseIssue(IssueCode code, boolean violation, int offset, int line, int column, String message) {

    @Override
    public String toString() {
        return code.code() + " at " + line + ":" + column + ": " + message;
    }
}
