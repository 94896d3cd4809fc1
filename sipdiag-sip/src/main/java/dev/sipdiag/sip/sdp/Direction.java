package dev.sipdiag.sip.sdp;

import java.util.Optional;

/**
 * The media direction attributes (RFC 8866 §6.7, offer/answer meaning in RFC 3264 §5.1, §6.1).
 * Without any, a stream is {@link #SENDRECV}; a media-level attribute overrides a session-level one.
 */
public enum Direction {
    /** {@code a=sendrecv}: send and receive (the default). */
    SENDRECV("sendrecv"),
    /** {@code a=sendonly}: only send; the usual way to put the other side on hold. */
    SENDONLY("sendonly"),
    /** {@code a=recvonly}: only receive; the usual answer to a hold. */
    RECVONLY("recvonly"),
    /** {@code a=inactive}: neither; also used for hold. */
    INACTIVE("inactive");

    private final String attributeName;

    Direction(String attributeName) {
        this.attributeName = attributeName;
    }

    /** {@return the attribute name, e.g. {@code "sendonly"}} */
    public String attributeName() {
        return attributeName;
    }

    /**
     * The direction an attribute name stands for.
     *
     * @param name an attribute name; direction names are matched exactly, as RFC 8866 §6.7 spells them
     * @return the direction, or empty when {@code name} is not a direction attribute
     */
    public static Optional<Direction> fromAttribute(String name) {
        for (Direction d : values()) {
            if (d.attributeName.equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
