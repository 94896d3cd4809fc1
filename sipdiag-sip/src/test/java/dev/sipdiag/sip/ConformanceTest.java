package dev.sipdiag.sip;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * RFC 4475 and RFC 5118 torture messages, driven by the {@code NAME.expect} sidecar files next to each
 * {@code NAME.dat} (see src/test/resources/README.md).
 */
class ConformanceTest {

    record Case(String set, String name, byte[] bytes, String verdict, String code) {
        @Override
        public String toString() {
            return set + "/" + name + " (" + verdict + (code == null ? "" : " " + code) + ")";
        }
    }

    static Stream<Case> cases() throws IOException {
        return Stream.concat(load("rfc4475"), load("rfc5118"));
    }

    static Stream<Case> load(String set) throws IOException {
        Path dir = resourceDir(set);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> expects = files.filter(p -> p.toString().endsWith(".expect")).sorted().toList();
            return expects.stream().map(e -> {
                try {
                    Properties p = new Properties();
                    p.load(new StringReader(Files.readString(e)));
                    String name = e.getFileName().toString().replace(".expect", "");
                    byte[] bytes = Files.readAllBytes(dir.resolve(name + ".dat"));
                    String verdict = p.getProperty("verdict");
                    String code = p.getProperty("error", p.getProperty("warning"));
                    return new Case(set, name, bytes, verdict, code);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }).toList().stream();
        }
    }

    static Path resourceDir(String name) {
        try {
            return Path.of(ConformanceTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void strictModeVerdict(Case c) {
        switch (c.verdict()) {
            case "valid" -> {
                SipMessage m = SipParser.parse(c.bytes(), ParseMode.STRICT);
                assertThat(m.issues()).noneMatch(ParseIssue::violation);
            }
            case "invalid" -> {
                SipParseException e = catchThrowableOfType(SipParseException.class,
                        () -> SipParser.parse(c.bytes(), ParseMode.STRICT));
                assertThat(e).as("strict parse of %s must fail", c.name()).isNotNull();
                assertThat(e.code().code()).isEqualTo(c.code());
                assertThat(e.line()).isPositive();
                assertThat(e.column()).isPositive();
            }
            case "warning" -> {
                SipMessage m = SipParser.parse(c.bytes(), ParseMode.STRICT);
                assertThat(m.issues()).extracting(i -> i.code().code()).contains(c.code());
            }
            default -> throw new IllegalArgumentException("unknown verdict " + c.verdict());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lenientModeNeverThrowsAndRecordsTheProblem(Case c) {
        SipMessage m = SipParser.parse(c.bytes(), ParseMode.LENIENT);
        switch (c.verdict()) {
            case "valid" -> assertThat(m.issues()).noneMatch(ParseIssue::violation);
            case "invalid" -> assertThat(m.issues()).filteredOn(ParseIssue::violation)
                    .extracting(i -> i.code().code()).contains(c.code());
            case "warning" -> assertThat(m.issues()).filteredOn(i -> !i.violation())
                    .extracting(i -> i.code().code()).contains(c.code());
            default -> throw new IllegalArgumentException("unknown verdict " + c.verdict());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTripGivesTheSameBytes(Case c) throws IOException {
        SipMessage m = SipParser.parse(c.bytes(), ParseMode.LENIENT);
        byte[] expected = Arrays.copyOfRange(c.bytes(), m.arrayOffset(), m.arrayOffset() + m.length());
        assertThat(m.toBytes()).isEqualTo(expected);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        m.writeTo(out);
        assertThat(out.toByteArray()).isEqualTo(expected);
        // Only a datagram's trailing bytes (RFC 3261 §18.3) may be left out.
        if (m.arrayOffset() + m.length() < c.bytes().length) {
            assertThat(m.issues()).extracting(ParseIssue::code).contains(IssueCode.TRAILING_BYTES);
        }
    }

    static Stream<Path> otherMessageFiles() throws IOException {
        return Stream.concat(Files.list(resourceDir("streams")), Files.list(resourceDir("pkts"))).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherMessageFiles")
    void streamAndRegressionFilesParseLeniently(Path file) throws IOException {
        byte[] data;
        try (InputStream in = Files.newInputStream(file)) {
            data = in.readAllBytes();
        }
        List<SipLogSplitter.Span> spans = SipLogSplitter.split(data);
        assertThat(spans).isNotEmpty();
        for (SipLogSplitter.Span s : spans) {
            assertThatCode(() -> {
                SipMessage m = SipParser.parse(data, s.offset(), s.length(), ParseMode.LENIENT);
                assertThat(m.callId()).isNotNull();
                assertThat(m.cseqNumber()).isNotNegative();
            }).as("%s message at line %d", file.getFileName(), s.line()).doesNotThrowAnyException();
        }
    }
}
