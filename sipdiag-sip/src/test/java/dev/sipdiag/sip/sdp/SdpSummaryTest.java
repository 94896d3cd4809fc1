package dev.sipdiag.sip.sdp;

import dev.sipdiag.sip.body.BodyParseMode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick scan agrees with the full parser: on every session description of the conformance corpus, and on
 * thousands of damaged variants of them, {@link SdpSummary#scan} either declines (null) or gives exactly what
 * {@link SdpParser} gives for the origin, the chosen stream's address and its codecs.
 */
class SdpSummaryTest {
    /** Damaged variants tried per corpus file. */
    static final int MUTATIONS = 300;

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(SdpParserTest.dir())) {
            return s.filter(p -> p.toString().endsWith(".sdp")).sorted().toList().stream();
        }
    }

    /** The parser's answer in the form of a summary; null when the parser cannot read the body at all. */
    static SdpSummary full(byte[] b) {
        SessionDescription sd;
        try {
            sd = SdpParser.parse(b, 0, b.length, BodyParseMode.LENIENT);
        } catch (SdpParseException | RuntimeException e) {
            return null;
        }
        String origin = sd.origin().map(Origin::unicastAddress).orElse(null);
        if (sd.media().isEmpty()) {
            return new SdpSummary(origin, null, List.of(), false);
        }
        MediaDescription md = sd.media().get(0);
        for (MediaDescription x : sd.media()) {
            if ("audio".equals(x.media())) {
                md = x;
                break;
            }
        }
        return new SdpSummary(origin, sd.effectiveConnection(md).map(Connection::address).orElse(null),
                List.copyOf(sd.codecs(md)), true);
    }

    /** Whether the quick scan read the body (and agreed); false when it declined. */
    static boolean agree(byte[] b, String what) {
        SdpSummary quick = SdpSummary.scan(b, 0, b.length);
        if (quick != null) {
            assertThat(quick).as(what + ":\n" + new String(b, StandardCharsets.ISO_8859_1)).isEqualTo(full(b));
        }
        return quick != null;
    }

    @Test
    void readsMostOfTheCorpus() throws Exception {
        long read = corpus().filter(p -> {
            try {
                return agree(Files.readAllBytes(p), p.toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).count();
        // the corpus holds many deliberately broken files; the plain ones must take the quick path
        assertThat(read).isGreaterThanOrEqualTo(corpus().count() / 3);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void agreesWithTheParser(Path sdp) throws IOException {
        agree(Files.readAllBytes(sdp), sdp.getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void agreesWithTheParserOnDamagedVariants(Path sdp) throws IOException {
        byte[] original = Files.readAllBytes(sdp);
        Random r = new Random(sdp.getFileName().toString().hashCode());
        byte[] alphabet = " /:=\r\n\t0123456789aAcmoRTP.-x".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] b = original.clone();
            int edits = 1 + r.nextInt(3);
            for (int k = 0; k < edits && b.length > 0; k++) {
                int at = r.nextInt(b.length);
                switch (r.nextInt(3)) {
                    case 0 -> b[at] = alphabet[r.nextInt(alphabet.length)];
                    case 1 -> b = splice(b, at, 1, new byte[0]);
                    default -> b = splice(b, at, 0, new byte[] {alphabet[r.nextInt(alphabet.length)]});
                }
            }
            agree(b, sdp.getFileName() + " variant " + i);
        }
    }

    @Test
    void readsAPlainOffer() {
        byte[] b = ("v=0\r\no=alice 2890844526 2890844526 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 198.51.100.7\r\n"
                + "t=0 0\r\nm=video 51372 RTP/AVP 31\r\nc=IN IP4 198.51.100.9\r\nm=audio 49170 RTP/AVP 18 0 101\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\n").getBytes(StandardCharsets.US_ASCII);
        SdpSummary s = SdpSummary.scan(b, 0, b.length);
        assertThat(s).isEqualTo(new SdpSummary("198.51.100.7", "198.51.100.7", List.of("G729", "PCMU",
                "telephone-event"), true));
        assertThat(s).isEqualTo(full(b));
    }

    @Test
    void declinesWhatItDoesNotRead() {
        for (String sdp : List.of("v=0\r\no=a b 1 1 IN IP4 192.0.2.1\r\n", "v=0\r\nc=IN IP4 224.2.1.1/127\r\n",
                "v=0\r\nm=audio 49170  RTP/AVP 0\r\n", "v=0\r\nm=audio x RTP/AVP 0\r\n", "V=0\r\n",
                "v=0\r\nm=audio 4 RTP/AVP 0\r\na=rtpmap:0 PCMU/0\r\n", "v=0\r\n\r\nm=audio 4 RTP/AVP 0\r\n")) {
            byte[] b = sdp.getBytes(StandardCharsets.ISO_8859_1);
            assertThat(SdpSummary.scan(b, 0, b.length)).as(sdp).isNull();
        }
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        List<Byte> out = new ArrayList<>(b.length + insert.length);
        for (int i = 0; i < at; i++) {
            out.add(b[i]);
        }
        for (byte x : insert) {
            out.add(x);
        }
        for (int i = at + remove; i < b.length; i++) {
            out.add(b[i]);
        }
        byte[] r = new byte[out.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = out.get(i);
        }
        return r;
    }
}
