package dev.sipdiag.sip.sdp;

import dev.sipdiag.sip.body.BodyParseException;

/**
 * The one exception {@link SdpParser} throws: a strict-mode grammar violation, or an exceeded {@link SdpLimits}
 * limit in either mode.
 */
public final class SdpParseException extends BodyParseException {

    private final transient SdpProblem problem;

    SdpParseException(SdpProblem problem, int offset, int line, int column, String expected, String found,
                      String quote) {
        super(problem.code(), offset, line, column, expected, found, quote);
        this.problem = problem;
    }

    /** {@return what is wrong} */
    public SdpProblem problem() {
        return problem;
    }
}
