package dev.sipdiag.sip;

/**
 * Every bound the parser enforces, in one place. Exceeding one is a {@link SipParseException} with code
 * {@link IssueCode#LIMIT_EXCEEDED} in both modes, never an {@code OutOfMemoryError} or
 * {@code StackOverflowError}: hostile input costs at most linear time in its length.
 *
 * <p>The values are generous for real traffic: RFC 3261 §18.1.1 keeps UDP messages under 1300 bytes unless
 * the path MTU is known, and long Record-Route sets stay far below these.
 */
public final class SipLimits {

    /** Largest message, start line to end of body, in bytes: {@value}. */
    public static final int MAX_MESSAGE_SIZE = 1 << 20;
    /** Most header fields (lines, after unfolding) in one message: {@value}. */
    public static final int MAX_HEADER_COUNT = 512;
    /** Longest header field including folded continuation lines, in bytes: {@value}. */
    public static final int MAX_HEADER_LENGTH = 64 * 1024;
    /** Longest start line, in bytes: {@value}. */
    public static final int MAX_START_LINE_LENGTH = 16 * 1024;
    /** Longest URI, in bytes: {@value}. */
    public static final int MAX_URI_LENGTH = 8 * 1024;
    /** Most parameters on one URI or header value: {@value}. */
    public static final int MAX_PARAMETER_COUNT = 64;
    /** Most comma-separated values in one header field: {@value}. */
    public static final int MAX_VALUES_PER_HEADER = 256;
    /** Deepest nesting of comments (Server, User-Agent, Retry-After) the parser follows: {@value}. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** Largest Content-Length accepted (it may not exceed {@link #MAX_MESSAGE_SIZE} anyway): {@value}. */
    public static final int MAX_CONTENT_LENGTH = MAX_MESSAGE_SIZE;
    /** Most digits read for a number before it is called out of range: {@value}. */
    public static final int MAX_NUMBER_DIGITS = 10;
    /**
     * Most issues recorded for one message: {@value}. Lenient parsing goes on past it, recording no more, so a
     * value of thousands of empty parameters costs linear time.
     */
    public static final int MAX_ISSUES = 100;
    /** Longest CRLF keep-alive run {@link SipFraming} consumes at once, in bytes: {@value}. */
    public static final int MAX_KEEPALIVE_LENGTH = 64;

    private SipLimits() {
    }
}
