package dev.sipdiag.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReasonHeaderTest {

    static List<ReasonCases.Case> valid() {
        return ReasonCases.read("/dev/sipdiag/status/reason-valid.txt", "=>");
    }

    static List<ReasonCases.Case> malformed() {
        return ReasonCases.read("/dev/sipdiag/status/reason-malformed.txt", "!!");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validValueParsesToTheExpectedReasons(ReasonCases.Case c) {
        assertThat(c.results()).as("case file lists a result").isNotEmpty();

        List<Reason> reasons = ReasonHeader.parse(c.input());

        assertThat(reasons).extracting(ReasonHeaderTest::render).containsExactlyElementsOf(c.results());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void headerValueOfEachReasonParsesBackEqual(ReasonCases.Case c) {
        for (Reason reason : ReasonHeader.parse(c.input())) {
            assertThat(ReasonHeader.parse(reason.toHeaderValue())).containsExactly(reason);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedValueSaysWhereAndWhat(ReasonCases.Case c) {
        assertThat(c.results()).as("case file lists exactly one error").hasSize(1);
        String[] want = c.results().get(0).split(" \\| ", -1);

        ReasonParseException e =
                catchThrowableOfType(ReasonParseException.class, () -> ReasonHeader.parse(c.input()));

        assertThat(e).as("parse(%s) must fail", c.input()).isNotNull();
        assertThat(e.offset()).isEqualTo(Integer.parseInt(want[0].strip()));
        assertThat(e.expected()).isEqualTo(want[1].strip());
        assertThat(e.found()).isEqualTo(want[2].strip());
        assertThat(e.input()).isEqualTo(c.input());
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Nested
    class MessagesWordForWord {

        @Test
        void missingCause() {
            assertThatThrownBy(() -> ReasonHeader.parse("Q.850;text=\"x\""))
                    .isInstanceOf(ReasonParseException.class)
                    .hasMessage("expected a cause parameter (RFC 3326 §2) at offset 14, found end of input: "
                            + "\"Q.850;text=\\\"x\\\"\"");
        }

        @Test
        void nonNumericCause() {
            assertThatThrownBy(() -> ReasonHeader.parse("SIP;cause=busy"))
                    .hasMessage("expected a cause value (1*DIGIT) at offset 10, found 'b': \"SIP;cause=busy\"");
        }

        @Test
        void unterminatedQuote() {
            assertThatThrownBy(() -> ReasonHeader.parse("Q.850;cause=16;text=\"Normal"))
                    .hasMessage("expected '\"' closing the quoted-string at offset 27, found end of input: "
                            + "\"Q.850;cause=16;text=\\\"Normal\"");
        }

        @Test
        void empty() {
            assertThatThrownBy(() -> ReasonHeader.parse(""))
                    .hasMessage("expected a protocol (token) at offset 0, found end of input: \"\"");
        }

        @Test
        void controlCharacterIsEscapedInTheQuote() {
            assertThatThrownBy(() -> ReasonHeader.parse("Q.850;cause=16\n"))
                    .hasMessage("expected ';', ',' or end of input at offset 14, found U+000A: \"Q.850;cause=16\\n\"");
        }
    }

    @Nested
    class Limits {

        @Test
        void valueAtTheLengthLimitParses() {
            String value = "SIP;cause=200;text=\"" + "a".repeat(ReasonHeader.MAX_VALUE_LENGTH - 21) + "\"";
            assertThat(value).hasSize(ReasonHeader.MAX_VALUE_LENGTH);

            assertThat(ReasonHeader.parse(value)).singleElement().extracting(Reason::cause).isEqualTo(200);
        }

        @Test
        void longerValueIsRefusedUnread() {
            String value = "SIP;cause=200;text=\"" + "a".repeat(ReasonHeader.MAX_VALUE_LENGTH - 20) + "\"";

            ReasonParseException e = catchThrowableOfType(ReasonParseException.class, () -> ReasonHeader.parse(value));

            assertThat(e.offset()).isEqualTo(ReasonHeader.MAX_VALUE_LENGTH);
            assertThat(e.expected()).isEqualTo("at most 4096 characters");
            assertThat(e.found()).isEqualTo("4097 characters");
        }

        @Test
        void sixteenValuesParse() {
            String value = Stream.generate(() -> "Q.850;cause=16").limit(ReasonHeader.MAX_REASONS)
                    .collect(Collectors.joining(","));

            assertThat(ReasonHeader.parse(value)).hasSize(ReasonHeader.MAX_REASONS);
        }

        @Test
        void seventeenthValueIsRefusedWhereItStarts() {
            String value = Stream.generate(() -> "Q.850;cause=16").limit(ReasonHeader.MAX_REASONS + 1)
                    .collect(Collectors.joining(","));

            ReasonParseException e = catchThrowableOfType(ReasonParseException.class, () -> ReasonHeader.parse(value));

            assertThat(e.offset()).isEqualTo(ReasonHeader.MAX_REASONS * "Q.850;cause=16,".length());
            assertThat(e.expected()).isEqualTo("at most 16 reason-values");
            assertThat(e.found()).isEqualTo("'Q'");
        }
    }

    /** Mutated inputs per run of the fuzz test below; enough to hit every branch, quick on a shared machine. */
    private static final int FUZZ_ROUNDS = 20_000;
    /** Characters the mutations insert: the grammar's delimiters, line breaks, controls and some text. */
    private static final String FUZZ_ALPHABET = ";,=\"\\ \t\r\n[]:.-aQSIP019\u00e9\u0000\u007f";

    @Test
    void mutatedValidValuesParseAndRoundTripOrThrowOnlyTheDeclaredException() {
        Random random = new Random(850); // fixed seed: a failure reproduces
        List<String> seeds = valid().stream().map(ReasonCases.Case::input).toList();
        int parsed = 0;
        for (int round = 0; round < FUZZ_ROUNDS; round++) {
            String input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            List<Reason> reasons;
            try {
                reasons = ReasonHeader.parse(input);
            } catch (ReasonParseException e) {
                assertThat(e.offset()).as("offset for %s", input).isBetween(0, input.length());
                assertThat(e.input()).isEqualTo(input);
                continue;
            }
            parsed++;
            assertThat(reasons).as("parse(%s)", input).isNotEmpty();
            for (Reason reason : reasons) {
                assertThat(ReasonHeader.parse(reason.toHeaderValue())).as("round trip of %s", input)
                        .containsExactly(reason);
            }
        }
        // both outcomes must occur, or the mutations are too weak (or too strong) to test anything
        assertThat(parsed).isBetween(FUZZ_ROUNDS / 20, FUZZ_ROUNDS - FUZZ_ROUNDS / 20);
    }

    /** One to four random inserts, deletes or replacements. */
    private static String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(s.length() + 1);
            char c = FUZZ_ALPHABET.charAt(random.nextInt(FUZZ_ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, c);
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, c);
                    }
                }
            }
        }
        return s.toString();
    }

    @Test
    void nullIsAProgrammingErrorNotAParseError() {
        assertThatThrownBy(() -> ReasonHeader.parse(null)).isInstanceOf(NullPointerException.class);
    }

    /** "protocol | cause | text | {name=value}...", (none) for no text and "" for an empty one, as in reason-valid.txt. */
    private static String render(Reason r) {
        String params = r.params().entrySet().stream()
                .map(e -> "{" + e.getKey() + "=" + e.getValue() + "}")
                .collect(Collectors.joining());
        String text = r.text() == null ? "(none)" : r.text().isEmpty() ? "\"\"" : r.text();
        return r.protocol() + " | " + r.cause() + " | " + text + " |" + (params.isEmpty() ? "" : " " + params);
    }
}
