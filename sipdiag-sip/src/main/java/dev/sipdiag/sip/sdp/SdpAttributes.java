package dev.sipdiag.sip.sdp;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Grammar rules for {@code a=} lines (RFC 8866 §5.13) and the attribute values the parser types: rtpmap
 * (§6.6), fmtp (§6.15), ptime/maxptime (§6.4, §6.5) and rtcp (RFC 3605 §2.1). A malformed typed value is
 * {@link SdpProblem#BAD_ATTRIBUTE}; the attribute itself is still kept.
 */
final class SdpAttributes {

    /** The highest RTP payload type (RFC 3550 §5.1: 7 bits). */
    static final int MAX_PAYLOAD_TYPE = 127;

    private final SdpFields fields;
    private final SdpReporter reporter;
    private final byte[] buf;

    SdpAttributes(byte[] buf, SdpFields fields, SdpReporter reporter) {
        this.buf = buf;
        this.fields = fields;
        this.reporter = reporter;
    }

    /**
     * Splits {@code a=<attribute>[:<value>]}; the name must be a token.
     *
     * @return the attribute; lenient mode keeps a malformed name as sent
     */
    Attribute attribute(SdpLine l) throws SdpParseException {
        int colon = fields.indexOf(':', l.valueStart(), l.end());
        int nameEnd = colon < 0 ? l.end() : colon;
        if (!fields.isToken(l.valueStart(), nameEnd)) {
            reporter.report(SdpProblem.BAD_ATTRIBUTE, l.valueStart(), "an attribute name (token)",
                    fields.found(l.valueStart(), nameEnd));
        }
        String name = fields.str(l.valueStart(), nameEnd).strip();
        Optional<String> value = colon < 0 ? Optional.empty() : Optional.of(fields.str(colon + 1, l.end()));
        return new Attribute(name, value, l.number());
    }

    /** Start of the value of an attribute that has one: after the first colon. */
    int valueStart(SdpLine l) {
        return fields.indexOf(':', l.valueStart(), l.end()) + 1;
    }

    /** {@code a=rtpmap:<payload type> <encoding name>/<clock rate>[/<encoding parameters>]}. */
    Optional<RtpMap> rtpMap(SdpLine l) throws SdpParseException {
        int from = valueStart(l);
        int[] t = fields.tokens(from, l.end());
        if (t.length != 4) {
            reporter.report(SdpProblem.BAD_ATTRIBUTE, from, "<payload type> <encoding name>/<clock rate>",
                    fields.found(from, l.end()));
            return Optional.empty();
        }
        long pt = fields.digits(t[0], t[1]);
        if (pt < 0 || pt > MAX_PAYLOAD_TYPE) {
            reporter.report(SdpProblem.BAD_ATTRIBUTE, t[0], "a payload type 0..127", fields.found(t[0], t[1]));
            return Optional.empty();
        }
        int slash1 = fields.indexOf('/', t[2], t[3]);
        if (slash1 <= t[2]) {
            reporter.report(SdpProblem.BAD_ATTRIBUTE, t[2], "<encoding name>/<clock rate>",
                    fields.found(t[2], t[3]));
            return Optional.empty();
        }
        int slash2 = fields.indexOf('/', slash1 + 1, t[3]);
        long rate = fields.digits(slash1 + 1, slash2 < 0 ? t[3] : slash2);
        if (rate <= 0 || rate > Integer.MAX_VALUE) {
            reporter.report(SdpProblem.BAD_ATTRIBUTE, slash1 + 1, "a clock rate in Hz",
                    fields.found(slash1 + 1, t[3]));
            return Optional.empty();
        }
        OptionalInt channels = OptionalInt.empty();
        if (slash2 >= 0) {
            long ch = fields.digits(slash2 + 1, t[3]);
            if (ch < 1 || ch > 255) {
                reporter.report(SdpProblem.BAD_ATTRIBUTE, slash2 + 1, "a channel count",
                        fields.found(slash2 + 1, t[3]));
            } else {
                channels = OptionalInt.of((int) ch);
            }
        }
        return Optional.of(new RtpMap((int) pt, fields.str(t[2], slash1), (int) rate, channels, false));
    }

    /** {@code a=fmtp:<format> <format specific parameters>}. */
    Optional<Fmtp> fmtp(SdpLine l) throws SdpParseException {
        int from = valueStart(l);
        int i = from;
        while (i < l.end() && !SdpFields.isWhitespace(buf[i])) {
            i++;
        }
        if (i == from || !fields.isToken(from, i)) {
            reporter.report(SdpProblem.BAD_ATTRIBUTE, from, "<format> <parameters>", fields.found(from, l.end()));
            return Optional.empty();
        }
        int p = i;
        while (p < l.end() && SdpFields.isWhitespace(buf[p])) {
            p++;
        }
        if (p == l.end()) {
            reporter.report(SdpProblem.BAD_ATTRIBUTE, p, "format parameters after the format", "nothing");
        } else if (p - i != 1 || buf[i] != ' ') {
            reporter.report(SdpProblem.EXTRA_WHITESPACE, i, "one SP", "\"" + reporter.text(i, p) + "\"");
        }
        return Optional.of(new Fmtp(fields.str(from, i), fields.str(p, l.end())));
    }

    /** {@code a=ptime:<packet time>} and {@code a=maxptime:<maximum packet time>}: a positive decimal. */
    OptionalDouble millis(SdpLine l) throws SdpParseException {
        int from = valueStart(l);
        int i = from;
        int dots = 0;
        int digitCount = 0;
        for (; i < l.end(); i++) {
            byte b = buf[i];
            if (b == '.') {
                dots++;
            } else if (b >= '0' && b <= '9') {
                digitCount++;
            } else {
                break;
            }
        }
        if (i != l.end() || dots > 1 || digitCount == 0 || digitCount > 9 || buf[from] == '.') {
            reporter.report(SdpProblem.BAD_ATTRIBUTE, from, "a time in milliseconds",
                    fields.found(from, l.end()));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(fields.str(from, l.end())));
    }

    /** RFC 3605 §2.1 {@code a=rtcp:<port> [<nettype> <addrtype> <connection-address>]}. */
    Optional<Rtcp> rtcp(SdpLine l) throws SdpParseException {
        int from = valueStart(l);
        int i = from;
        while (i < l.end() && !SdpFields.isWhitespace(buf[i])) {
            i++;
        }
        int port = fields.port(from, i);
        if (port < 0) {
            reporter.report(SdpProblem.BAD_ATTRIBUTE, from, "an RTCP port 0..65535", fields.found(from, i));
            return Optional.empty();
        }
        if (i == l.end()) {
            return Optional.of(new Rtcp(port, Optional.empty()));
        }
        return Optional.of(new Rtcp(port, fields.connection(i + 1, l.end())));
    }
}
