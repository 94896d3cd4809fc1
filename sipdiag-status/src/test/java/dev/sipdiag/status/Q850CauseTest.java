package dev.sipdiag.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class Q850CauseTest {

    private static final String CAUSES = "/dev/sipdiag/status/q850-causes.tsv";

    @ParameterizedTest(name = "{0} {2}")
    @CsvFileSource(resources = CAUSES, delimiter = '\t')
    void assignedCauseHasItsStandardNameAndClass(int value, Q850CauseClass causeClass, String name) {
        Q850Cause cause = Q850Cause.of(value);

        assertThat(cause.isAssigned()).isTrue();
        assertThat(cause.standardName()).contains(name);
        assertThat(cause.causeClass()).isEqualTo(causeClass);
        assertThat(cause).hasToString(value + " " + name);
        assertThat(Q850Cause.assigned(value)).containsSame(cause);
    }

    @Test
    void everyOtherValueInRangeIsUnassigned() throws IOException {
        Set<Integer> listed = listedValues();
        for (int value = Q850Cause.MIN_VALUE; value <= Q850Cause.MAX_VALUE; value++) {
            Q850Cause cause = Q850Cause.of(value);
            assertThat(cause.isAssigned()).as("cause %d", value).isEqualTo(listed.contains(value));
        }
        assertThat(Q850Cause.all()).extracting(Q850Cause::value).containsExactlyElementsOf(
                listed.stream().sorted().toList());
    }

    @Test
    void unassignedValueSaysSoAndKeepsItsClass() {
        Q850Cause cause = Q850Cause.of(45);

        assertThat(cause.standardName()).isEmpty();
        assertThat(cause).hasToString("45 (unknown cause 45)");
        assertThat(cause.causeClass()).isEqualTo(Q850CauseClass.RESOURCE_UNAVAILABLE);
        assertThat(Q850Cause.assigned(45)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 128, 255, Integer.MAX_VALUE})
    void valueOutsideTheSevenBitFieldIsRejected(int value) {
        assertThatThrownBy(() -> Q850Cause.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Q.850 cause values run from 1 to 127; got " + value);
        assertThat(Q850Cause.assigned(value)).isEmpty();
        assertThat(Q850Cause.isInRange(value)).isFalse();
    }

    @Test
    void equalityAndOrderAreByValue() {
        assertThat(Q850Cause.of(13)).isEqualTo(Q850Cause.of(13)).hasSameHashCodeAs(Q850Cause.of(13));
        assertThat(Q850Cause.of(17)).isSameAs(Q850Cause.USER_BUSY).isNotEqualTo(Q850Cause.NO_USER_RESPONDING);
        assertThat(List.of(Q850Cause.INTERWORKING, Q850Cause.of(13), Q850Cause.UNALLOCATED_NUMBER).stream().sorted())
                .extracting(Q850Cause::value).containsExactly(1, 13, 127);
    }

    private static Set<Integer> listedValues() throws IOException {
        try (InputStream in = Q850CauseTest.class.getResourceAsStream(CAUSES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> Integer.parseInt(line.split("\t")[0]))
                    .collect(Collectors.toSet());
        }
    }
}
