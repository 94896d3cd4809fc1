package dev.sipdiag.capture.log;

/**
 * What reading one log found, so nothing is dropped unseen. Invariant: all counts are non-negative.
 *
 * @param messages     messages delivered as payloads
 * @param problems     problems reported (cut-short messages, records that hold no SIP, over-long lines)
 * @param noiseLines   non-blank lines that belong to no message: other log output between messages
 * @param escapedLines lines from which ANSI escape sequences (colour codes) were removed
 */
public record LogStats(long messages, long problems, long noiseLines, long escapedLines) {
}
