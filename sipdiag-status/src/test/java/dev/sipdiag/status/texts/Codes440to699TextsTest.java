package dev.sipdiag.status.texts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.SipStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the English and Dutch explanation bundles for the registered codes 440 to 699: every code has a
 * meaning, sender, retry advice and 2 to 5 gap-free causes and actions in both languages, cause categories are
 * valid and identical across languages, and both files have exactly the same keys.
 */
class Codes440to699TextsTest {

    /** Lowest code these bundles cover. */
    private static final int FIRST_CODE = 440;
    /** Highest code these bundles cover. */
    private static final int LAST_CODE = 699;
    /** Fewest causes, and fewest actions, a code may have. */
    private static final int MIN_ITEMS = 2;
    /** Most causes, and most actions, a code may have. */
    private static final int MAX_ITEMS = 5;

    private static final String RESOURCE = "/dev/sipdiag/status/texts/Codes440to699_%s.properties";
    private static final List<String> LANGUAGES = List.of("en", "nl");
    private static final Set<String> CATEGORIES =
            Set.of("network", "nat", "sip-alg", "device", "account", "numbering", "provider", "callee", "protocol");

    /** Every key a bundle may hold: code, then a field, with causes and actions numbered 1 to 9. */
    private static final Pattern KEY =
            Pattern.compile("(\\d{3})\\.(meaning|sender|retry|note|(cause|action)\\.([1-9]))");
    /** The comment line that opens a code's block: {@code # 486 Busy Here}. */
    private static final Pattern BLOCK_HEADER = Pattern.compile("# (\\d{3}) (.+)");

    private static final Map<String, String> RAW =
            LANGUAGES.stream().collect(Collectors.toMap(lang -> lang, Codes440to699TextsTest::readStrictUtf8));
    private static final Map<String, Properties> BUNDLES =
            LANGUAGES.stream().collect(Collectors.toMap(lang -> lang, lang -> load(RAW.get(lang))));

    static Stream<SipStatus> codesInRange() {
        return SipStatus.all().stream().filter(s -> s.code() >= FIRST_CODE && s.code() <= LAST_CODE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesInRange")
    void everyCodeHasMeaningSenderAndRetryInBothLanguages(SipStatus status) {
        for (String lang : LANGUAGES) {
            for (String field : List.of("meaning", "sender", "retry")) {
                assertThat(value(lang, status.code() + "." + field)).as("%s %d.%s", lang, status.code(), field)
                        .isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesInRange")
    void causesAndActionsAreNumberedWithoutGapsAndWithinLimits(SipStatus status) {
        for (String lang : LANGUAGES) {
            for (String kind : List.of("cause", "action")) {
                List<Integer> numbers = numbers(lang, status.code(), kind);
                assertThat(numbers).as("%s %d.%s numbers", lang, status.code(), kind)
                        .hasSizeBetween(MIN_ITEMS, MAX_ITEMS)
                        .isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesInRange")
    void causeCategoriesAreValidAndTheSameInBothLanguages(SipStatus status) {
        int code = status.code();
        for (int n : numbers("en", code, "cause")) {
            String key = code + ".cause." + n;
            String[] en = value("en", key).split("\\|", 2);
            String[] nl = value("nl", key).split("\\|", 2);
            assertThat(en).as("en %s has category|text", key).hasSize(2);
            assertThat(nl).as("nl %s has category|text", key).hasSize(2);
            assertThat(en[0]).as("en %s category", key).isIn(CATEGORIES);
            assertThat(nl[0]).as("nl %s category", key).isEqualTo(en[0]);
            assertThat(en[1]).as("en %s text", key).isNotBlank();
            assertThat(nl[1]).as("nl %s text", key).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesInRange")
    void eachBlockOpensWithTheCodeAndItsReasonPhrase(SipStatus status) {
        for (String lang : LANGUAGES) {
            assertThat(RAW.get(lang).lines())
                    .as("%s header comment for %d", lang, status.code())
                    .contains("# " + status.code() + " " + status.reasonPhrase());
        }
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(new TreeSet<>(BUNDLES.get("nl").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(BUNDLES.get("en").stringPropertyNames()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "nl"})
    void everyKeyIsWellFormedBelongsToACodeInRangeAndHasAValue(String lang) {
        Set<Integer> codes = codesInRange().map(SipStatus::code).collect(Collectors.toSet());
        Set<Integer> headers = RAW.get(lang).lines().map(BLOCK_HEADER::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).collect(Collectors.toSet());
        assertThat(headers).as("%s block headers", lang).isEqualTo(codes);
        for (String key : BUNDLES.get(lang).stringPropertyNames()) {
            Matcher m = KEY.matcher(key);
            assertThat(m.matches()).as("%s key %s is well formed", lang, key).isTrue();
            assertThat(codes).as("%s key %s is for a registered code in range", lang, key)
                    .contains(Integer.parseInt(m.group(1)));
            assertThat(value(lang, key)).as("%s %s", lang, key).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "nl"})
    void linesHaveNoTrailingSpacesContinuationsOrUnicodeEscapes(String lang) {
        List<String> lines = RAW.get(lang).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = lang + " line " + (i + 1);
            assertThat(line).as(where).doesNotEndWith(" ").doesNotEndWith("\t").doesNotEndWith("\\")
                    .doesNotContain("\\u");
        }
    }

    /** Numbers K of the keys {@code code.kind.K} present in the bundle, ascending. */
    private static List<Integer> numbers(String lang, int code, String kind) {
        String prefix = code + "." + kind + ".";
        return BUNDLES.get(lang).stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .map(k -> Integer.parseInt(k.substring(prefix.length()))).sorted().toList();
    }

    private static String value(String lang, String key) {
        String value = BUNDLES.get(lang).getProperty(key);
        return value == null ? "" : value;
    }

    private static String readStrictUtf8(String lang) {
        String resource = RESOURCE.formatted(lang);
        try (InputStream in = Codes440to699TextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(resource + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + resource, e);
        }
    }

    private static Properties load(String text) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("cannot parse properties", e);
        }
        return properties;
    }
}
