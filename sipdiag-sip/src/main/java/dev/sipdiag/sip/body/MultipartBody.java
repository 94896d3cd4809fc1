package dev.sipdiag.sip.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed multipart body (RFC 2046 §5.1, in SIP RFC 5621). Lists are immutable; {@code warnings} is empty after a
 * strict parse and holds the nested bodies' warnings too.
 *
 * @param contentType the Content-Type it was parsed with
 * @param parts       the parts in order (preamble and epilogue are not parts and are dropped)
 * @param warnings    what a lenient parse accepted
 */
public record MultipartBody(MediaType contentType, List<BodyPart> parts, List<BodyWarning> warnings) {

    /** Copies the lists. */
    public MultipartBody {
        parts = List.copyOf(parts);
        warnings = List.copyOf(warnings);
    }

    /**
     * The first part of a type, searching nested multipart bodies depth first in document order.
     *
     * @param type    e.g. {@code "application"}
     * @param subtype e.g. {@code "isup"}
     * @return the part
     */
    public Optional<BodyPart> find(String type, String subtype) {
        for (BodyPart p : parts) {
            if (p.contentType().is(type, subtype)) {
                return Optional.of(p);
            }
            Optional<BodyPart> inner = p.nested().flatMap(n -> n.find(type, subtype));
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /** {@return the first {@code application/sdp} part, nested ones included} */
    public Optional<BodyPart> findSdp() {
        return find("application", "sdp");
    }

    /** {@return every leaf part (nested bodies flattened) in document order} */
    public List<BodyPart> leaves() {
        List<BodyPart> out = new ArrayList<>();
        for (BodyPart p : parts) {
            p.nested().ifPresentOrElse(n -> out.addAll(n.leaves()), () -> out.add(p));
        }
        return List.copyOf(out);
    }
}
