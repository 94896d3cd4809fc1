package dev.sipdiag.status;

/** Where a code stands in the IANA "SIP Response Codes" registry. */
public enum Registration {
    /** Registered and in use. */
    CURRENT,
    /** Registered but deprecated (202, RFC 6665 §8.3.1): receivers treat it as 200. */
    DEPRECATED,
    /** Defined by RFC 2543 and dropped by RFC 3261 (409, 411); still sent by old stacks. */
    OBSOLETE,
    /** Not in the registry at all; handled by the class rules of RFC 3261 §8.1.3.2. */
    UNREGISTERED;

    /** The lower-case word used in JSON ("current", "deprecated", "obsolete", "unregistered"). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
