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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden scenarios (src/test/resources/scenarios, made with SIPp and Kamailio on loopback): each capture
 * analysed as {@code sipdiag analyze} does gives the outcomes, final statuses, legs, challenges, ends and
 * timings its expected.json states, and tshark's message counts.
 */
class ScenariosTest {
    static final Path DIR = TestFiles.repoRoot().resolve("sipdiag-analysis/src/test/resources/scenarios");
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("expected.json")))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** Analyses a capture the way the CLI does. */
    static AnalysisResult analyze(Path capture) throws IOException {
        CallAnalyzer analyzer = new CallAnalyzer(Locale.ENGLISH);
        SipInput in = new SipInput(InputFormat.AUTO, null, Locale.ENGLISH, p -> {
            SipEvent e = SipEvents.of(p);
            if (e != null) {
                analyzer.accept(e);
            }
        }, problem -> { });
        in.read(capture.toString());
        return analyzer.finish();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void analysisMatchesTheScenario(String name) throws IOException {
        JsonNode exp = JSON.readTree(DIR.resolve(name).resolve("expected.json").toFile());
        AnalysisResult r = analyze(DIR.resolve(name).resolve("capture.pcap"));

        assertThat(r.requests()).as("requests").isEqualTo(counts(exp.path("messages").path("requests")));
        assertThat(r.responses()).as("responses").isEqualTo(counts(exp.path("messages").path("responses")));

        List<JsonNode> calls = expand(exp.path("calls"));
        assertThat(r.calls()).as("calls").hasSize(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            JsonNode e = calls.get(i);
            Call c = r.calls().get(i);
            String what = name + " call " + (i + 1) + " (" + c.callId() + ")";
            assertThat(c.outcome().id()).as(what + " outcome").isEqualTo(e.get("outcome").asText());
            assertThat(c.finalStatus()).as(what + " finalStatus")
                    .isEqualTo(e.path("finalStatus").isNull() ? null : e.path("finalStatus").asInt());
            if (e.has("legs")) {
                assertThat(c.legs()).as(what + " legs").hasSize(e.get("legs").asInt());
            }
            if (e.has("authChallenges")) {
                assertThat(c.authChallenges()).as(what + " challenges").isEqualTo(e.get("authChallenges").asInt());
            }
            if (e.has("endedBy")) {
                assertThat(c.endedBy()).as(what + " endedBy")
                        .isEqualTo(e.get("endedBy").isNull() ? null : e.get("endedBy").asText());
            }
            if (e.has("minRetransmissions")) {
                assertThat(c.retransmissions()).as(what + " retransmissions")
                        .isGreaterThanOrEqualTo(e.get("minRetransmissions").asInt());
            }
            if (e.has("redirectFollowed")) {
                assertThat(c.redirectFollowed()).as(what + " redirectFollowed")
                        .isEqualTo(e.get("redirectFollowed").asBoolean());
            }
            if (e.has("setupMsMin")) {
                assertThat(c.setupMs()).as(what + " setupMs").isNotNull()
                        .isBetween(e.get("setupMsMin").asLong(), e.path("setupMsMax").asLong(Long.MAX_VALUE));
            }
        }

        List<JsonNode> exchanges = expand(exp.path("exchanges"));
        assertThat(r.exchanges()).as("exchanges").hasSize(exchanges.size());
        for (int i = 0; i < exchanges.size(); i++) {
            JsonNode e = exchanges.get(i);
            Exchange x = r.exchanges().get(i);
            String what = name + " exchange " + (i + 1) + " (" + x.method() + " " + x.callId() + ")";
            assertThat(x.method()).as(what + " method").isEqualTo(e.get("method").asText());
            assertThat(x.outcome()).as(what + " outcome").isEqualTo(e.get("outcome").asText());
            if (e.has("finalStatus")) {
                assertThat(x.finalStatus()).as(what + " finalStatus")
                        .isEqualTo(e.get("finalStatus").isNull() ? null : e.get("finalStatus").asInt());
            }
            if (e.has("authChallenges")) {
                assertThat(x.authChallenges()).as(what + " challenges").isEqualTo(e.get("authChallenges").asInt());
            }
        }
    }

    /** Entries with "count": N stand for N alike entries. */
    private static List<JsonNode> expand(JsonNode arr) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : arr) {
            int k = n.path("count").asInt(1);
            for (int i = 0; i < k; i++) {
                out.add(n);
            }
        }
        return out;
    }

    private static Map<String, Integer> counts(JsonNode obj) {
        Map<String, Integer> m = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), e.getValue().asInt());
        }
        return m;
    }
}
