package dev.sipdiag.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sipdiag.analysis.input.InputFormat;
import dev.sipdiag.analysis.input.SipInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden captures: every scenario folder with an {@code expected-findings.json} beside its {@code capture.pcap}
 * is read the way {@code sipdiag analyze} reads it (SipInput → SipEvents → CallAnalyzer) in English and Dutch.
 * {@code must} lists rule, category and severity that must be found; {@code mustNot} rule ids that must not;
 * {@code quiet} means no warning or error at all.
 */
class ScenarioFindingsTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> dirs = Files.list(SCENARIOS)) {
            List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("expected-findings.json")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(names).as("golden scenarios").isNotEmpty();
            return names.stream();
        }
    }

    static List<Finding> analyze(Path capture, Locale language) throws IOException {
        CallAnalyzer analyzer = new CallAnalyzer(language);
        SipInput in = new SipInput(InputFormat.AUTO, null, language, p -> {
            SipEvent e = SipEvents.of(p);
            if (e != null) {
                analyzer.accept(e);
            }
        }, problem -> { });
        in.read(capture.toString());
        AnalysisResult r = analyzer.finish();
        List<Finding> out = new ArrayList<>();
        r.calls().forEach(c -> out.addAll(c.findings()));
        r.exchanges().forEach(x -> out.addAll(x.findings()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void findingsMatchTheExpectation(String name) throws IOException {
        Path dir = SCENARIOS.resolve(name);
        check(name, dir.resolve("capture.pcap"), dir.resolve("expected-findings.json"));
    }

    /** Analyzes a capture in English and Dutch and checks the findings against an expected-findings.json. */
    static void check(String name, Path capture, Path expectation) throws IOException {
        JsonNode expected = JSON.readTree(expectation.toFile());
        List<Finding> en = analyze(capture, Locale.ENGLISH);
        List<Finding> nl = analyze(capture, Locale.forLanguageTag("nl"));
        for (JsonNode m : expected.get("must")) {
            assertThat(en).as(name + " must have " + m).anyMatch(f -> f.rule().equals(m.get("rule").asText())
                    && f.category().id().equals(m.get("category").asText())
                    && f.severity().equals(m.get("severity").asText()));
        }
        for (JsonNode r : expected.get("mustNot")) {
            assertThat(en).as(name + " must not have " + r.asText()).noneMatch(f -> f.rule().equals(r.asText()));
        }
        if (expected.get("quiet").asBoolean()) {
            assertThat(en).as(name + " is a normal call").allMatch(f -> f.severity().equals("info"));
        }
        assertThat(nl).as("the same findings in Dutch").hasSameSizeAs(en);
        for (int i = 0; i < en.size(); i++) {
            assertThat(nl.get(i).rule()).isEqualTo(en.get(i).rule());
            assertThat(nl.get(i).messages()).isEqualTo(en.get(i).messages());
            assertThat(nl.get(i).message()).isNotEqualTo(en.get(i).message());
        }
    }
}
