package dev.sipdiag.status;

import java.util.Locale;

/** Where the cause of a failure usually lies: what a user has to look at. */
public enum Category {
    /** Connectivity: routing, firewalls, DNS, packet loss. */
    NETWORK,
    /** Network address translation: private addresses, expired bindings. */
    NAT,
    /** A router's SIP application-layer gateway rewriting or dropping SIP. */
    SIP_ALG,
    /** The phone's or PBX's own settings or software. */
    DEVICE,
    /** The subscription: credentials, credit, permissions, registration. */
    ACCOUNT,
    /** The dialled number or address. */
    NUMBERING,
    /** The provider's or carrier's network and servers. */
    PROVIDER,
    /** The person called: busy, away, declining. */
    CALLEE,
    /** A SIP protocol incompatibility between the ends. */
    PROTOCOL;

    /** The stable id used in resource bundles and JSON: "network", "sip-alg", ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category with this id. */
    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + id + "'; expected one of network, nat, "
                + "sip-alg, device, account, numbering, provider, callee, protocol");
    }
}
