package dev.sipdiag.sip;

/**
 * A URI as SIP carries it: {@link SipUri} (sip, sips), {@link TelUri} (tel) or, for any other scheme, an
 * opaque {@link AbsoluteUri}. {@link #text()} is the URI exactly as written.
 */
public sealed interface Uri permits SipUri, TelUri, AbsoluteUri {

    /** The scheme in lower case, e.g. {@code sip}. */
    String scheme();

    /** The URI as written, escapes included. */
    String text();
}
