package dev.sipdiag.sip;

/**
 * Content-Type (RFC 3261 §20.15): a media type with parameters.
 *
 * @param type    the top-level type in lower case, e.g. {@code application}
 * @param subtype the subtype in lower case, e.g. {@code sdp}
 * @param params  the parameters, e.g. {@code boundary}
 */
public record ContentType(String type, String subtype, Parameters params) {

    /** {@code type/subtype} in lower case. */
    public String mediaType() {
        return type + "/" + subtype;
    }

    /** Whether this is application/sdp. */
    public boolean isSdp() {
        return "application".equals(type) && "sdp".equals(subtype);
    }

    /** Whether the top-level type is multipart. */
    public boolean isMultipart() {
        return "multipart".equals(type);
    }
}
