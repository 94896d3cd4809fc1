package dev.sipdiag.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SipStatusTest {

    static Stream<Arguments> registry() throws IOException {
        return TestData.rows("registry.tsv").map(r -> Arguments.of(Integer.parseInt(r[0]), r[1], r[2], r[3],
                "yes".equals(r[4])));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("registry")
    void everyRowOfTheRegistryHasItsConstant(int code, String phrase, String rfc, String status, boolean common) {
        SipStatus s = SipStatus.valueOf(code);
        assertThat(s.isKnown()).isTrue();
        assertThat(s.code()).isEqualTo(code);
        assertThat(s.reasonPhrase()).isEqualTo(phrase);
        assertThat(s.rfc()).isEqualTo(rfc);
        assertThat(s.registration().word()).isEqualTo(status);
        assertThat(s.isCommon()).isEqualTo(common);
        assertThat(s.statusClass().label()).isEqualTo(code / 100 + "xx");
        assertThat(s).isSameAs(SipStatus.known(code));
    }

    @Test
    void theRegistryHas77CodesOf47AreCommon() throws IOException {
        assertThat(SipStatus.all()).hasSize(77).isSorted();
        assertThat(SipStatus.all().stream().filter(SipStatus::isCommon)).hasSize(47);
        assertThat(SipStatus.all().stream().filter(SipStatus::isRegistered)).hasSize(75);
        assertThat(TestData.rows("registry.tsv").count()).isEqualTo(77);
    }

    @ParameterizedTest(name = "{0} is treated as {1}")
    @CsvSource({
        "101,183", "150,183", "198,183", // RFC 3261 §8.1.3.2: unknown 1xx = 183
        "201,200", "299,200",
        "303,300", "399,300",
        "418,400", "419,400", "499,400", "490,400", "477,400",
        "506,500", "599,500",
        "601,600", "605,600", "687,600", "699,600",
        "409,400", "411,400", // obsolete RFC 2543 codes: not registered, handled by their class
        "202,200", // RFC 6665 §8.3.1: a 202 is treated as 200
        "486,486", "100,100", "199,199", "608,608"
    })
    void codesAreTreatedAsRfc3261Says(int code, int treatAs) {
        assertThat(SipStatus.valueOf(code).treatAs()).isEqualTo(treatAs);
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 299, 303, 499, 599, 699})
    void unregisteredCodesKnowTheirClassButHaveNoPhrase(int code) {
        SipStatus s = SipStatus.valueOf(code);
        assertThat(s.isKnown()).isFalse();
        assertThat(s.isRegistered()).isFalse();
        assertThat(s.registration()).isEqualTo(Registration.UNREGISTERED);
        assertThat(s.reasonPhrase()).isNull();
        assertThat(s.statusClass().digit()).isEqualTo(code / 100);
        assertThat(s).isEqualTo(SipStatus.valueOf(code)).hasSameHashCodeAs(SipStatus.valueOf(code));
        assertThat(s.toString()).isEqualTo(Integer.toString(code));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 99, 700, 1000, Integer.MAX_VALUE})
    void codesOutside100To699AreRejectedClearly(int code) {
        assertThatThrownBy(() -> SipStatus.valueOf(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100 to 699")
                .hasMessageContaining(Integer.toString(code));
        assertThat(SipStatus.known(code)).isNull();
    }

    @Test
    void obsoleteCodesHaveConstantsButAreNotRegistered() {
        for (SipStatus s : List.of(SipStatus.CONFLICT, SipStatus.LENGTH_REQUIRED)) {
            assertThat(s.isKnown()).isTrue();
            assertThat(s.isRegistered()).isFalse();
            assertThat(s.registration()).isEqualTo(Registration.OBSOLETE);
        }
        assertThat(SipStatus.ACCEPTED.registration()).isEqualTo(Registration.DEPRECATED);
        assertThat(SipStatus.ACCEPTED.isRegistered()).isTrue();
    }

    @Test
    void statusClassEdges() {
        assertThat(StatusClass.of(100)).isEqualTo(StatusClass.PROVISIONAL);
        assertThat(StatusClass.of(199)).isEqualTo(StatusClass.PROVISIONAL);
        assertThat(StatusClass.of(200)).isEqualTo(StatusClass.SUCCESS);
        assertThat(StatusClass.of(699)).isEqualTo(StatusClass.GLOBAL_FAILURE);
        assertThat(StatusClass.parse("4XX")).isEqualTo(StatusClass.CLIENT_FAILURE);
        assertThat(StatusClass.parse("6")).isEqualTo(StatusClass.GLOBAL_FAILURE);
        assertThatThrownBy(() -> StatusClass.parse("7xx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusClass.of(700)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SipStatus.BUSY_HERE.toString()).isEqualTo("486 Busy Here");
    }

    /** Reads tab-separated test data next to the tests; '#' lines are comments. */
    static final class TestData {
        static Stream<String[]> rows(String name) throws IOException {
            try (InputStream in = SipStatusTest.class.getResourceAsStream(name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(l -> l.split("\t", -1)).toList().stream();
            }
        }
    }
}
