package dev.sipdiag.sip;

/**
 * A challenge (WWW-Authenticate, Proxy-Authenticate) or credentials (Authorization, Proxy-Authorization):
 * RFC 3261 §20.7, §20.27, §20.28, §20.44 with the Digest parameters of RFC 2617 / RFC 8760. Parameter values
 * are unquoted.
 *
 * @param scheme  the auth scheme as written, e.g. {@code Digest}
 * @param params  the auth-params (quoted values unquoted)
 * @param token68 for schemes with a single token instead of parameters (e.g. Basic), the token; else null
 */
public record AuthValue(String scheme, Parameters params, String token68) {

    /** Whether the scheme is Digest (case-insensitive). */
    public boolean isDigest() {
        return "digest".equalsIgnoreCase(scheme);
    }

    /** The {@code realm} parameter (unquoted), or null. */
    public String realm() {
        return params.get("realm");
    }

    /** The {@code nonce} parameter (unquoted), or null. */
    public String nonce() {
        return params.get("nonce");
    }

    /** The {@code username} parameter (unquoted), or null. */
    public String username() {
        return params.get("username");
    }

    /** The {@code uri} parameter (the digest-uri, unquoted), or null. */
    public String uri() {
        return params.get("uri");
    }

    /** The {@code response} parameter (unquoted), or null. */
    public String response() {
        return params.get("response");
    }

    /** The {@code algorithm} parameter (unquoted), or null. */
    public String algorithm() {
        return params.get("algorithm");
    }

    /** The {@code qop} parameter (unquoted), or null. */
    public String qop() {
        return params.get("qop");
    }

    /** The {@code opaque} parameter (unquoted), or null. */
    public String opaque() {
        return params.get("opaque");
    }

    /** The {@code nc} parameter (unquoted), or null. */
    public String nc() {
        return params.get("nc");
    }

    /** The {@code cnonce} parameter (unquoted), or null. */
    public String cnonce() {
        return params.get("cnonce");
    }

    /** Whether {@code stale=true} (case-insensitive): the nonce was stale, not the password wrong. */
    public boolean stale() {
        return "true".equalsIgnoreCase(params.get("stale"));
    }
}
