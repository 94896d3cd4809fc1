package dev.sipdiag.analysis.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every rule has its texts in English and Dutch, and the bundles hold nothing else. */
class FindingsTextsTest {

    static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FindingsTextsTest.class.getResourceAsStream(
                "/dev/sipdiag/analysis/diagnosis/Findings_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Stream<Rule> rules() {
        return Rules.all().stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void everyRuleHasItsTextsInBothLanguages(Rule r) throws IOException {
        assertThat(r.textKeys()).as(r.id()).isNotEmpty().allMatch(k -> k.startsWith(r.id() + "."));
        assertThat(r.textKeys()).as(r.id() + " needs a message and a fix")
                .anyMatch(k -> k.endsWith(".message")).anyMatch(k -> k.endsWith(".fix"));
        for (String lang : List.of("en", "nl")) {
            Properties p = bundle(lang);
            for (String k : r.textKeys()) {
                assertThat(p.getProperty(k)).as(lang + ": " + k).isNotBlank();
            }
            Texts t = new Texts(Locale.forLanguageTag(lang));
            assertThat(r.textKeys()).allMatch(t::has);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneWithoutARule() throws IOException {
        Set<String> used = new HashSet<>();
        Rules.all().forEach(r -> used.addAll(r.textKeys()));
        used.addAll(Sweeps.TEXT_KEYS);
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("nl").stringPropertyNames())
                .isEqualTo(used);
    }

    @Test
    void ruleIdsAreUniqueAndStable() {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void everyTextIsAValidPatternWithoutStrayQuotes(String lang) throws IOException {
        Properties p = bundle(lang);
        Properties en = bundle("en");
        for (String k : p.stringPropertyNames()) {
            String v = p.getProperty(k);
            new MessageFormat(v, Locale.forLanguageTag(lang)); // throws on a broken pattern
            // MessageFormat drops a single quote and quotes what follows: every quote must be doubled
            assertThat(v.replace("''", "")).as(lang + ": " + k).doesNotContain("'");
            if (lang.equals("nl")) {
                assertThat(v).as("nl text is translated: " + k).isNotEqualTo(en.getProperty(k));
            }
        }
    }
}
