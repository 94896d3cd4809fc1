package dev.sipdiag.sip;

/**
 * A URI of a scheme sipdiag does not interpret (RFC 3261 §25.1 absoluteURI), e.g. {@code http:} or
 * {@code urn:}: kept whole.
 *
 * @param scheme     the scheme in lower case
 * @param opaquePart everything after the first colon
 * @param text       the URI as written
 */
public record AbsoluteUri(String scheme, String opaquePart, String text) implements Uri {
}
