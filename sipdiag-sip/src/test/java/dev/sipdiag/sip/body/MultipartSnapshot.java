package dev.sipdiag.sip.body;

import dev.sipdiag.sip.body.internal.Locations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders a parsed multipart body as flat {@code key=value} pairs, the format of the expected-result files in
 * {@code src/test/resources/multipart}. Parts are keyed by path: {@code part.1.0} is the first part of the body
 * nested in the second part.
 */
final class MultipartSnapshot {

    /** How many leading characters of a part's content the rendering shows. */
    static final int HEAD = 24;

    private MultipartSnapshot() {
    }

    static Map<String, String> render(MultipartBody body) {
        Map<String, String> out = new TreeMap<>();
        parts(out, "part", body.parts());
        out.put("sdp", body.findSdp().map(p -> Integer.toString(p.offset())).orElse(""));
        out.put("warnings", body.warnings().stream().map(w -> w.code() + "@" + w.line() + ":" + w.column())
                .collect(Collectors.joining(",")));
        return out;
    }

    private static void parts(Map<String, String> out, String prefix, List<BodyPart> parts) {
        out.put(prefix + ".count", Integer.toString(parts.size()));
        for (int i = 0; i < parts.size(); i++) {
            BodyPart p = parts.get(i);
            String k = prefix + "." + i;
            out.put(k + ".type", p.contentType().toString());
            out.put(k + ".headers", p.headers().stream().map(PartHeader::name).collect(Collectors.joining(",")));
            out.put(k + ".disposition", p.disposition().orElse(""));
            out.put(k + ".offset", Integer.toString(p.offset()));
            out.put(k + ".length", Integer.toString(p.body().length));
            byte[] b = p.body();
            out.put(k + ".head", Locations.printable(b, 0, Math.min(HEAD, b.length)));
            p.nested().ifPresent(n -> parts(out, k, n.parts()));
        }
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
