package dev.sipdiag.sip;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class IssueCodeTest {

    @ParameterizedTest
    @EnumSource(IssueCode.class)
    void everyCodeIsExplainedInEnglishAndDutch(IssueCode code) {
        String en = code.explain(Locale.ENGLISH);
        String nl = code.explain(Locale.forLanguageTag("nl"));
        assertThat(en).isNotBlank();
        assertThat(nl).isNotBlank().isNotEqualTo(en);
        assertThat(code.explain(Locale.GERMAN)).isEqualTo(en);
        assertThat(IssueCode.fromCode(code.code())).isSameAs(code);
        assertThat(code.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
