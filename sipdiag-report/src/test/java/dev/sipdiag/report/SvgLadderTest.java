package dev.sipdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgLadderTest {

    @Test
    void messagesAreFocusableGroupsAndFindingEvidenceIsMarked(@TempDir Path dir) throws IOException {
        ReportData d = Captures.analyseAll(PcapFixture.write("/hostile/hostile-call.sip", dir), Locale.ENGLISH);
        Ladder ladder = Ladder.of(d.result().calls().get(0), d.messages());
        String svg = SvgLadder.render(ladder, "a <title>", "retransmission", Set.of(2));
        assertThat(svg).startsWith("<svg class=\"ladder-svg\"").endsWith("</svg>")
                .contains("aria-label=\"a &lt;title&gt;\"")
                .contains("<g class=\"msg s5 cited\" data-msg=\"2\" tabindex=\"0\" role=\"button\"")
                .contains("<g class=\"msg s5 retx\" data-msg=\"3\"")
                .contains("503 &lt;img src=x onerror=alert(4)&gt; — retransmission · #3");
        assertThat(Pattern.compile("<circle class=\"mark\"").matcher(svg).results().count()).isEqualTo(1);
        assertThat(Pattern.compile("data-msg=").matcher(svg).results().count()).isEqualTo(ladder.arrows().size());
        int width = SvgLadder.TIME_WIDTH + 2 * SvgLadder.COLUMN_WIDTH;
        assertThat(svg).contains("width=\"" + width + "\"");
    }
}
