package dev.sipdiag.analysis;

import java.util.Locale;

/** What became of a call (an INVITE-initiated session attempt). */
public enum Outcome {
    /** A 2xx answered the INVITE. */
    ANSWERED,
    /** 486 Busy Here or 600 Busy Everywhere. */
    BUSY,
    /** 603 Decline. */
    DECLINED,
    /** The caller gave up: 487 after the caller's CANCEL, or a CANCEL that crossed the 2xx. */
    CANCELLED,
    /** 408 or 480 after the callee's phone had started ringing. */
    NO_ANSWER,
    /** Any other final response of 300 or more (except a 3xx, see {@link #REDIRECTED}). */
    FAILED,
    /** A 3xx ended the attempt and was not followed within the capture. */
    REDIRECTED,
    /** The INVITE was sent (and retransmitted, or Timer B ran out) and no final response came. */
    NO_RESPONSE,
    /** The capture ended before the call was set up or refused. */
    IN_PROGRESS,
    /** The capture started after the INVITE: only later messages of the call were seen. */
    PARTIAL;

    /** The JSON/CSV word: "answered", "no-answer", ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the outcome counts as a failure worth explaining (not answered, not the users' own choice). */
    public boolean isFailure() {
        return this == FAILED || this == NO_RESPONSE;
    }
}
