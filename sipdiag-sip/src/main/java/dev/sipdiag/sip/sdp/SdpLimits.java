package dev.sipdiag.sip.sdp;

/**
 * Every limit the SDP parser enforces, in one place. Exceeding one is an error in both modes
 * ({@link SdpParseException}), never an {@link OutOfMemoryError} or a silently truncated result.
 *
 * <p>The values are far above what SIP endpoints send (a WebRTC offer with three bundled media sections and a full
 * ICE candidate list is about 120 lines of at most 700 bytes) and low enough that a hostile body costs little.
 *
 * <table>
 *   <caption>SDP limits</caption>
 *   <tr><th>constant</th><th>value</th><th>counts</th></tr>
 *   <tr><td>{@link #MAX_LINES}</td><td>{@value #MAX_LINES}</td><td>lines in one session description</td></tr>
 *   <tr><td>{@link #MAX_MEDIA}</td><td>{@value #MAX_MEDIA}</td><td>{@code m=} sections</td></tr>
 *   <tr><td>{@link #MAX_LINE_LENGTH}</td><td>{@value #MAX_LINE_LENGTH}</td><td>bytes in one line, without its
 *       line end</td></tr>
 *   <tr><td>{@link #MAX_FORMATS}</td><td>{@value #MAX_FORMATS}</td><td>formats on one {@code m=} line</td></tr>
 * </table>
 */
public final class SdpLimits {

    /** Most lines one session description may have; more is {@code sdp.too-many-lines}. */
    public static final int MAX_LINES = 1024;

    /** Most media descriptions ({@code m=} lines); more is {@code sdp.too-many-media}. */
    public static final int MAX_MEDIA = 64;

    /**
     * Most bytes in one line, line end excluded; more is {@code sdp.line-too-long}. Long enough for an
     * {@code a=fmtp} carrying H.264 {@code sprop-parameter-sets} or an {@code a=fingerprint} with SHA-512.
     */
    public static final int MAX_LINE_LENGTH = 4096;

    /**
     * Most formats on one {@code m=} line; more is {@code sdp.too-many-formats}. RTP has 128 payload types
     * (RFC 3550 §5.1, 7 bits), so an RTP m= line cannot usefully list more.
     */
    public static final int MAX_FORMATS = 128;

    private SdpLimits() {
    }
}
