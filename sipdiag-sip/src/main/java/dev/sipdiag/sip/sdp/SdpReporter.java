package dev.sipdiag.sip.sdp;

import dev.sipdiag.sip.body.BodyParseMode;
import dev.sipdiag.sip.body.BodyWarning;
import dev.sipdiag.sip.body.internal.LineCounter;
import dev.sipdiag.sip.body.internal.Locations;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the SDP parser's problems go: thrown in strict mode, collected as warnings in lenient mode, thrown in
 * both when they are {@link SdpProblem#isLimit() limits}. Positions are absolute indexes into the buffer;
 * reports are relative to the parsed range.
 */
final class SdpReporter {

    private final byte[] buf;
    private final int off;
    private final int end;
    private final BodyParseMode mode;
    private final List<BodyWarning> warnings = new ArrayList<>();
    private final LineCounter lines;

    SdpReporter(byte[] buf, int off, int end, BodyParseMode mode) {
        this.buf = buf;
        this.off = off;
        this.end = end;
        this.mode = mode;
        this.lines = new LineCounter(buf, off);
    }

    boolean strict() {
        return mode == BodyParseMode.STRICT;
    }

    /**
     * Reports a problem at {@code pos}: throws in strict mode or for a limit, records a warning otherwise.
     *
     * @param problem  what is wrong
     * @param pos      absolute index into the buffer
     * @param expected what the grammar allows there
     * @param found    what the input holds
     * @throws SdpParseException in strict mode, or when {@code problem} is a limit
     */
    void report(SdpProblem problem, int pos, String expected, String found) throws SdpParseException {
        int[] lc = lines.locate(pos);
        if (strict() || problem.isLimit()) {
            throw new SdpParseException(problem, pos - off, lc[0], lc[1], expected, found,
                    Locations.quote(buf, off, end, pos));
        }
        warnings.add(new BodyWarning(problem.code(), pos - off, lc[0], lc[1],
                "expected " + expected + ", found " + found));
    }

    /** {@return the bytes {@code [from, to)} escaped for a report} */
    String text(int from, int to) {
        return Locations.printable(buf, from, Math.min(to, end));
    }

    List<BodyWarning> warnings() {
        return warnings;
    }
}
