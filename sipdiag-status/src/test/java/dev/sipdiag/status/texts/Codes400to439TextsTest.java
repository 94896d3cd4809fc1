package dev.sipdiag.status.texts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.SipStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the English and Dutch explanation bundles for codes 400-439: every registered code in the range has a
 * meaning, a sender, a retry hint and 2-5 numbered causes and actions, with the same keys and the same cause
 * categories in both languages.
 */
class Codes400to439TextsTest {

    private static final String DIR = "/dev/sipdiag/status/texts/";
    private static final String BASE = "Codes400to439";
    private static final int FIRST_CODE = 400;
    private static final int LAST_CODE = 439;
    /** Fewest causes or actions a code may have. */
    private static final int MIN_ITEMS = 2;
    /** Most causes or actions a code may have. */
    private static final int MAX_ITEMS = 5;
    private static final Set<String> CATEGORIES = Set.of(
            "network", "nat", "sip-alg", "device", "account", "numbering", "provider", "callee", "protocol");
    private static final Pattern KEY = Pattern.compile(
            "(\\d{3})\\.(meaning|sender|retry|note|cause\\.([1-9]\\d*)|action\\.([1-9]\\d*))");

    private static Properties en;
    private static Properties nl;

    @BeforeAll
    static void load() throws IOException {
        en = load("en");
        nl = load("nl");
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(open(language), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static InputStream open(String language) {
        InputStream in = Codes400to439TextsTest.class.getResourceAsStream(DIR + BASE + "_" + language + ".properties");
        assertThat(in).as("bundle %s_%s on the class path", BASE, language).isNotNull();
        return in;
    }

    private static List<String> rawLines(String language) throws IOException {
        try (InputStream in = open(language)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static Stream<SipStatus> codes() {
        return SipStatus.all().stream().filter(s -> s.code() >= FIRST_CODE && s.code() <= LAST_CODE);
    }

    @Test
    void rangeCoversTheThirtyTwoCodesOfTheRegistryIncludingObsolete409And411() {
        assertThat(codes().map(SipStatus::code)).containsExactly(
                400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417,
                420, 421, 422, 423, 424, 425, 428, 429, 430, 433, 436, 437, 438, 439);
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(nl.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void everyKeyIsWellFormedAndBelongsToACodeOfTheRange(String language) {
        Properties p = language.equals("en") ? en : nl;
        for (String key : p.stringPropertyNames()) {
            Matcher m = KEY.matcher(key);
            assertThat(m.matches()).as("%s: key %s", language, key).isTrue();
            assertThat(SipStatus.known(Integer.parseInt(m.group(1))))
                    .as("%s: key %s names a known code", language, key).isNotNull();
            assertThat(Integer.parseInt(m.group(1))).isBetween(FIRST_CODE, LAST_CODE);
            assertThat(p.getProperty(key)).as("%s: %s", language, key).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void filesAreSingleLineUtf8WithoutEscapesOrTrailingSpace(String language) throws IOException {
        for (String line : rawLines(language)) {
            assertThat(line).as("%s: %s", language, line).doesNotContain("\\").doesNotEndWith(" ").doesNotEndWith("\t");
        }
    }

    @ParameterizedTest
    @MethodSource("codes")
    void eachCodeHasACommentHeaderWithItsReasonPhrase(SipStatus status) throws IOException {
        String header = "# " + status.code() + " " + status.reasonPhrase();
        assertThat(rawLines("en")).anyMatch(line -> line.startsWith(header));
        assertThat(rawLines("nl")).anyMatch(line -> line.startsWith(header));
    }

    @ParameterizedTest
    @MethodSource("codes")
    void eachCodeIsCompleteInBothLanguages(SipStatus status) {
        int code = status.code();
        for (Properties p : List.of(en, nl)) {
            for (String field : List.of("meaning", "sender", "retry")) {
                assertThat(p.getProperty(code + "." + field)).as("%d.%s", code, field).isNotBlank();
            }
            for (String list : List.of("cause", "action")) {
                int n = count(p, code, list);
                assertThat(n).as("%d: number of %ss", code, list).isBetween(MIN_ITEMS, MAX_ITEMS);
            }
        }
        assertThat(count(nl, code, "cause")).isEqualTo(count(en, code, "cause"));
        assertThat(count(nl, code, "action")).isEqualTo(count(en, code, "action"));
    }

    @ParameterizedTest
    @MethodSource("codes")
    void numberingHasNoGaps(SipStatus status) {
        for (Properties p : List.of(en, nl)) {
            for (String list : List.of("cause", "action")) {
                int n = count(p, status.code(), list);
                String prefix = status.code() + "." + list + ".";
                assertThat(p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)))
                        .as("%s* numbered 1..%d without gaps", prefix, n)
                        .hasSize(n);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("codes")
    void causesHaveAValidCategoryThatIsTheSameInBothLanguages(SipStatus status) {
        int code = status.code();
        List<String> enCategories = categories(en, code);
        List<String> nlCategories = categories(nl, code);
        assertThat(enCategories).as("%d categories", code).allMatch(CATEGORIES::contains);
        assertThat(nlCategories).as("%d categories en vs nl", code).isEqualTo(enCategories);
    }

    /** The provider's own overview (seed) sets the minimum the Dutch text for these codes must say. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "404; niet herkend; incompleet",
        "408; neemt niet aan; gaat niet over",
    })
    void dutchMeaningConveysTheProvidersOwnWording(int code, String first, String second) {
        assertThat(nl.getProperty(code + ".meaning").toLowerCase(Locale.ROOT)).contains(first, second);
    }

    /** Number of consecutive entries N.list.1, N.list.2, ... present. */
    private static int count(Properties p, int code, String list) {
        int n = 0;
        while (p.getProperty(code + "." + list + "." + (n + 1)) != null) {
            n++;
        }
        return n;
    }

    private static List<String> categories(Properties p, int code) {
        List<String> result = new ArrayList<>();
        for (int i = 1; i <= count(p, code, "cause"); i++) {
            String value = p.getProperty(code + ".cause." + i);
            int bar = value.indexOf('|');
            assertThat(bar).as("%d.cause.%d has category|text", code, i).isPositive();
            assertThat(value.substring(bar + 1)).as("%d.cause.%d text", code, i).isNotBlank().doesNotContain("|");
            result.add(value.substring(0, bar));
        }
        return result;
    }
}
