package dev.sipdiag.analysis.input;

import java.io.IOException;

/** An input that could not be opened, or is none of the formats sipdiag reads. */
public final class UnreadableInputException extends IOException {
    private final String input;

    public UnreadableInputException(String input, String message, Throwable cause) {
        super(input + ": " + message, cause);
        this.input = input;
    }

    /** The file name ("-" for standard input). */
    public String input() {
        return input;
    }
}
