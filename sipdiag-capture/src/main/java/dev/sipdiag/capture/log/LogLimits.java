package dev.sipdiag.capture.log;

/** Every limit the text-log readers enforce, in one place. */
public final class LogLimits {
    /**
     * Longest log line kept: {@value} octets (64 KiB). The rest of a longer line is skipped and reported as
     * {@code log-line-too-long}; no SIP header line comes near this.
     */
    public static final int MAX_LINE_LENGTH = 64 * 1024;

    /**
     * Largest message recovered from a log: {@value} octets (1 MiB) of lines. A record that grows past it
     * (an unterminated record swallowing the rest of the log) is dropped as {@code log-message-too-long}.
     */
    public static final int MAX_MESSAGE_LENGTH = 1 << 20;

    /** Octets of a file's head that {@link LogFormats#detect} and the formats' {@code sniff} look at: {@value}. */
    public static final int SNIFF_LENGTH = 64 * 1024;

    /**
     * How far back a wall-clock time may jump before a time-of-day-only log is taken to have passed midnight:
     * {@value} hours.
     */
    public static final int MIDNIGHT_ROLLOVER_HOURS = 12;

    /**
     * Most "key: value" lines read in one record's header block (Kamailio sipdump): {@value}. The real block has
     * ten; a record whose body mark never comes is given up on after this many.
     */
    public static final int MAX_RECORD_FIELDS = 32;

    private LogLimits() {
    }
}
