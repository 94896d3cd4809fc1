package dev.sipdiag.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonParseExceptionTest {

    @Test
    void shortInputIsQuotedWhole() {
        ReasonParseException e = new ReasonParseException("SIP;cause=x", 10, "a cause value (1*DIGIT)", "'x'");

        assertThat(e).hasMessage("expected a cause value (1*DIGIT) at offset 10, found 'x': \"SIP;cause=x\"");
        assertThat(e.offset()).isEqualTo(10);
        assertThat(e.expected()).isEqualTo("a cause value (1*DIGIT)");
        assertThat(e.found()).isEqualTo("'x'");
    }

    @Test
    void longInputIsQuotedAsAWindowAroundTheOffset() {
        String input = "a".repeat(100) + "X" + "b".repeat(100);

        String quote = ReasonParseException.quote(input, 100);

        assertThat(quote).isEqualTo("...\"" + "a".repeat(30) + "X" + "b".repeat(29) + "\"...");
    }

    @Test
    void windowStaysInsideTheInputAtBothEnds() {
        String input = "x".repeat(ReasonParseException.QUOTE_LIMIT + 10);

        assertThat(ReasonParseException.quote(input, 0))
                .isEqualTo("\"" + "x".repeat(ReasonParseException.QUOTE_LIMIT) + "\"...");
        assertThat(ReasonParseException.quote(input, input.length()))
                .isEqualTo("...\"" + "x".repeat(ReasonParseException.QUOTE_LIMIT) + "\"");
    }

    @Test
    void controlCharactersQuotesAndBackslashesAreEscaped() {
        assertThat(ReasonParseException.quote("a\r\n\t\"\\\u0001\u007f", 0))
                .isEqualTo("\"a\\r\\n\\t\\\"\\\\\\u0001\\u007f\"");
    }
}
