package dev.sipdiag.capture.log;

import dev.sipdiag.capture.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogCursorTest {
    private final List<Problem> problems = new ArrayList<>();

    private List<Line> lines(byte[] input) throws IOException {
        LogCursor cursor = new LogCursor(new ByteArrayInputStream(input), problems::add);
        List<Line> out = new ArrayList<>();
        Line line;
        while ((line = cursor.next()) != null) {
            out.add(line);
        }
        return out;
    }

    private List<Line> lines(String input) throws IOException {
        return lines(input.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void lfCrlfAndTrailingCrEndingsAllGiveTheSameLines() throws IOException {
        assertThat(lines("a\r\nb\nc\r\r\nd")).extracting(Line::text).containsExactly("a", "b", "c", "d");
    }

    @Test
    void numbersAndOffsetsFollowTheInput() throws IOException {
        assertThat(lines("ab\r\n\ncd\n")).extracting(Line::number, Line::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 0L), org.assertj.core.groups.Tuple.tuple(2L, 4L),
                        org.assertj.core.groups.Tuple.tuple(3L, 5L));
    }

    @Test
    void ansiSequencesAreRemovedAndCounted() throws IOException {
        LogCursor cursor = new LogCursor(new ByteArrayInputStream(
                "\u001b[1;32mgreen\u001b[0m text\nplain\n\u001b7x\n".getBytes(StandardCharsets.ISO_8859_1)), problems::add);

        assertThat(cursor.next().text()).isEqualTo("green text");
        assertThat(cursor.next().text()).isEqualTo("plain");
        assertThat(cursor.next().text()).isEqualTo("x");
        assertThat(cursor.next()).isNull();
        assertThat(cursor.escapedLines()).isEqualTo(2);
    }

    @Test
    void escapeNeverSwallowsALineEnd() throws IOException {
        assertThat(lines("a\u001b[12\nb\n")).extracting(Line::text).containsExactly("a", "b");
    }

    @Test
    void octetsSurviveOneCharEach() throws IOException {
        byte[] utf8 = "Jos\u00e9\n".getBytes(StandardCharsets.UTF_8);
        assertThat(lines(utf8).getFirst().text().getBytes(StandardCharsets.ISO_8859_1))
                .isEqualTo("Jos\u00e9".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void overLongLineIsCutAndReported() throws IOException {
        String longLine = "x".repeat(LogLimits.MAX_LINE_LENGTH + 10);

        List<Line> got = lines(longLine + "\nnext\n");

        assertThat(got).extracting(l -> l.text().length()).containsExactly(LogLimits.MAX_LINE_LENGTH, 4);
        assertThat(problems).extracting(Problem::reason, Problem::frameNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("log-line-too-long", 1L));
    }

    @Test
    void pushedBackLineComesAgain() throws IOException {
        LogCursor cursor = new LogCursor(new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.US_ASCII)), problems::add);
        Line a = cursor.next();
        cursor.pushBack(a);
        assertThat(cursor.next()).isSameAs(a);
        assertThat(cursor.next().text()).isEqualTo("b");
    }
}
