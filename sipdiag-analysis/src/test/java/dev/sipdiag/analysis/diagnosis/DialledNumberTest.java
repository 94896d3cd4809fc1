package dev.sipdiag.analysis.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DialledNumberTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvFileSource(resources = "/dev/sipdiag/analysis/diagnosis/dialled-numbers.tsv", delimiter = '\t',
            numLinesToSkip = 1, nullValues = "-")
    void classifiesTheDialledNumber(String dialled, String kind, String e164) {
        DialledNumber n = DialledNumber.of(dialled);
        assertThat(n.kind().id()).isEqualTo(kind);
        assertThat(n.e164()).isEqualTo(e164);
    }

    @ParameterizedTest(name = "user of {0}")
    @CsvFileSource(resources = "/dev/sipdiag/analysis/diagnosis/uri-users.tsv", delimiter = '\t',
            numLinesToSkip = 1, nullValues = "-")
    void findsTheUserPart(String uri, String user) {
        assertThat(DialledNumber.userOf(uri)).isEqualTo(user);
    }
}
