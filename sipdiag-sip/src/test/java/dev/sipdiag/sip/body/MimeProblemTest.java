package dev.sipdiag.sip.body;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem has a stable, prefixed code and an explanation in English and Dutch. */
class MimeProblemTest {

    @ParameterizedTest
    @EnumSource(MimeProblem.class)
    void explainedInEveryLanguage(MimeProblem p) {
        assertThat(p.code()).startsWith("mime.").matches("[a-z0-9.-]+");
        String en = p.explain(Locale.ENGLISH);
        String nl = p.explain(Locale.of("nl"));
        assertThat(en).isNotBlank();
        assertThat(nl).isNotBlank().isNotEqualTo(en);
        assertThat(ResourceBundle.getBundle("dev.sipdiag.sip.body.messages", Locale.of("nl")).keySet())
                .contains(p.code());
    }
}
