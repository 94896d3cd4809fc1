package dev.sipdiag.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonTest {

    private static Reason only(String value) {
        return ReasonHeader.parse(value).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Q.850;cause=17      | 17
            q.850;cause=1       | 1
            Q.850;cause=127     | 127
            """)
    void q850ReasonGivesItsCause(String value, int cause) {
        Reason reason = only(value);

        assertThat(reason.isQ850()).isTrue();
        assertThat(reason.isSip()).isFalse();
        assertThat(reason.q850Cause()).contains(Q850Cause.of(cause));
        assertThat(reason.sipStatus()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SIP;cause=600       | 600
            sip;cause=200       | 200
            Sip;cause=100       | 100
            SIP;cause=699       | 699
            """)
    void sipReasonGivesItsStatus(String value, int code) {
        Reason reason = only(value);

        assertThat(reason.isSip()).isTrue();
        assertThat(reason.sipStatus()).contains(SipStatus.valueOf(code));
        assertThat(reason.q850Cause()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Q.850;cause=0
            Q.850;cause=128
            SIP;cause=99
            SIP;cause=700
            Preemption;cause=1
            Q850;cause=16
            """)
    void causeOutsideItsProtocolsRangeOrUnknownProtocolHasNoTypedView(String value) {
        Reason reason = only(value);

        assertThat(reason.q850Cause()).isEmpty();
        assertThat(reason.sipStatus()).isEmpty();
    }

    @Test
    void locationOnlyMeansSomethingWithQ850() {
        assertThat(only("Q.850;cause=1;location=LN").location()).contains("LN");
        assertThat(only("Q.850;cause=1").location()).isEmpty();
        assertThat(only("SIP;cause=404;location=LN").location()).isEmpty();
    }

    @Test
    void headerValueQuotesTheTextAndNonTokenValues() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("location", "LN");
        params.put("note", "two words");
        params.put("early", "");
        Reason reason = new Reason("Q.850", 16, "say \"hi\" \\ bye", params);

        assertThat(reason.toHeaderValue())
                .isEqualTo("Q.850;cause=16;text=\"say \\\"hi\\\" \\\\ bye\";location=LN;note=\"two words\";early");
    }

    @Test
    void controlCharactersInTheTextAreWrittenAsQuotedPairs() {
        Reason reason = new Reason("SIP", 480, "a\u0000b\u007fc\td", Map.of());

        assertThat(reason.toHeaderValue()).isEqualTo("SIP;cause=480;text=\"a\\\u0000b\\\u007fc\td\"");
        assertThat(ReasonHeader.parse(reason.toHeaderValue())).containsExactly(reason);
    }

    @Test
    void parameterNamesAreLowerCasedAndTheMapIsImmutable() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Location", "LN");
        Reason reason = new Reason("Q.850", 1, null, params);
        params.put("other", "x");

        assertThat(reason.params()).containsExactly(Map.entry("location", "LN"));
        assertThatThrownBy(() -> reason.params().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invariantsAreEnforced() {
        assertThatThrownBy(() -> new Reason("", 1, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a Reason protocol is a non-empty token");
        assertThatThrownBy(() -> new Reason("SIP", -1, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a Reason cause is 1*DIGIT; got -1");
        assertThatThrownBy(() -> new Reason("SIP", 200, null, Map.of("Cause", "3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cause and text are fields of a Reason, not extension parameters");
        assertThatThrownBy(() -> new Reason(null, 1, null, Map.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Reason("SIP", 200, "two\r\nlines", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Reason text or parameter value holds no CR or LF");
        assertThatThrownBy(() -> new Reason("SIP", 200, null, Map.of("x", "a\nb")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Reason text or parameter value holds no CR or LF");
    }
}
