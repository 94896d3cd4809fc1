package dev.sipdiag.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ExplanationsTest {
    static final Locale EN = Locale.ENGLISH;
    static final Locale NL = Locale.forLanguageTag("nl");

    static Stream<Arguments> codesAndLanguages() {
        return SipStatus.all().stream().flatMap(s -> Stream.of(Arguments.of(s, EN), Arguments.of(s, NL)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("codesAndLanguages")
    void everyCodeHasEveryTextOfItsOwn(SipStatus s, Locale lang) {
        Explanation e = Explanations.explain(s, lang);
        assertThat(e.classLevel()).as("own texts for %s", s).isFalse();
        assertThat(e.meaning()).isNotBlank();
        assertThat(e.sender()).isNotBlank();
        assertThat(e.retry()).isNotBlank();
        assertThat(e.causes()).hasSizeBetween(2, 5).allSatisfy(c -> assertThat(c.text()).isNotBlank());
        assertThat(e.actions()).hasSizeBetween(2, 5).allSatisfy(a -> assertThat(a).isNotBlank());
        assertThat(e.language().getLanguage()).isEqualTo(lang.getLanguage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sipdiag.status.ReasonPhrasesTest#allCodes")
    void languagesAgreeOnCategoriesAndCounts(SipStatus s) {
        Explanation en = Explanations.explain(s, EN);
        Explanation nl = Explanations.explain(s, NL);
        assertThat(nl.causes()).extracting(Explanation.Cause::category)
                .containsExactlyElementsOf(en.causes().stream().map(Explanation.Cause::category).toList());
        assertThat(nl.actions()).hasSameSizeAs(en.actions());
        assertThat(nl.note() == null).isEqualTo(en.note() == null);
        assertThat(nl.meaning()).isNotEqualTo(en.meaning());
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> en = new TreeSet<>(Explanations.texts(EN).keySet());
        Set<String> nl = new TreeSet<>(Explanations.texts(NL).keySet());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(nl);
        Set<String> onlyNl = new TreeSet<>(nl);
        onlyNl.removeAll(en);
        assertThat(onlyEn).as("keys missing in Dutch").isEmpty();
        assertThat(onlyNl).as("keys missing in English").isEmpty();
    }

    @Test
    void noTextIsBlankAndNumberingHasNoGaps() {
        for (Locale lang : Explanations.LANGUAGES) {
            Map<String, String> t = Explanations.texts(lang);
            List<String> problems = new ArrayList<>();
            t.forEach((k, v) -> {
                if (v.isBlank()) {
                    problems.add(k + " is blank");
                }
                if (k.matches(".*\\.(cause|action)\\.\\d+")) {
                    int n = Integer.parseInt(k.substring(k.lastIndexOf('.') + 1));
                    if (n > 1 && !t.containsKey(k.substring(0, k.lastIndexOf('.') + 1) + (n - 1))) {
                        problems.add(k + " follows a gap");
                    }
                }
            });
            assertThat(problems).as(lang.toString()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(StatusClass.class)
    void everyClassHasTextsForUnregisteredCodes(StatusClass c) {
        SipStatus unknown = SipStatus.valueOf(c.baseCode() + 98); // 198, 298, ... 698: none registered
        for (Locale lang : Explanations.LANGUAGES) {
            Explanation e = Explanations.explain(unknown, lang);
            assertThat(e.classLevel()).isTrue();
            assertThat(e.meaning()).isNotBlank();
            assertThat(e.causes()).isNotEmpty();
            assertThat(e.actions()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyCategoryHasALabelAndHelp(Category c) {
        for (Locale lang : Explanations.LANGUAGES) {
            assertThat(Explanations.categoryLabel(c, lang)).isNotBlank();
            assertThat(Explanations.categoryHelp(c, lang)).isNotBlank();
        }
    }

    @Test
    void verdicts() {
        assertThat(Verdict.of(SipStatus.RINGING)).isEqualTo(Verdict.NOT_A_FAILURE);
        assertThat(Verdict.of(SipStatus.OK)).isEqualTo(Verdict.NOT_A_FAILURE);
        assertThat(Verdict.of(SipStatus.UNAUTHORIZED)).isEqualTo(Verdict.DEPENDS);
        assertThat(Verdict.of(SipStatus.PROXY_AUTHENTICATION_REQUIRED)).isEqualTo(Verdict.DEPENDS);
        assertThat(Verdict.of(SipStatus.REQUEST_TERMINATED)).isEqualTo(Verdict.DEPENDS);
        assertThat(Verdict.of(SipStatus.MOVED_TEMPORARILY)).isEqualTo(Verdict.DEPENDS);
        assertThat(Verdict.of(SipStatus.BUSY_HERE)).isEqualTo(Verdict.FAILURE);
        assertThat(Verdict.of(SipStatus.valueOf(499))).isEqualTo(Verdict.FAILURE);
        for (String code : List.of("401", "407", "487")) {
            assertThat(Explanations.explain(SipStatus.valueOf(Integer.parseInt(code)), EN).note())
                    .as("%s says when it is not a failure", code).isNotBlank();
        }
    }

    /*
     * The provider overview page gives a Dutch note for seven codes; the Dutch text must convey at least that.
     * Each row: code, and words of which at least one must appear in the Dutch meaning or causes.
     */
    static Stream<Arguments> overviewNotes() {
        return Stream.of(
                Arguments.of(404, List.of("nummer"), List.of("bestaat niet", "onbekend", "niet herkend", "incompleet", "onvolledig")),
                Arguments.of(408, List.of("neemt niet op", "neemt niet aan", "niet aan", "niet op"), List.of("gaat niet over", "overgaan", "bereik", "reageert niet", "antwoord")),
                Arguments.of(484, List.of("nummer"), List.of("niet compleet", "onvolledig", "incompleet", "cijfers")),
                Arguments.of(486, List.of("in gesprek", "bezet"), List.of("in gesprek", "bezet")),
                Arguments.of(487, List.of("beëindig", "afgebroken", "geannuleerd", "opgehangen", "neemt niet op"), List.of("opgehangen", "beëindig", "afgebroken", "annul", "niet op")),
                Arguments.of(500, List.of("fout"), List.of("opnieuw", "nogmaals")),
                Arguments.of(503, List.of("niet beschikbaar", "onbereikbaar", "niet bereikbaar"), List.of("opnieuw", "nogmaals", "later")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overviewNotes")
    void dutchConveysTheOverviewPage(int code, List<String> first, List<String> second) {
        Explanation e = Explanations.explain(SipStatus.valueOf(code), NL);
        String all = (e.meaning() + " " + e.causes() + " " + e.actions() + " " + e.retry()).toLowerCase(NL);
        assertThat(first).as("one of %s in %s", first, all).anyMatch(all::contains);
        assertThat(second).as("one of %s in %s", second, all).anyMatch(all::contains);
    }
}
