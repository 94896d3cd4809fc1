package dev.sipdiag.sip.sdp;

import dev.sipdiag.sip.body.BodyWarning;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders a parsed description as flat {@code key=value} pairs, the format of the expected-result files beside
 * the SDP test files. Every value diagnosis relies on appears, so a change in behaviour changes the rendering.
 */
final class SdpSnapshot {

    private SdpSnapshot() {
    }

    static Map<String, String> render(SessionDescription sd) {
        Map<String, String> out = new TreeMap<>();
        out.put("version", Integer.toString(sd.version()));
        out.put("origin", sd.origin().map(o -> String.join(" ", o.username(), o.sessionId(), o.sessionVersion(),
                o.netType(), o.addrType(), o.unicastAddress())).orElse(""));
        out.put("name", sd.sessionName());
        out.put("connection", sd.connection().map(Connection::toString).orElse(""));
        out.put("bandwidth", sd.bandwidths().stream().map(b -> b.type() + ":" + b.value())
                .collect(Collectors.joining(",")));
        out.put("timing", sd.timings().stream()
                .map(t -> t.start() + " " + t.stop() + t.repeats().stream().map(r -> " r=" + r)
                        .collect(Collectors.joining()))
                .collect(Collectors.joining(",")));
        out.put("attributes", sd.attributes().stream().map(a -> a.name()).collect(Collectors.joining(",")));
        out.put("direction", sd.direction().map(Direction::attributeName).orElse(""));
        out.put("hold", Boolean.toString(sd.isHold()));
        out.put("media.count", Integer.toString(sd.media().size()));
        for (int i = 0; i < sd.media().size(); i++) {
            MediaDescription m = sd.media().get(i);
            String k = "media." + i;
            out.put(k, m.media() + " " + m.port() + "/" + m.portCount() + " " + m.protocol() + " "
                    + String.join(" ", m.formats()));
            out.put(k + ".connection", sd.effectiveConnection(m).map(Connection::toString).orElse(""));
            out.put(k + ".codecs", String.join(",", sd.codecs(m)));
            out.put(k + ".rtpmap", m.rtpMaps().stream().map(r -> r.payloadType() + " " + r.encoding())
                    .collect(Collectors.joining(",")));
            out.put(k + ".fmtp", m.fmtps().stream().map(f -> f.format() + " " + f.parameters())
                    .collect(Collectors.joining(",")));
            out.put(k + ".ptime", millis(m.ptime()));
            out.put(k + ".maxptime", millis(m.maxPtime()));
            out.put(k + ".direction", sd.direction(m).attributeName());
            out.put(k + ".hold", Boolean.toString(sd.isHold(m)));
            out.put(k + ".rtcp", m.rtcp().map(r -> r.port() + r.connection().map(c -> " " + c).orElse(""))
                    .orElse(""));
            out.put(k + ".bandwidth", m.bandwidths().stream().map(b -> b.type() + ":" + b.value())
                    .collect(Collectors.joining(",")));
            out.put(k + ".security", (m.hasCrypto() ? "crypto" : "") + (sd.hasFingerprint(m) ? "fingerprint" : ""));
            out.put(k + ".candidates", Integer.toString(m.iceCandidateCount()));
        }
        out.put("warnings", warnings(sd.warnings()));
        return out;
    }

    static String warnings(List<BodyWarning> warnings) {
        return warnings.stream().map(w -> w.code() + "@" + w.line() + ":" + w.column())
                .collect(Collectors.joining(","));
    }

    private static String millis(OptionalDouble v) {
        if (v.isEmpty()) {
            return "";
        }
        double d = v.getAsDouble();
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
