package dev.sipdiag.sip.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One media description: an {@code m=} line and the lines up to the next (RFC 8866 §5.14), with the attributes
 * diagnosis needs already typed. Lists are immutable; {@code port} and {@code portCount} are -1 only when a
 * lenient parse could not read them.
 *
 * @param media       media type as sent: {@code audio}, {@code video}, {@code text}, {@code application},
 *                    {@code message}, {@code image}
 * @param port        transport port, 0 for a rejected or disabled stream (RFC 3264 §6)
 * @param portCount   the {@code /n} after the port, 1 when absent
 * @param protocol    transport protocol as sent, e.g. {@code RTP/AVP}, {@code RTP/SAVP}, {@code UDP/TLS/RTP/SAVPF}
 * @param formats     formats in order of preference (payload types for RTP)
 * @param connections the media-level {@code c=} lines (more than one only for layered multicast)
 * @param bandwidths  the media-level {@code b=} lines
 * @param attributes  every media-level {@code a=} line, typed ones included
 * @param rtpMaps     the {@code a=rtpmap} values that parsed
 * @param fmtps       the {@code a=fmtp} values that parsed
 * @param ptime       {@code a=ptime} in milliseconds (RFC 8866 §6.4)
 * @param maxPtime    {@code a=maxptime} in milliseconds (RFC 8866 §6.5)
 * @param direction   the media-level direction attribute, if any (see {@link SessionDescription#direction})
 * @param rtcp        {@code a=rtcp} (RFC 3605)
 * @param line        1-based line number of the {@code m=} line
 */
public record MediaDescription(String media, int port, int portCount, String protocol, List<String> formats,
                               List<Connection> connections, List<Bandwidth> bandwidths, List<Attribute> attributes,
                               List<RtpMap> rtpMaps, List<Fmtp> fmtps, OptionalDouble ptime,
                               OptionalDouble maxPtime, Optional<Direction> direction, Optional<Rtcp> rtcp,
                               int line) {

    /** Copies every list. */
    public MediaDescription {
        formats = List.copyOf(formats);
        connections = List.copyOf(connections);
        bandwidths = List.copyOf(bandwidths);
        attributes = List.copyOf(attributes);
        rtpMaps = List.copyOf(rtpMaps);
        fmtps = List.copyOf(fmtps);
    }

    /** {@return the first media-level connection, if any} */
    public Optional<Connection> connection() {
        return connections.isEmpty() ? Optional.empty() : Optional.of(connections.get(0));
    }

    /** {@return whether the protocol carries RTP (RFC 3551 AVP and its secure and feedback profiles)} */
    public boolean isRtp() {
        return protocol.contains("RTP/");
    }

    /** {@return whether the stream is disabled or rejected (port 0, RFC 3264 §6)} */
    public boolean isDisabled() {
        return port == 0;
    }

    /**
     * The codec of a format: its {@code a=rtpmap} if given, else for RTP the static mapping of RFC 3551.
     *
     * @param format a format as listed on the m= line
     * @return the mapping, empty when neither exists (a dynamic type without rtpmap, or a non-RTP format)
     */
    public Optional<RtpMap> rtpMap(String format) {
        int pt = payloadType(format);
        if (pt < 0) {
            return Optional.empty();
        }
        for (RtpMap m : rtpMaps) {
            if (m.payloadType() == pt) {
                return Optional.of(m);
            }
        }
        return isRtp() ? StaticPayloadTypes.lookup(pt) : Optional.empty();
    }

    /**
     * Codec names in order of preference: the encoding name for each format that has one (see
     * {@link #rtpMap(String)}), the format itself otherwise.
     *
     * @return the names, e.g. {@code [G729, PCMA, telephone-event]}
     */
    public List<String> codecs() {
        List<String> names = new ArrayList<>(formats.size());
        for (String f : formats) {
            names.add(rtpMap(f).map(RtpMap::encodingName).orElse(f));
        }
        return List.copyOf(names);
    }

    /**
     * The {@code a=fmtp} parameters of a format.
     *
     * @param format a format as listed on the m= line
     * @return the parameters, empty when there is no fmtp for it
     */
    public Optional<String> fmtp(String format) {
        for (Fmtp f : fmtps) {
            if (f.format().equals(format)) {
                return Optional.of(f.parameters());
            }
        }
        return Optional.empty();
    }

    /** {@return whether an {@code a=crypto} line (SDES keys, RFC 4568) is present} */
    public boolean hasCrypto() {
        return attributes.stream().anyMatch(a -> a.name().equals("crypto"));
    }

    /** {@return whether a media-level {@code a=fingerprint} (DTLS-SRTP, RFC 8122 §5) is present} */
    public boolean hasFingerprint() {
        return attributes.stream().anyMatch(a -> a.name().equals("fingerprint"));
    }

    /** {@return the number of {@code a=candidate} lines (ICE, RFC 8839 §5.1)} */
    public int iceCandidateCount() {
        return (int) attributes.stream().filter(a -> a.name().equals("candidate")).count();
    }

    /**
     * All media-level attributes with a name.
     *
     * @param name the attribute name, matched exactly
     * @return the attributes in order, possibly none
     */
    public List<Attribute> attributes(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).toList();
    }

    /** The RTP payload type a format names (0..127), or -1 when it is not one. */
    static int payloadType(String format) {
        if (format.isEmpty() || format.length() > 3) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= 127 ? v : -1;
    }
}
