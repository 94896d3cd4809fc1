package dev.sipdiag.sip.body;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One part of a multipart body (RFC 2046 §5.1.1): its header fields, its content type, its content bytes and, when
 * it is itself multipart, the parsed nested body. The byte array is copied in and out; equality compares it by
 * content.
 *
 * @param headers     the part's header fields in order
 * @param contentType its Content-Type, {@link MediaType#DEFAULT_PART_TYPE} when it has none
 * @param body        the content, without the CRLF that precedes the next delimiter
 * @param offset      where the content starts, relative to the start of the outermost parsed body
 * @param nested      the parsed body when {@code contentType} is multipart
 */
public record BodyPart(List<PartHeader> headers, MediaType contentType, byte[] body, int offset,
                       Optional<MultipartBody> nested) {

    /** Copies {@code headers} and {@code body}. */
    public BodyPart {
        headers = List.copyOf(headers);
        body = body.clone();
    }

    /** {@return a copy of the content bytes} */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The first header field with a name.
     *
     * @param name field name, any case
     * @return its value
     */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(PartHeader::value).findFirst();
    }

    /** {@return the Content-Disposition value, e.g. {@code session} or {@code signal;handling=optional}} */
    public Optional<String> disposition() {
        return header("Content-Disposition");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyPart p && headers.equals(p.headers) && contentType.equals(p.contentType)
                && Arrays.equals(body, p.body) && offset == p.offset && nested.equals(p.nested);
    }

    @Override
    public int hashCode() {
        return ((headers.hashCode() * 31 + contentType.hashCode()) * 31 + Arrays.hashCode(body)) * 31 + offset;
    }

    @Override
    public String toString() {
        return "BodyPart[" + contentType.essence() + ", " + body.length + " bytes at " + offset + "]";
    }
}
