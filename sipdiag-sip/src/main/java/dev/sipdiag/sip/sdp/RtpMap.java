package dev.sipdiag.sip.sdp;

import java.util.OptionalInt;

/**
 * An {@code a=rtpmap} value (RFC 8866 §6.6), or the fixed mapping of a static payload type (RFC 3551 §6).
 *
 * @param payloadType  RTP payload type, 0..127
 * @param encodingName codec name as sent, e.g. {@code "PCMU"}, {@code "opus"}, {@code "telephone-event"}
 * @param clockRate    RTP clock rate in Hz, positive
 * @param channels     audio channel count when the encoding parameters give one
 * @param fromStatic   true when taken from the RFC 3551 table because the SDP had no rtpmap for this type
 */
public record RtpMap(int payloadType, String encodingName, int clockRate, OptionalInt channels, boolean fromStatic) {

    /** {@return "name/rate[/channels]", as an rtpmap writes it} */
    public String encoding() {
        return encodingName + "/" + clockRate + (channels.isPresent() ? "/" + channels.getAsInt() : "");
    }
}
