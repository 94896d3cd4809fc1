package dev.sipdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeReportFormatsTest {
    private static final String CANCEL = TestCaptures.path("corpus/pcap/pkts__cancel.pcap");

    @Test
    void markdownGoesToTheOutputFileWithALadder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ticket.md");
        Cli r = Cli.run("analyze", CANCEL, "--format", "md", "--output", out.toString(), "--lang", "nl");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(md).startsWith("# sipdiag-rapport").contains("| afgebroken door de beller | 1 |", "```text",
                "487 Request Terminated", "│◀");
    }

    @Test
    void htmlIsOneSelfContainedPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        Cli r = Cli.run("analyze", CANCEL, "--format", "html", "--output", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy", "<svg class=\"ladder-svg\"",
                "1-6261@127.0.1.1").doesNotContain("src=\"http").doesNotContain("href=\"http");
    }

    @Test
    void existingFormatsStillWork() {
        assertThat(Cli.run("analyze", CANCEL, "--format", "csv").out()).startsWith("callId,startTime");
        assertThat(Cli.run("analyze", CANCEL, "--format", "json").out()).contains("\"schema\" : 1");
    }

    @Test
    void anUnknownFormatNamesTheChoices() {
        Cli r = Cli.run("analyze", CANCEL, "--format", "pdf");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("text, json, csv, md, html");
    }

    /** Markdown needs one pass (text ladders come from the analysis itself); HTML shows raw text, read again. */
    @Test
    void markdownReadsStandardInputAndHtmlSaysWhyItCannot() throws Exception {
        String fromFile = Cli.run("analyze", CANCEL, "--format", "md").out();
        java.io.InputStream stdin = System.in;
        Cli md;
        Cli html;
        try (java.io.InputStream in = Files.newInputStream(Path.of(CANCEL))) {
            System.setIn(in);
            md = Cli.run("analyze", "-", "--format", "md");
            html = Cli.run("analyze", "-", "--format", "html");
        } finally {
            System.setIn(stdin);
        }
        assertThat(md.exit()).as(md.err()).isEqualTo(ExitCodes.OK);
        assertThat(md.out()).contains("from standard input.", "| Input | standard input |", "```text")
                .isEqualTo(fromFile.replace("pkts\\_\\_cancel.pcap", "standard input")); // the name as escaped Markdown
        assertThat(html.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(html.err()).contains("standard input cannot be read twice");
    }
}
