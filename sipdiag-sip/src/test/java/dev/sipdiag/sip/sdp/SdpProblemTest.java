package dev.sipdiag.sip.sdp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem has a stable, prefixed code and an explanation in English and Dutch. */
class SdpProblemTest {

    @ParameterizedTest
    @EnumSource(SdpProblem.class)
    void explainedInEveryLanguage(SdpProblem p) {
        assertThat(p.code()).startsWith("sdp.").matches("[a-z0-9.-]+");
        String en = p.explain(Locale.ENGLISH);
        String nl = p.explain(Locale.of("nl"));
        assertThat(en).isNotBlank();
        assertThat(nl).isNotBlank().isNotEqualTo(en);
        // the Dutch bundle must hold the key itself, not fall back to English
        assertThat(ResourceBundle.getBundle("dev.sipdiag.sip.sdp.messages", Locale.of("nl")).keySet())
                .contains(p.code());
    }
}
