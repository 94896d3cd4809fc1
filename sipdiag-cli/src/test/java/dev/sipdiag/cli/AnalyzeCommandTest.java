package dev.sipdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} and {@code messages} in-process on the example capture shipped in the repo. */
class AnalyzeCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String EXAMPLE = example().toString();

    static Path example() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.exists(p.resolve("examples/trunk-trouble.pcap"))) {
            p = p.getParent();
        }
        return p.resolve("examples/trunk-trouble.pcap");
    }

    @Test
    void jsonHasSummaryMessagesCallsAndMetrics() throws Exception {
        Cli r = Cli.run("analyze", EXAMPLE, "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("schema").asInt()).isEqualTo(1);
        JsonNode s = root.get("summary");
        assertThat(s.get("packets").asInt()).isEqualTo(192);
        assertThat(s.get("sipMessages").asInt()).isEqualTo(192);
        assertThat(s.get("calls").asInt()).isEqualTo(30);
        assertThat(s.get("outcomes").get("answered").asInt()).isEqualTo(8);
        assertThat(s.get("outcomes").get("no-response").asInt()).isEqualTo(2);
        assertThat(root.get("messages").get("requests").get("INVITE").asInt()).isPositive();
        assertThat(root.get("calls")).hasSize(30);
        JsonNode first = root.get("calls").get(0);
        for (String f : new String[] {"callId", "from", "to", "startTime", "outcome", "finalStatus", "reason",
            "postDialDelayMs", "setupMs", "durationMs", "endedBy", "legs", "retransmissions", "findings"}) {
            assertThat(first.has(f)).as(f).isTrue();
        }
        assertThat(root.get("exchanges")).hasSize(1);
        assertThat(root.get("metrics").get("ser").asDouble()).isBetween(0.0, 100.0);
        // the digest: exchanges by method and outcome, and how many calls carry each finding, worst first
        assertThat(s.get("exchangeOutcomes").get("REGISTER").get("registered").asInt()).isEqualTo(1);
        JsonNode findings = s.get("findings");
        assertThat(findings.get(0).get("severity").asText()).isEqualTo("error");
        java.util.Map<String, Integer> byRule = new java.util.HashMap<>();
        findings.forEach(f -> byRule.put(f.get("rule").asText(), f.get("count").asInt()));
        assertThat(byRule).containsEntry("numbering", 5).containsEntry("codec", 3).containsEntry("no-response", 2);
        long callsWithCodec = 0;
        for (JsonNode c : root.get("calls")) {
            for (JsonNode f : c.get("findings")) {
                if (f.get("rule").asText().equals("codec")) {
                    callsWithCodec++;
                    break;
                }
            }
        }
        assertThat(callsWithCodec).isEqualTo(3);
    }

    @Test
    void textSummarySaysWhatWentWrongByFinding() {
        Cli r = Cli.run("analyze", EXAMPLE);
        assertThat(r.out()).contains("Other exchanges        1: 1 REGISTER registered")
                .contains("What went wrong").containsPattern("error +numbering +5 ");
    }

    @Test
    void failedOnlyAndCallFilter() throws Exception {
        JsonNode failed = JSON.readTree(Cli.run("analyze", EXAMPLE, "--format", "json", "--failed-only").out());
        assertThat(failed.get("calls")).hasSize(16);
        assertThat(failed.get("summary").get("calls").asInt()).isEqualTo(30); // counts stay the whole capture's
        for (JsonNode c : failed.get("calls")) {
            assertThat(c.get("outcome").asText()).isIn("failed", "no-response");
        }
        String id = failed.get("calls").get(0).get("callId").asText();
        JsonNode one = JSON.readTree(Cli.run("analyze", EXAMPLE, "--format", "json", "--call", id).out());
        assertThat(one.get("calls")).hasSize(1);
        assertThat(one.get("calls").get(0).get("callId").asText()).isEqualTo(id);
        Cli none = Cli.run("analyze", EXAMPLE, "--call", "no-such-call");
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("no-such-call");
    }

    @Test
    void csvIsOneRowPerCall(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("calls.csv");
        Cli r = Cli.run("analyze", EXAMPLE, "--format", "csv", "--output", out.toString());
        assertThat(r.exit()).isZero();
        String[] lines = Files.readString(out).split("\r\n");
        assertThat(lines[0]).startsWith("callId,startTime,from,to,");
        assertThat(lines).hasSize(31);
    }

    @Test
    void textShowsFailuresFirstInBothLanguages() {
        Cli en = Cli.run("analyze", EXAMPLE, "--lang", "en");
        assertThat(en.exit()).isZero();
        assertThat(en.out()).contains("Calls").contains("Failed calls by final response")
                .contains("sipdiag explain 503").contains("NO RESPONSE");
        assertThat(en.out().indexOf("NO RESPONSE")).isLessThan(en.out().indexOf("ANSWERED"));
        Cli nl = Cli.run("analyze", EXAMPLE, "--lang", "nl");
        assertThat(nl.out()).contains("Gesprekken").contains("Mislukte gesprekken per eindcode");
    }

    @Test
    void metricsAreWrittenInTheReadersLanguage() {
        // the example holds 30 calls of which 8 were answered: SER 26.7 %
        String en = Cli.run("analyze", EXAMPLE, "--lang", "en").out();
        assertThat(en).containsPattern("median \\d+ ms, mean \\d+ ms, p95 \\d+ ms \\(n=8\\)").contains("26.7 %");
        String nl = Cli.run("analyze", EXAMPLE, "--lang", "nl").out();
        assertThat(nl).containsPattern("mediaan \\d+ ms, gemiddeld \\d+ ms, p95 \\d+ ms \\(n=8\\)").contains("26,7 %")
                .contains("Antwoord-bezetverhouding (ASR").doesNotContain("median ").doesNotContain("26.7 %");
    }

    @Test
    void groupByAddsPerGroupMetrics() throws Exception {
        JsonNode g = JSON.readTree(Cli.run("analyze", EXAMPLE, "--format", "json", "--group-by", "trunk").out());
        assertThat(g.get("groups").get("by").asText()).isEqualTo("trunk");
        assertThat(g.get("groups").get("groups").size()).isGreaterThan(1);
        assertThat(Cli.run("analyze", EXAMPLE, "--group-by", "planet").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void unreadableInputsExitFour(@TempDir Path dir) throws Exception {
        Cli missing = Cli.run("analyze", dir.resolve("nope.pcap").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(missing.err()).contains("no such file");
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, new byte[] {0, 1, 2, 3, 4, 5, 6, 7});
        Cli bad = Cli.run("messages", junk.toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(bad.err()).contains("not a pcap");
    }

    @Test
    void unknownLogFormatIsAUsageErrorNamingTheFormats() {
        Cli r = Cli.run("messages", EXAMPLE, "--input-format", "log:nope");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("asterisk-pjsip").contains("log:nope");
    }

    @Test
    void messagesCountsLikeTshark() throws Exception {
        JsonNode s = JSON.readTree(Cli.run("messages", EXAMPLE, "--format", "json", "--summary-only").out())
                .get("summary");
        assertThat(s.get("sipMessages").asInt()).isEqualTo(192);
        assertThat(s.get("requests").get("REGISTER").asInt()).isEqualTo(1);
        Cli nd = Cli.run("messages", EXAMPLE, "--format", "ndjson");
        assertThat(nd.out().lines()).hasSize(193);
        Cli text = Cli.run("messages", EXAMPLE);
        assertThat(text.out()).contains("127.0.0.1").contains("Call-ID").contains("192 SIP messages");
    }
}
