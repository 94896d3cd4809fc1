package dev.sipdiag.analysis.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AddressesTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/dev/sipdiag/analysis/diagnosis/addresses.tsv", delimiter = '\t',
            numLinesToSkip = 1, nullValues = "-")
    void hostAndPrivacy(String text, String host, boolean literal, boolean isPrivate) {
        assertThat(Addresses.host(text)).isEqualTo(host);
        assertThat(Addresses.isLiteral(host)).isEqualTo(literal);
        assertThat(Addresses.isPrivate(host)).isEqualTo(isPrivate);
    }
}
