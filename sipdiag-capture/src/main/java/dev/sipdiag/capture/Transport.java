package dev.sipdiag.capture;

/** How a payload travelled. */
public enum Transport {
    UDP, TCP, TLS, SCTP, WS, WSS,
    /** Not known, e.g. a text log that does not say. */
    UNKNOWN
}
