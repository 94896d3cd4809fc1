package dev.sipdiag.sip;

/**
 * A sip or sips URI (RFC 3261 §19.1). Text parts are kept as written, %-escapes included; the
 * {@code decoded...} accessors decode them (RFC 3261 §19.1.2) on request.
 *
 * <pre>{@code
 * SipUri u = (SipUri) SipParser.parseUri("sip:alice%40home@[2001:db8::10]:5070;transport=tcp");
 * u.host();          // "[2001:db8::10]"
 * u.port();          // 5070
 * u.decodedUser();   // "alice@home"
 * u.params().get("transport");  // "tcp"
 * }</pre>
 *
 * @param secure   whether the scheme is sips
 * @param user     the user part as written, or null when there is none
 * @param password the password as written, or null
 * @param host     the host as written; an IPv6 reference keeps its brackets
 * @param port     the port, or -1 when absent
 * @param params   the uri-parameters
 * @param headers  the headers after {@code ?}, names and values as written
 * @param text     the URI as written
 */
public record SipUri(boolean secure, String user, String password, String host, int port, Parameters params,
                     Parameters headers, String text) implements Uri {

    @Override
    public String scheme() {
        return secure ? "sips" : "sip";
    }

    /** Whether the host is an IPv6 reference ({@code [..]}, RFC 5118). */
    public boolean isIpv6Reference() {
        return host.startsWith("[");
    }

    /** The user part with %-escapes decoded (UTF-8), or null. */
    public String decodedUser() {
        return user == null ? null : Escapes.decode(user);
    }

    /** The password with %-escapes decoded, or null. */
    public String decodedPassword() {
        return password == null ? null : Escapes.decode(password);
    }

    /** The {@code transport} parameter in lower case, or null. */
    public String transport() {
        String t = params.get("transport");
        return t == null ? null : t.toLowerCase(java.util.Locale.ROOT);
    }

    /** The {@code user} parameter ({@code phone}, {@code ip}...), or null. */
    public String userParam() {
        return params.get("user");
    }

    /** Whether the {@code lr} parameter (loose routing, RFC 3261 §19.1.1) is present. */
    public boolean looseRouting() {
        return params.has("lr");
    }

    /** The {@code maddr} parameter, or null. */
    public String maddr() {
        return params.get("maddr");
    }
}
