package dev.sipdiag.capture;

/**
 * Something in the input that could not be used, reported instead of silently dropped.
 *
 * @param reason      a stable reason key, e.g. "truncated-record", "bad-ipv4-header", "unsupported-linktype"
 * @param frameNumber the frame it concerns, or 0 for the file as a whole
 * @param byteOffset  offset in the (decompressed) input where it starts, or -1 when not meaningful
 * @param message     one line for a person
 */
public record Problem(String reason, long frameNumber, long byteOffset, String message) {
}
