package dev.sipdiag.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    @ParameterizedTest(name = "every {0} label is in {1}")
    @CsvSource({"en, nl", "nl, en"})
    void everyLanguageHasEveryLabel(String one, String other) {
        ResourceBundle a = bundle(one);
        ResourceBundle b = bundle(other);
        assertThat(b.keySet()).containsAll(a.keySet());
        for (String k : a.keySet()) {
            assertThat(b.getString(k)).as(k).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Page 2 of 7", "nl, Pagina 2 van 7"})
    void patternsFormatTheirArguments(String lang, String expected) {
        assertThat(new Labels(Locale.forLanguageTag(lang)).get("html.page", 2, 7)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"severity.error, error", "severity.critical, critical", "exchangeOutcome.auth-failed, authentication failed"})
    void idsWithoutALabelFallBackToTheId(String key, String expected) {
        assertThat(new Labels(Locale.ENGLISH).getOr(key, key.substring(key.indexOf('.') + 1))).isEqualTo(expected);
    }

    private static ResourceBundle bundle(String lang) {
        return ResourceBundle.getBundle(Labels.BUNDLE, Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
