package dev.sipdiag.sip.sdp;

import java.util.List;

/**
 * A {@code t=} line with the {@code r=} lines after it (RFC 8866 §5.9, §5.10); {@code 0 0} means unbounded,
 * the usual value in SIP.
 *
 * @param start   NTP start time in seconds, 0 when unbounded
 * @param stop    NTP stop time in seconds, 0 when unbounded
 * @param repeats the values of the {@code r=} lines that follow, as sent
 */
public record Timing(long start, long stop, List<String> repeats) {

    /** Copies {@code repeats}. */
    public Timing {
        repeats = List.copyOf(repeats);
    }
}
