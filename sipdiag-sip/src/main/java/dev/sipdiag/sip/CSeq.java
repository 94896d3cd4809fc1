package dev.sipdiag.sip;

/**
 * The CSeq header (RFC 3261 §20.16): a sequence number below 2^31 (§8.1.1.5) and the request method.
 *
 * @param number the sequence number
 * @param method the method, case as written (methods are case-sensitive)
 */
public record CSeq(long number, String method) {
}
