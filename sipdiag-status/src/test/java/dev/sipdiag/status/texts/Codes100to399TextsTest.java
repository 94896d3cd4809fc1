package dev.sipdiag.status.texts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.SipStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that the texts for codes 100 to 399 (plus class texts, category labels and the unregistered
 * codes seen on the wire) are complete and consistent in English and Dutch.
 */
class Codes100to399TextsTest {

    private static final String BUNDLE = "/dev/sipdiag/status/texts/Codes100to399_%s.properties";
    private static final List<String> LANGUAGES = List.of("en", "nl");

    /** Highest code this bundle covers; 4xx and up live in other bundles. */
    private static final int LAST_CODE = 399;
    /** Fewest and most causes or actions per entry the text format allows. */
    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEMS = 5;

    private static final List<String> CATEGORIES = List.of(
            "network", "nat", "sip-alg", "device", "account", "numbering", "provider", "callee", "protocol");
    private static final List<String> CLASSES = List.of("1xx", "2xx", "3xx", "4xx", "5xx", "6xx");
    /** Unregistered codes (or phrases) seen on the wire that get a wild.N text here. */
    private static final List<Integer> WILD_CODES = List.of(439, 477, 478, 479, 490, 687, 203, 303);

    /** Every key the bundle may hold; anything else is a typo. */
    private static final Pattern KEY = Pattern.compile(
            "(?:\\d{3}|class\\.[1-6]xx)\\.(?:meaning|sender|retry|note|(?:cause|action)\\.[1-9])"
                    + "|category\\.[a-z-]+(?:\\.help)?"
                    + "|wild\\.\\d{3}\\.(?:meaning|sender)");

    private static final Map<String, Properties> TEXTS = Map.of("en", load("en"), "nl", load("nl"));

    static Stream<Integer> codes() {
        return SipStatus.all().stream().map(SipStatus::code).filter(code -> code <= LAST_CODE);
    }

    static Stream<String> entries() {
        return Stream.concat(codes().map(String::valueOf), CLASSES.stream().map(c -> "class." + c));
    }

    @Test
    void coversEveryRegisteredCodeBelow400() {
        assertThat(codes()).containsExactly(100, 180, 181, 182, 183, 199, 200, 202, 204, 300, 301, 302, 305, 380);
    }

    @ParameterizedTest
    @MethodSource("entries")
    void entryIsComplete(String prefix) {
        for (String lang : LANGUAGES) {
            Properties p = TEXTS.get(lang);
            for (String part : List.of("meaning", "sender", "retry")) {
                assertThat(p.getProperty(prefix + "." + part)).as("%s %s.%s", lang, prefix, part).isNotBlank();
            }
            for (String list : List.of("cause", "action")) {
                List<Integer> numbers = indices(p, prefix + "." + list);
                assertThat(numbers)
                        .as("%s %s.%s numbered 1..n without gaps", lang, prefix, list)
                        .hasSizeBetween(MIN_ITEMS, MAX_ITEMS)
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("entries")
    void causesHaveValidCategoriesIdenticalAcrossLanguages(String prefix) {
        List<String> english = categories(TEXTS.get("en"), prefix);
        assertThat(english).isNotEmpty().allSatisfy(c -> assertThat(CATEGORIES).contains(c));
        assertThat(categories(TEXTS.get("nl"), prefix)).isEqualTo(english);
    }

    @Test
    void everyCategoryHasLabelAndHelp() {
        for (String lang : LANGUAGES) {
            for (String category : CATEGORIES) {
                assertThat(TEXTS.get(lang).getProperty("category." + category)).as(lang).isNotBlank();
                assertThat(TEXTS.get(lang).getProperty("category." + category + ".help")).as(lang).isNotBlank();
            }
        }
    }

    @Test
    void everyWildCodeHasMeaningAndSender() {
        for (String lang : LANGUAGES) {
            for (int code : WILD_CODES) {
                assertThat(TEXTS.get(lang).getProperty("wild." + code + ".meaning")).as(lang).isNotBlank();
                assertThat(TEXTS.get(lang).getProperty("wild." + code + ".sender")).as(lang).isNotBlank();
            }
        }
    }

    @Test
    void languagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(TEXTS.get("nl").stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(TEXTS.get("en").stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void keysAreKnownAndValuesClean(String lang) {
        Properties p = TEXTS.get(lang);
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            assertThat(key).as(lang).matches(KEY);
            assertThat(value).as("%s %s", lang, key).isNotBlank().isEqualTo(value.strip());
        }
    }

    /** {@link Properties} hides duplicates and continuations, so these are checked on the raw lines. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void rawLinesHaveNoDuplicatesContinuationsOrTrailingSpace(String lang) {
        Set<String> seen = new HashSet<>();
        for (String line : lines(lang)) {
            assertThat(line).as(lang).isEqualTo(line.stripTrailing()).doesNotEndWith("\\");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String key = line.substring(0, line.indexOf('='));
            assertThat(seen.add(key)).as("%s duplicate key %s", lang, key).isTrue();
        }
    }

    private static List<Integer> indices(Properties p, String prefix) {
        Pattern item = Pattern.compile(Pattern.quote(prefix) + "\\.(\\d+)");
        return p.stringPropertyNames().stream()
                .map(item::matcher)
                .filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1)))
                .sorted()
                .toList();
    }

    private static List<String> categories(Properties p, String prefix) {
        List<String> result = new ArrayList<>();
        for (int i : indices(p, prefix + ".cause")) {
            String value = p.getProperty(prefix + ".cause." + i);
            int bar = value.indexOf('|');
            assertThat(bar).as("%s.cause.%d has category|text", prefix, i).isPositive();
            assertThat(value.substring(bar + 1)).as("%s.cause.%d text", prefix, i).isNotBlank();
            result.add(value.substring(0, bar));
        }
        return result;
    }

    private static InputStream open(String lang) {
        InputStream in = Codes100to399TextsTest.class.getResourceAsStream(BUNDLE.formatted(lang));
        assertThat(in).as("bundle %s", lang).isNotNull();
        return in;
    }

    private static Properties load(String lang) {
        try (var reader = new InputStreamReader(open(lang), StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String lang) {
        try (var reader = new BufferedReader(new InputStreamReader(open(lang), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
