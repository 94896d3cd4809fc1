package dev.sipdiag.capture;

/** Receives what a reader recovers, in input order. */
public interface PayloadSink {
    /** A payload recovered from the input. */
    void payload(Payload payload);

    /** Something that was skipped, with why. Default: ignore (the summary still counts it). */
    default void problem(Problem problem) {
    }
}
