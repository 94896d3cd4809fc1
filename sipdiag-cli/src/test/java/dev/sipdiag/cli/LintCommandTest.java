package dev.sipdiag.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LintCommandTest {

    private static final String VALID = """
            OPTIONS sip:bob@example.com SIP/2.0
            Via: SIP/2.0/UDP host.example.com;branch=z9hG4bKx1
            Max-Forwards: 70
            To: <sip:bob@example.com>
            From: <sip:alice@example.com>;tag=1
            Call-ID: c1@example.com
            CSeq: 1 OPTIONS
            Content-Length: 0

            """;

    private static final String RESPONSE = """
            SIP/2.0 486 Busy Here
            Via: SIP/2.0/UDP host.example.com;branch=z9hG4bKx1
            To: <sip:bob@example.com>;tag=2
            From: <sip:alice@example.com>;tag=1
            Call-ID: c1@example.com
            CSeq: 1 INVITE
            Content-Length: 0

            """;

    private static final String BAD_START = VALID.replace("OPTIONS sip:bob@example.com", "OPTIONS  sip:bob@example.com");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new LintCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void validMessagesExitZeroAndAreDescribed() throws IOException {
        Path f = write("two.txt", VALID + RESPONSE);
        Run r = run(f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("#1: request OPTIONS Call-ID c1@example.com — valid")
                .contains("#2: response 486 Call-ID c1@example.com — valid")
                .contains("2 message(s) checked, 0 invalid.");
    }

    @Test
    void invalidMessageExitsThreeWithLineColumnAndExplanation() throws IOException {
        Path f = write("bad.txt", VALID + "\n" + BAD_START);
        Run r = run(f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        // The second message starts on line 11 of the file (10 lines, then a blank separator line).
        assertThat(r.out()).contains("#2: request OPTIONS Call-ID c1@example.com — INVALID")
                .contains("error 11:8 invalid-request-line: The request line must be exactly");
    }

    @Test
    void jsonReportHasTheDocumentedFields() throws IOException {
        Path f = write("mixed.txt", RESPONSE + BAD_START);
        Run r = run("--format", "json", f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertThat(a.size()).isEqualTo(2);
        JsonNode first = a.get(0);
        assertThat(first.get("file").asText()).isEqualTo(f.toString());
        assertThat(first.get("index").asInt()).isEqualTo(1);
        assertThat(first.get("valid").asBoolean()).isTrue();
        assertThat(first.get("kind").asText()).isEqualTo("response");
        assertThat(first.get("status").asInt()).isEqualTo(486);
        assertThat(first.get("method").isNull()).isTrue();
        assertThat(first.get("callId").asText()).isEqualTo("c1@example.com");
        JsonNode second = a.get(1);
        assertThat(second.get("valid").asBoolean()).isFalse();
        assertThat(second.get("kind").asText()).isEqualTo("request");
        assertThat(second.get("method").asText()).isEqualTo("OPTIONS");
        JsonNode err = second.get("errors").get(0);
        assertThat(err.get("code").asText()).isEqualTo("invalid-request-line");
        assertThat(err.get("line").asInt()).isEqualTo(9);
        assertThat(err.get("column").asInt()).isEqualTo(8);
        assertThat(err.get("message").asText()).isNotBlank();
        assertThat(second.get("warnings").isArray()).isTrue();
    }

    @Test
    void strictModeStopsAtTheFirstErrorAndStillDescribesTheMessage() throws IOException {
        Path f = write("bad.txt", BAD_START.replace("CSeq: 1 OPTIONS", "CSeq: 1 INVITE"));
        Run lenient = run("--format", "json", f.toString());
        Run strict = run("--strict", "--format", "json", f.toString());
        JsonNode l = new ObjectMapper().readTree(lenient.out()).get(0);
        JsonNode s = new ObjectMapper().readTree(strict.out()).get(0);
        assertThat(l.get("errors").size()).isEqualTo(2);
        assertThat(s.get("errors").size()).isEqualTo(1);
        assertThat(s.get("errors").get(0).get("code").asText()).isEqualTo("invalid-request-line");
        assertThat(s.get("method").asText()).isEqualTo("OPTIONS");
        assertThat(strict.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void dutchExplanations() throws IOException {
        Path f = write("bad.txt", BAD_START);
        Run r = run("--lang", "nl", f.toString());
        assertThat(r.out()).contains("ONGELDIG").contains("fout 1:8").contains("De verzoekregel moet precies zijn");
    }

    @Test
    void lfOnlyFilesAreReadAsCrlfWithOneWarning() throws IOException {
        Path f = dir.resolve("lf.txt");
        Files.writeString(f, VALID + RESPONSE, StandardCharsets.UTF_8);
        Run r = run("--strict", f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("warning 1:1 bare-lf").contains("warning 10:1 bare-lf");
    }

    @Test
    void unreadableFileExitsFour() {
        Run r = run(dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(r.err()).contains("cannot read");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run().exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("--format", "xml", "x").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void fileWithoutSipIsInvalid() throws IOException {
        Path f = write("empty.txt", "\n\n");
        Run r = run(f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("empty-message");
    }

    @Test
    void rfc4475FilesAsAUserWouldRunThem() throws IOException {
        Path corpus = Path.of("..", "sipdiag-sip", "src", "test", "resources", "rfc4475");
        List<String> args = new ArrayList<>(List.of("--strict", "--format", "json"));
        List<Properties> expects = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path e : s.filter(p -> p.toString().endsWith(".expect")).sorted().toList()) {
                Properties p = new Properties();
                p.load(Files.newBufferedReader(e));
                expects.add(p);
                args.add(e.toString().replace(".expect", ".dat"));
            }
        }
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        JsonNode all = new ObjectMapper().readTree(r.out());
        int file = 0;
        String last = null;
        for (JsonNode n : all) {
            if (!n.get("file").asText().equals(last)) {
                last = n.get("file").asText();
                Properties p = expects.get(file++);
                // The first message of each file carries the file's verdict (dblreq.dat holds two valid ones).
                boolean valid = !"invalid".equals(p.getProperty("verdict"));
                assertThat(n.get("valid").asBoolean()).as(last).isEqualTo(valid);
                if (!valid) {
                    assertThat(n.get("errors").get(0).get("code").asText()).as(last).isEqualTo(p.getProperty("error"));
                }
            }
        }
        assertThat(file).isEqualTo(expects.size());
    }

    // zeek__invalid-content-length.pcap: an INVITE with "Content-Length: bad" and its 200 with "Content-Length: xyz"
    // (frames 1 and 2, read from the raw bytes); uas486-udp-20calls.pcap: 80 well-formed SIPp messages.
    @Test
    void aCaptureIsReadForItsMessagesAndProblemsCarryTheirFrame() {
        Run r = run(TestCaptures.path("corpus/pcap/zeek__invalid-content-length.pcap"));
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("#1 (frame 1): request INVITE").contains("#2 (frame 2): response 200")
                .contains("error 7:17 invalid-content-length").contains("found 'b'").contains("found 'x'")
                .contains("2 message(s) checked, 2 invalid.");
    }

    @Test
    void aCleanCaptureListsNothingButTheCount() {
        Run r = run(TestCaptures.path("captures/uas486-udp-20calls.pcap"));
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("80 message(s) checked, 0 invalid.");
    }

    @Test
    void aGzipCaptureInJsonHasFramesWhileRawFilesHaveNone() throws IOException {
        Path gz = dir.resolve("z.pcap.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(Path.of(TestCaptures.path("corpus/pcap/zeek__invalid-content-length.pcap"))));
        }
        Run r = run("--format", "json", gz.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("\"frame\" : 1").contains("\"frame\" : 2").contains("\"invalid-content-length\"");
        Run raw = run("--format", "json", write("one.txt", VALID).toString());
        assertThat(raw.out()).doesNotContain("\"frame\"");
    }
}
