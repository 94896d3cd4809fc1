package dev.sipdiag.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReasonPhrasesTest {

    static Stream<SipStatus> allCodes() {
        return SipStatus.all().stream();
    }

    @ParameterizedTest
    @MethodSource("allCodes")
    void everyCanonicalPhraseFindsItsCode(SipStatus s) {
        ReasonPhrases.Match m = ReasonPhrases.lookup(s.reasonPhrase());
        assertThat(m.codes()).contains(s);
        assertThat(m.unique()).isEqualTo(!s.reasonPhrase().equals("Not Acceptable"));
        assertThat(ReasonPhrases.lookup(s.reasonPhrase().toUpperCase()).codes()).contains(s);
    }

    static Stream<Arguments> variants() throws IOException {
        return SipStatusTest.TestData.rows("phrase-variants.tsv").map(r -> Arguments.of(r[0],
                Arrays.stream(r[1].split(",")).map(Integer::parseInt).toList()));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("variants")
    void variantsSeenInTheWild(String phrase, java.util.List<Integer> expected) {
        ReasonPhrases.Match m = ReasonPhrases.lookup(phrase);
        assertThat(m.codes()).extracting(SipStatus::code).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(m.ambiguous()).isEqualTo(expected.size() > 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"banana", "", "   ", "Busy Somewhere", "4 8 6"})
    void unknownPhrasesSaySo(String phrase) {
        assertThat(ReasonPhrases.lookup(phrase).unknown()).isTrue();
    }
}
