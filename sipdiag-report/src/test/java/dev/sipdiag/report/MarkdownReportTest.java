package dev.sipdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class MarkdownReportTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvFileSource(resources = "/golden/markdown-cases.csv", numLinesToSkip = 1)
    void reportMatchesGoldenFile(String capture, String lang, String golden) throws IOException {
        Locale locale = Locale.forLanguageTag(lang);
        ReportData d = Captures.analyse(Captures.capture(capture), locale, MarkdownReport::callsToDetail);
        Golden.check(golden, render(d, locale));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/markdown-escapes.csv", numLinesToSkip = 1, delimiter = '\t', quoteCharacter = '^')
    void wireTextCannotFormatTheReport(String input, String expected) {
        assertThat(MarkdownReport.text(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "fence for {0}")
    @CsvFileSource(resources = "/markdown-fences.csv", numLinesToSkip = 1, delimiter = '\t', quoteCharacter = '^')
    void codeFenceIsLongerThanAnyBacktickRun(String line, String fence) {
        assertThat(MarkdownReport.fence(java.util.List.of(line))).isEqualTo(fence);
    }

    static String render(ReportData d, Locale locale) {
        StringWriter sw = new StringWriter();
        new MarkdownReport(new Labels(locale)).write(new PrintWriter(sw), d);
        return sw.toString();
    }
}
