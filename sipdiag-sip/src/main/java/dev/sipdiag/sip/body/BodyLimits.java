package dev.sipdiag.sip.body;

/**
 * Every limit the multipart parser enforces. Exceeding one is a {@link MimeParseException} in both modes.
 *
 * <table>
 *   <caption>Multipart limits</caption>
 *   <tr><th>constant</th><th>value</th><th>counts</th></tr>
 *   <tr><td>{@link #MAX_DEPTH}</td><td>{@value #MAX_DEPTH}</td><td>multipart bodies nested in one another</td></tr>
 *   <tr><td>{@link #MAX_PARTS}</td><td>{@value #MAX_PARTS}</td><td>parts in one multipart body</td></tr>
 *   <tr><td>{@link #MAX_PART_HEADERS}</td><td>{@value #MAX_PART_HEADERS}</td><td>header lines of one part</td></tr>
 *   <tr><td>{@link #MAX_MEDIA_TYPE_PARAMETERS}</td><td>{@value #MAX_MEDIA_TYPE_PARAMETERS}</td><td>parameters of
 *       one Content-Type value</td></tr>
 * </table>
 */
public final class BodyLimits {

    /**
     * Deepest nesting of multipart bodies, the outermost counting as 1. RFC 5621 §3 shows two levels
     * (multipart/mixed holding multipart/alternative); four leaves room without letting a body recurse.
     */
    public static final int MAX_DEPTH = 4;

    /** Most parts in one multipart body; SIP bodies carry two or three (SDP, ISUP, PIDF-LO). */
    public static final int MAX_PARTS = 64;

    /**
     * Most header lines in one body part, malformed ones included (RFC 5621 §3.1 names a handful: Content-Type,
     * Content-ID, Content-Disposition...).
     */
    public static final int MAX_PART_HEADERS = 32;

    /** Most parameters in one Content-Type value. */
    public static final int MAX_MEDIA_TYPE_PARAMETERS = 32;

    /** Longest boundary RFC 2046 §5.1.1 allows ({@code boundary := 0*69<bchars> bcharsnospace}). */
    public static final int MAX_BOUNDARY_LENGTH = 70;

    private BodyLimits() {
    }
}
