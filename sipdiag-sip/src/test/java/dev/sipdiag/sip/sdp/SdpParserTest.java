package dev.sipdiag.sip.sdp;

import dev.sipdiag.sip.body.BodyParseMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Conformance: every {@code src/test/resources/sdp/NAME.sdp} is parsed in both modes and compared with
 * {@code NAME.expected.properties}. The key {@code strict} holds {@code ok} or {@code <code>@<line>:<column>} of
 * the error strict mode must raise; every other key is the lenient rendering of {@link SdpSnapshot}. When strict
 * mode succeeds its result must equal the lenient one and carry no warnings.
 */
class SdpParserTest {

    static Path dir() throws URISyntaxException {
        return Path.of(SdpParserTest.class.getResource("/sdp").toURI());
    }

    static Stream<String> files() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sdp")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void matchesExpectedResult(String name) throws Exception {
        byte[] sdp = Files.readAllBytes(dir().resolve(name));
        Path expectedFile = dir().resolve(name.replace(".sdp", ".expected.properties"));
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(expectedFile, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> expected = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> expected.put(k, p.getProperty(k)));
        String strict = expected.remove("strict");
        assertThat(strict).as("expected file names the strict outcome").isNotNull();

        SessionDescription lenient = SdpParser.parse(sdp, 0, sdp.length, BodyParseMode.LENIENT);
        assertThat(SdpSnapshot.render(lenient)).isEqualTo(expected);

        if (strict.equals("ok")) {
            SessionDescription s = SdpParser.parse(sdp, 0, sdp.length, BodyParseMode.STRICT);
            assertThat(s.warnings()).isEmpty();
            assertThat(SdpSnapshot.render(s)).isEqualTo(expected);
            assertThat(lenient.warnings()).isEmpty();
        } else {
            SdpParseException e = catchThrowableOfType(SdpParseException.class,
                    () -> SdpParser.parse(sdp, 0, sdp.length, BodyParseMode.STRICT));
            assertThat(e).as("strict mode must reject " + name).isNotNull();
            assertThat(e.code() + "@" + e.line() + ":" + e.column()).isEqualTo(strict);
            assertThat(lenient.warnings()).as("lenient mode warns about what strict mode rejects")
                    .extracting(w -> w.code() + "@" + w.line() + ":" + w.column()).contains(strict);
        }
    }

    @Test
    void parsesASliceOfALargerBufferWithOffsetsRelativeToTheSlice() throws Exception {
        String body = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 0\r\na=ptime:20\n";
        byte[] framed = ("INVITE sip:x SIP/2.0\r\n\r\n" + body + "trailing junk").getBytes(StandardCharsets.UTF_8);
        int off = framed.length - body.length() - "trailing junk".length();
        SessionDescription sd = SdpParser.parse(framed, off, body.length(), BodyParseMode.LENIENT);
        assertThat(sd.media()).singleElement().satisfies(m -> assertThat(m.ptime()).hasValue(20.0));
        assertThat(sd.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("sdp.lf-line-end");
            assertThat(w.offset()).isEqualTo(body.length() - 1);
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.column()).isEqualTo(11);
        });
    }

    @Test
    void errorSaysWhereWhatWasExpectedAndWhatWasFound() {
        SdpParseException e = catchThrowableOfType(SdpParseException.class, () -> SdpParser.parse(
                "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n"
                        + "a=rtpmap:0 PCMU/fast\r\n", BodyParseMode.STRICT));
        assertThat(e.problem()).isEqualTo(SdpProblem.BAD_ATTRIBUTE);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo(17);
        assertThat(e.expected()).isEqualTo("a clock rate in Hz");
        assertThat(e.found()).isEqualTo("\"fast\"");
        assertThat(e.quote()).isEqualTo("a=rtpmap:0 PCMU/fast");
        assertThat(e.getMessage()).isEqualTo("sdp.bad-attribute at 7:17 (offset 103): expected a clock rate in Hz"
                + " but found \"fast\" in \"a=rtpmap:0 PCMU/fast\"");
    }

    @Test
    void rejectsARangeOutsideTheBuffer() {
        assertThatThrownBy(() -> SdpParser.parse(new byte[4], 2, 3, BodyParseMode.LENIENT))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void textFieldsAreUtf8() throws Exception {
        SessionDescription sd = SdpParser.parse("v=0\r\no=- 1 1 IN IP4 h\r\ns=Vergadering één\r\nt=0 0\r\n",
                BodyParseMode.STRICT);
        assertThat(sd.sessionName()).isEqualTo("Vergadering één");
        assertThat(sd.media()).isEmpty();
        assertThat(sd.isHold()).isFalse();
    }

    @Test
    void staticPayloadTypesFollowRfc3551() {
        assertThat(StaticPayloadTypes.lookup(0)).hasValueSatisfying(m -> assertThat(m.encoding())
                .isEqualTo("PCMU/8000"));
        assertThat(StaticPayloadTypes.lookup(9)).hasValueSatisfying(m -> assertThat(m.clockRate()).isEqualTo(8000));
        assertThat(StaticPayloadTypes.lookup(18)).hasValueSatisfying(m -> assertThat(m.encodingName())
                .isEqualTo("G729"));
        assertThat(StaticPayloadTypes.lookup(34)).hasValueSatisfying(m -> assertThat(m.encodingName())
                .isEqualTo("H263"));
        assertThat(List.of(1, 2, 19, 20, 24, 27, 29, 30, 35, 96, -1))
                .allSatisfy(pt -> assertThat(StaticPayloadTypes.lookup(pt)).isEmpty());
    }
}
