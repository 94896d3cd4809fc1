package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Endpoint;
import dev.sipdiag.capture.Payload;
import dev.sipdiag.capture.Problem;
import dev.sipdiag.capture.TextLogFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads every sample in src/test/resources/logs and compares with its expected-result file. */
class LogSamplesTest {
    static Stream<String> samples() throws IOException {
        return lines("/logs/index.txt").stream().filter(l -> !l.isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleReadsAsExpected(String sample) throws IOException {
        List<String[]> expected = lines("/logs/" + sample.substring(0, sample.lastIndexOf('.')) + ".expected.tsv").stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        String formatName = value(expected, "format");
        byte[] content;
        try (InputStream in = LogSamplesTest.class.getResourceAsStream("/logs/" + sample)) {
            content = in.readAllBytes();
        }

        assertThat(LogFormats.detect(content, content.length)).map(TextLogFormat::name).contains(formatName);

        LineLogFormat format = (LineLogFormat) LogFormats.byName(formatName).orElseThrow();
        Collector got = new Collector();
        LogStats stats = format.scan(new java.io.ByteArrayInputStream(content), got);

        assertThat(stats).isEqualTo(new LogStats(Long.parseLong(value(expected, "messages")),
                Long.parseLong(value(expected, "problems")), Long.parseLong(value(expected, "noiseLines")),
                Long.parseLong(value(expected, "escapedLines"))));
        List<String[]> messages = rows(expected, "message");
        assertThat(got.payloads).hasSize(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            String[] row = messages.get(i);
            Payload payload = got.payloads.get(i);
            String text = new String(payload.data(), StandardCharsets.ISO_8859_1);
            String where = sample + " message " + row[1];
            assertThat(payload.frameNumber()).as(where + " frame").isEqualTo(Long.parseLong(row[2]));
            assertThat(text.substring(0, text.indexOf("\r\n"))).as(where + " first line").isEqualTo(row[3]);
            assertThat(endpoint(payload.source())).as(where + " source").isEqualTo(row[4]);
            assertThat(endpoint(payload.destination())).as(where + " destination").isEqualTo(row[5]);
            assertThat(payload.transport().name()).as(where + " transport").isEqualTo(row[6]);
            assertThat(payload.timestampNanos()).as(where + " time").isEqualTo(time(row[7]));
            assertThat(payload.data()).as(where + " length").hasSize(Integer.parseInt(row[8]));
            assertThat(payload.encapsulation()).isEqualTo("log:" + formatName);
            assertThat(payload.interfaceId()).isZero();
            assertThat(payload.correlationId()).isNull();
        }
        assertThat(got.problems).extracting(Problem::reason, Problem::frameNumber)
                .containsExactlyElementsOf(rows(expected, "problem").stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r[1], Long.parseLong(r[2]))).toList());
    }

    private static String endpoint(Endpoint endpoint) {
        return endpoint == null ? "-" : endpoint.toString();
    }

    private static long time(String text) {
        if (text.equals("-")) {
            return Payload.NO_TIME;
        }
        Instant instant = Instant.parse(text);
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static String value(List<String[]> rows, String key) {
        return rows.stream().filter(r -> r[0].equals(key)).findFirst().orElseThrow(() -> new AssertionError(key))[1];
    }

    private static List<String[]> rows(List<String[]> rows, String key) {
        return rows.stream().filter(r -> r[0].equals(key)).toList();
    }

    static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                LogSamplesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.add(line);
            }
        }
        return out;
    }
}
