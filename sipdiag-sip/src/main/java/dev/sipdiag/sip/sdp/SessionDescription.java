package dev.sipdiag.sip.sdp;

import dev.sipdiag.sip.body.BodyWarning;

import java.util.List;
import java.util.Optional;

/**
 * A parsed session description (RFC 8866). Lists are immutable. After a strict parse every mandatory field is
 * present and {@code warnings} is empty; after a lenient parse a missing or unreadable field is empty (or
 * {@code version == -1}, {@code sessionName == ""}) and a warning says why.
 *
 * @param version     the {@code v=} value, 0; -1 when missing or unreadable
 * @param origin      the {@code o=} line
 * @param sessionName the {@code s=} text ({@code " "} or {@code "-"} when the sender had no name)
 * @param connection  the session-level {@code c=} line
 * @param bandwidths  session-level {@code b=} lines
 * @param timings     {@code t=} lines with their {@code r=} lines
 * @param attributes  session-level {@code a=} lines
 * @param direction   the session-level direction attribute, if any
 * @param media       the media descriptions in order
 * @param warnings    what a lenient parse accepted, in input order
 */
public record SessionDescription(int version, Optional<Origin> origin, String sessionName,
                                 Optional<Connection> connection, List<Bandwidth> bandwidths, List<Timing> timings,
                                 List<Attribute> attributes, Optional<Direction> direction,
                                 List<MediaDescription> media, List<BodyWarning> warnings) {

    /** Copies every list. */
    public SessionDescription {
        bandwidths = List.copyOf(bandwidths);
        timings = List.copyOf(timings);
        attributes = List.copyOf(attributes);
        media = List.copyOf(media);
        warnings = List.copyOf(warnings);
    }

    /**
     * Where media for a stream goes: its own {@code c=} if it has one, else the session-level one
     * (RFC 8866 §5.7: one of the two is required for every media description).
     *
     * @param m one of {@link #media()}
     * @return the connection, empty when neither level has one (an invalid SDP)
     */
    public Optional<Connection> effectiveConnection(MediaDescription m) {
        return m.connection().or(this::connection);
    }

    /**
     * The direction of a stream: media-level attribute, else session-level, else {@link Direction#SENDRECV}
     * (RFC 8866 §6.7).
     *
     * @param m one of {@link #media()}
     * @return the direction
     */
    public Direction direction(MediaDescription m) {
        return m.direction().or(this::direction).orElse(Direction.SENDRECV);
    }

    /**
     * Codec names of a stream in order of preference; see {@link MediaDescription#codecs()}.
     *
     * @param m one of {@link #media()}
     * @return the names
     */
    public List<String> codecs(MediaDescription m) {
        return m.codecs();
    }

    /**
     * Whether a stream is put on hold: direction {@code sendonly} or {@code inactive} (RFC 3264 §8.4), or the
     * RFC 2543 style connection address {@code 0.0.0.0}. A disabled stream (port 0) is not on hold.
     *
     * @param m one of {@link #media()}
     * @return true when held
     */
    public boolean isHold(MediaDescription m) {
        if (m.isDisabled()) {
            return false;
        }
        Direction d = direction(m);
        if (d == Direction.SENDONLY || d == Direction.INACTIVE) {
            return true;
        }
        return effectiveConnection(m).map(Connection::isUnspecified).orElse(false);
    }

    /**
     * Whether the whole session is on hold: at least one stream is active (port not 0) and every active stream is
     * held (see {@link #isHold(MediaDescription)}).
     *
     * @return true when the offer or answer holds the call
     */
    public boolean isHold() {
        boolean any = false;
        for (MediaDescription m : media) {
            if (m.isDisabled()) {
                continue;
            }
            if (!isHold(m)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether a stream has a DTLS fingerprint at media or session level (RFC 8122 §5 allows both).
     *
     * @param m one of {@link #media()}
     * @return true when present
     */
    public boolean hasFingerprint(MediaDescription m) {
        return m.hasFingerprint() || attributes.stream().anyMatch(a -> a.name().equals("fingerprint"));
    }
}
