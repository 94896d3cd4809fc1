package dev.sipdiag.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class Q850CauseClassTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvFileSource(resources = "/dev/sipdiag/status/q850-class-edges.tsv", delimiter = '\t')
    void classFollowsFromTheValueRange(int value, Q850CauseClass expected) {
        assertThat(Q850CauseClass.of(value)).isEqualTo(expected);
        assertThat(expected.contains(value)).isTrue();
    }

    @Test
    void classesTileTheRangeWithoutGapsOrOverlap() {
        int next = Q850Cause.MIN_VALUE;
        for (Q850CauseClass c : Q850CauseClass.values()) {
            assertThat(c.first()).as("%s starts where the previous class ended", c).isEqualTo(next);
            next = c.last() + 1;
        }
        assertThat(next - 1).isEqualTo(Q850Cause.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 128, -5})
    void valueOutOfRangeHasNoClass(int value) {
        assertThatThrownBy(() -> Q850CauseClass.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Q.850 cause values run from 1 to 127; got " + value);
    }
}
