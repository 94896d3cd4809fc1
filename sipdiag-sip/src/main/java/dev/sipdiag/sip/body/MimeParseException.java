package dev.sipdiag.sip.body;

/**
 * The one exception {@link MediaType#parse(String)} and {@link MultipartParser} throw: a grammar violation (strict
 * mode, or a Content-Type value that cannot be read at all) or an exceeded {@link BodyLimits} limit.
 */
public final class MimeParseException extends BodyParseException {

    private final transient MimeProblem problem;

    MimeParseException(MimeProblem problem, int offset, int line, int column, String expected, String found,
                       String quote) {
        super(problem.code(), offset, line, column, expected, found, quote);
        this.problem = problem;
    }

    /** {@return what is wrong} */
    public MimeProblem problem() {
        return problem;
    }
}
