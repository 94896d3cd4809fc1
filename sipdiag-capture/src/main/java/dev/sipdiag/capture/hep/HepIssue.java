package dev.sipdiag.capture.hep;

/**
 * Something wrong with a HEP packet.
 *
 * @param reason  stable key, e.g. "hep-chunk-past-end" (see {@link HepDecoder} for the list)
 * @param offset  octet offset from the start of the HEP packet where the fault is
 * @param message one line for a person
 */
public record HepIssue(String reason, int offset, String message) {
}
