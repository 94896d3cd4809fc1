package dev.sipdiag.status;

/** Whether a final response means the request failed. */
public enum Verdict {
    /** 1xx and 2xx: progress or success. */
    NOT_A_FAILURE,
    /**
     * A failure only in some circumstances: a 401/407 challenge that the client answers with credentials,
     * 487 after the caller's own CANCEL, a 3xx redirection the client follows.
     */
    DEPENDS,
    /** The request failed. */
    FAILURE;

    /** The verdict for a code, by the rules above. */
    public static Verdict of(SipStatus status) {
        int c = status.code();
        if (c < 300) {
            return NOT_A_FAILURE;
        }
        if (c < 400 || c == 401 || c == 407 || c == 487) {
            return DEPENDS;
        }
        return FAILURE;
    }
}
