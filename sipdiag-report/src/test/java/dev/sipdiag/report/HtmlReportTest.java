package dev.sipdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class HtmlReportTest {

    static String render(ReportData d, Locale lang) throws IOException {
        StringWriter sw = new StringWriter();
        new HtmlReport(new Labels(lang)).write(sw, d);
        return sw.toString();
    }

    static ReportData hostile(Path dir) throws IOException {
        return Captures.analyse(PcapFixture.write("/hostile/hostile-call.sip", dir), Locale.ENGLISH,
                HtmlReport::callsToDetail);
    }

    @Test
    void policyHashesAreThoseOfTheOwnScriptAndStyle(@TempDir Path dir) throws IOException {
        String html = render(hostile(dir), Locale.ENGLISH);
        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(html);
        assertThat(csp.find()).isTrue();
        String policy = csp.group(1);
        assertThat(policy).startsWith("default-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        String script = between(html, "<script>", "</script>\n</body>");
        String style = between(html, "<style>", "</style>");
        assertThat(policy).contains("script-src 'sha256-" + HtmlReport.sha256(script) + "'")
                .contains("style-src 'sha256-" + HtmlReport.sha256(style) + "'");
    }

    @Test
    void wireStringsNeverBecomeMarkup(@TempDir Path dir) throws IOException {
        String html = render(hostile(dir), Locale.ENGLISH);
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<svg onload")
                .doesNotContain("<b>alice");
        // exactly the report's own two script elements: the JSON data block and the script
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(2);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;svg onload=alert(5)&gt;");
        String json = between(html, "<script type=\"application/json\" id=\"sipdiag-data\">", "</script>");
        assertThat(json).doesNotContain("<").doesNotContain(">").contains("\\u003Cscript\\u003Ealert(1)");
    }

    @Test
    void theFailedCallGetsALadderWithItsRetransmissionDashed(@TempDir Path dir) throws IOException {
        String html = render(hostile(dir), Locale.ENGLISH);
        assertThat(html).contains("<article class=\"call\" id=\"call-1\">");
        assertThat(classOf(html, 0)).startsWith("msg req").doesNotContain("retx");
        assertThat(classOf(html, 2)).startsWith("msg s5").doesNotContain("retx");
        assertThat(classOf(html, 3)).startsWith("msg s5 retx");
    }

    @Test
    void dutchReportSpeaksDutch(@TempDir Path dir) throws IOException {
        String html = render(hostile(dir), Locale.forLanguageTag("nl"));
        assertThat(html).contains("<html lang=\"nl\">", "Samenvatting", "Gesprekken per afloop", "mislukt");
    }

    @Test
    void tableDataHasEveryCallAndRawTextOnlyForDetailedOnes() throws IOException {
        ReportData d = Captures.analyse(Captures.capture("captures/mixed-udp-100calls.pcap"), Locale.ENGLISH,
                digest -> HtmlReport.callsToDetail(digest).subList(0, 3));
        String html = render(d, Locale.ENGLISH);
        String json = between(html, "<script type=\"application/json\" id=\"sipdiag-data\">", "</script>");
        com.fasterxml.jackson.databind.JsonNode data = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(data.get("calls")).hasSize(100);
        assertThat(data.get("calls").get(0)).hasSize(HtmlReport.ROW_FIELDS.size());
        int kept = HtmlReport.callsToDetail(d.calls()).subList(0, 3).stream().mapToInt(c -> c.messages().size()).sum();
        assertThat(data.get("raw").size()).isEqualTo(kept);
    }

    @Test
    void failedRegistrationsAreListedAfterTheCalls() throws IOException {
        ReportData d = Captures.analyse(Captures.capture("corpus/pcap/suricata-verify__sip-method__sip.pcap"),
                Locale.ENGLISH, HtmlReport::callsToDetail);
        String html = render(d, Locale.ENGLISH);
        String section = between(html, "<section id=\"exchanges\">", "</section>");
        // the phone's registration Call-ID returns minutes apart: each attempt is its own exchange, so the
        // failed attempts are listed and the successful ones in between are not
        assertThat(section).contains("REGISTER sip:voi18063@sip.cybercity.dk from 192.168.1.2:5060: "
                + "authentication failed, final response 403", "REGISTER sip:35104723@sip.cybercity.dk from "
                + "192.168.1.2:5060: authentication failed, final response 401").doesNotContain(": registered");
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/html-escapes.csv", numLinesToSkip = 1, delimiter = '\t', quoteCharacter = '^')
    void escapesTextForElementsAndAttributes(String input, String expected) {
        assertThat(Html.text(input.replace("NUL", "\u0000").replace("ESC", "\u001b"))).isEqualTo(expected);
    }

    @Test
    void jsonForAScriptBlockEscapesWhatCouldEndIt() throws IOException {
        StringWriter sw = new StringWriter();
        try (var g = SafeJson.generator(sw)) {
            g.writeString("</script><!-- & ' \u2028\u2029 é");
        }
        assertThat(sw.toString()).isEqualTo("\"\\u003C/script\\u003E\\u003C!-- \\u0026 \\u0027 \\u2028\\u2029 é\"");
    }

    /** The class attribute of the ladder group of message {@code index}. */
    private static String classOf(String html, int index) {
        Matcher m = Pattern.compile("<g class=\"([^\"]*)\" data-msg=\"" + index + "\"").matcher(html);
        assertThat(m.find()).as("ladder group of message %d", index).isTrue();
        return m.group(1);
    }

    private static String between(String s, String start, String end) {
        int a = s.indexOf(start);
        assertThat(a).as("%s in the page", start).isNotNegative();
        int b = s.indexOf(end, a + start.length());
        return s.substring(a + start.length(), b);
    }
}
