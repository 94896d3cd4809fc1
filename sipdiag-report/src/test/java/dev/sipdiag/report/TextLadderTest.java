package dev.sipdiag.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sipdiag.analysis.Call;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TextLadderTest {

    @ParameterizedTest(name = "{0} width {1} ascii {2}")
    @CsvFileSource(resources = "/golden/ladder-cases.csv", numLinesToSkip = 1)
    void ladderMatchesGoldenFile(String capture, int width, boolean ascii, String golden) throws IOException {
        ReportData d = Captures.analyseAll(Captures.capture(capture), Locale.ENGLISH);
        StringBuilder sb = new StringBuilder();
        TextLadder drawer = new TextLadder(width, ascii, false);
        for (Call c : d.result().calls()) {
            sb.append(c.callId()).append('\n');
            drawer.render(Ladder.of(c, d.messages())).forEach(line -> sb.append(line).append('\n'));
        }
        String out = sb.toString();
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
        if (ascii) {
            assertThat(out.chars()).allMatch(ch -> ch < 0x7f);
        }
        Golden.check(golden, out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/terminal-escapes.csv", numLinesToSkip = 1, delimiter = '\t', quoteCharacter = '^')
    void wireTextCannotDriveTheTerminal(String input, boolean ascii, String expected) {
        String in = input.replace("ESC", "\u001b").replace("BEL", "\u0007");
        assertThat(new TextLadder(TextLadder.DEFAULT_WIDTH, ascii, false).printable(in)).isEqualTo(expected);
    }

    @Test
    void colourWrapsOnlyTheArrowAndEndsWithAReset() {
        ReportData d = Captures.analyseAll(Captures.capture("corpus/pcap/pkts__cancel.pcap"), Locale.ENGLISH);
        List<String> plain = new TextLadder(80, false, false).render(Ladder.of(d.result().calls().get(0), d.messages()));
        List<String> coloured = new TextLadder(80, false, true).render(Ladder.of(d.result().calls().get(0), d.messages()));
        assertThat(coloured).hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(coloured.get(i).replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.get(i));
        }
        assertThat(coloured).anyMatch(line -> line.contains("\u001b[31m") && line.endsWith("\u001b[0m")
                || line.contains("\u001b[31m") && line.contains("\u001b[0m"));
    }

    @Test
    void refusesAWidthTooNarrowForLabels() {
        assertThatThrownBy(() -> new TextLadder(TextLadder.MIN_WIDTH - 1, false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least");
    }
}
