package dev.sipdiag.sip.body;

import dev.sipdiag.sip.sdp.SdpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Conformance: each {@code src/test/resources/multipart/NAME.body} is parsed with the {@code content-type} of
 * {@code NAME.expected.properties}; {@code strict} is {@code ok} or {@code <code>@<line>:<column>}, the other keys
 * are the lenient rendering of {@link MultipartSnapshot}.
 */
class MultipartParserTest {

    static Path dir() throws URISyntaxException {
        return Path.of(MultipartParserTest.class.getResource("/multipart").toURI());
    }

    static Stream<String> files() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".body")).sorted().toList()
                    .stream();
        }
    }

    static Map<String, String> expected(String name) throws IOException, URISyntaxException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir().resolve(name.replace(".body", ".expected.properties")),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void matchesExpectedResult(String name) throws Exception {
        byte[] body = Files.readAllBytes(dir().resolve(name));
        Map<String, String> expected = expected(name);
        MediaType type = MediaType.parse(expected.remove("content-type"));
        String strict = expected.remove("strict");
        assertThat(strict).isNotNull();

        MultipartBody lenient = MultipartParser.parse(body, 0, body.length, type, BodyParseMode.LENIENT);
        assertThat(MultipartSnapshot.render(lenient)).isEqualTo(expected);
        if (strict.equals("ok")) {
            MultipartBody s = MultipartParser.parse(body, 0, body.length, type, BodyParseMode.STRICT);
            assertThat(MultipartSnapshot.render(s)).isEqualTo(expected);
            assertThat(lenient.warnings()).isEmpty();
        } else {
            MimeParseException e = catchThrowableOfType(MimeParseException.class,
                    () -> MultipartParser.parse(body, 0, body.length, type, BodyParseMode.STRICT));
            assertThat(e).as("strict mode must reject " + name).isNotNull();
            assertThat(e.code() + "@" + e.line() + ":" + e.column()).isEqualTo(strict);
        }
    }

    @Test
    void theSdpPartParsesAsSdp() throws Exception {
        byte[] body = Files.readAllBytes(dir().resolve("sdp-isup.body"));
        MultipartBody m = MultipartParser.parse(body, 0, body.length,
                MediaType.parse("multipart/mixed;boundary=unique-boundary-1"), BodyParseMode.STRICT);
        byte[] sdp = m.findSdp().orElseThrow().body();
        assertThat(SdpParser.parse(sdp, 0, sdp.length, BodyParseMode.LENIENT).media().get(0).port())
                .isEqualTo(20000);
        assertThat(m.find("application", "isup")).hasValueSatisfying(p -> {
            assertThat(p.disposition()).hasValue("signal;handling=optional");
            assertThat(p.contentType().parameter("version")).hasValue("itu-t92+");
            assertThat(p.body()).startsWith(0x01, 0x00, 0x49).endsWith(0x06, 0x10, 0x04, 0x00);
        });
    }

    @Test
    void nestingBeyondTheLimitIsAnErrorInLenientModeToo() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int d = 1; d <= BodyLimits.MAX_DEPTH; d++) {
            sb.append("--b").append(d).append("\r\nContent-Type: multipart/mixed;boundary=b").append(d + 1)
                    .append("\r\n\r\n");
        }
        sb.append("--b").append(BodyLimits.MAX_DEPTH + 1).append("\r\n\r\nx\r\n");
        byte[] body = sb.toString().getBytes(StandardCharsets.US_ASCII);
        MimeParseException e = catchThrowableOfType(MimeParseException.class, () -> MultipartParser.parse(body, 0,
                body.length, MediaType.parse("multipart/mixed;boundary=b1"), BodyParseMode.LENIENT));
        assertThat(e.problem()).isEqualTo(MimeProblem.TOO_DEEP);
        assertThat(e.line()).isEqualTo(3 * BodyLimits.MAX_DEPTH + 1);
    }

    @ParameterizedTest
    @EnumSource(BodyParseMode.class)
    void partsBeyondTheLimitAreAnError(BodyParseMode mode) throws Exception {
        MediaType type = MediaType.parse("multipart/mixed;boundary=b");
        byte[] atLimit = ("--b\r\n\r\nx\r\n".repeat(BodyLimits.MAX_PARTS) + "--b--\r\n").getBytes(
                StandardCharsets.US_ASCII);
        assertThat(MultipartParser.parse(atLimit, 0, atLimit.length, type, mode).parts())
                .hasSize(BodyLimits.MAX_PARTS);
        byte[] over = ("--b\r\n\r\nx\r\n".repeat(BodyLimits.MAX_PARTS + 1) + "--b--\r\n").getBytes(
                StandardCharsets.US_ASCII);
        MimeParseException e = catchThrowableOfType(MimeParseException.class,
                () -> MultipartParser.parse(over, 0, over.length, type, mode));
        assertThat(e.problem()).isEqualTo(MimeProblem.TOO_MANY_PARTS);
    }

    @ParameterizedTest
    @EnumSource(BodyParseMode.class)
    void headerLinesBeyondTheLimitAreAnErrorEvenWhenMalformed(BodyParseMode mode) throws Exception {
        MediaType type = MediaType.parse("multipart/mixed;boundary=b");
        byte[] junk = ("--b\r\n" + "no colon here\r\n".repeat(BodyLimits.MAX_PART_HEADERS + 1) + "\r\nx\r\n--b--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        MimeParseException e = catchThrowableOfType(MimeParseException.class,
                () -> MultipartParser.parse(junk, 0, junk.length, type, mode));
        assertThat(e.problem()).isEqualTo(mode == BodyParseMode.STRICT ? MimeProblem.BAD_PART_HEADER
                : MimeProblem.TOO_MANY_PART_HEADERS);
        if (mode == BodyParseMode.LENIENT) {
            assertThat(e.line()).isEqualTo(BodyLimits.MAX_PART_HEADERS + 2);
        }
    }

    @Test
    void refusesANonMultipartType() {
        assertThatThrownBy(() -> MultipartParser.parse(new byte[0], 0, 0, MediaType.APPLICATION_SDP,
                BodyParseMode.LENIENT)).isInstanceOf(IllegalArgumentException.class);
    }
}
