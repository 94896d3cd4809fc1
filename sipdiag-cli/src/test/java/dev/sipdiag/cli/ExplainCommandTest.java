package dev.sipdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void explainsACodeInEnglishText() {
        Cli r = Cli.run("explain", "486", "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("486 Busy Here").contains("RFC 3261 §21.4.24")
                .contains("Meaning").contains("Likely causes").contains("What to check").contains("Retry");
        assertThat(r.out()).doesNotContain("\u001b["); // no colour when not on a terminal
        assertThat(r.err()).isEmpty();
    }

    @Test
    void explainsInDutch() {
        Cli r = Cli.run("explain", "486", "--lang", "nl");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Betekenis").contains("Mogelijke oorzaken").containsAnyOf("in gesprek", "bezet");
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        Cli r = Cli.run("explain", "486", "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("lang").asText()).isEqualTo("en");
        JsonNode c = root.get("codes").get(0);
        assertThat(c.get("code").asInt()).isEqualTo(486);
        assertThat(c.get("reason").asText()).isEqualTo("Busy Here");
        assertThat(c.get("class").asText()).isEqualTo("4xx");
        assertThat(c.get("registered").asBoolean()).isTrue();
        assertThat(c.get("status").asText()).isEqualTo("current");
        assertThat(c.get("rfc").asText()).isEqualTo("RFC 3261 §21.4.24");
        assertThat(c.has("treatAs")).isFalse();
        assertThat(c.get("failure").asBoolean()).isTrue();
        assertThat(c.get("meaning").asText()).isNotBlank();
        assertThat(c.get("causes").size()).isGreaterThanOrEqualTo(2);
        assertThat(c.get("causes").get(0).get("category").asText())
                .isIn("network", "nat", "sip-alg", "device", "account", "numbering", "provider", "callee", "protocol");
        assertThat(c.get("causes").get(0).get("text").asText()).isNotBlank();
        assertThat(c.get("actions").size()).isGreaterThanOrEqualTo(2);
        assertThat(c.get("retry").asText()).isNotBlank();
        assertThat(c.get("q850").isArray()).isTrue();
    }

    @Test
    void unregisteredCodeSaysWhatItIsTreatedAs() throws Exception {
        Cli r = Cli.run("explain", "499", "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode c = JSON.readTree(r.out()).get("codes").get(0);
        assertThat(c.get("registered").asBoolean()).isFalse();
        assertThat(c.get("status").asText()).isEqualTo("unregistered");
        assertThat(c.get("treatAs").asInt()).isEqualTo(400);
        assertThat(c.get("reason").isNull()).isTrue();
        assertThat(c.get("classLevelText").asBoolean()).isTrue();
        Cli text = Cli.run("explain", "150", "--lang", "en");
        assertThat(text.out()).contains("183 Session Progress");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Request Timed Out|408", "busy here|486", "Gateway Time-out|504", "Etension Required|421"})
    void explainsByPhrase(String phrase, int code) throws Exception {
        Cli r = Cli.run("explain", phrase, "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(JSON.readTree(r.out()).get("codes").get(0).get("code").asInt()).isEqualTo(code);
    }

    @Test
    void wordsWithoutQuotesAreOnePhrase() throws Exception {
        Cli r = Cli.run("explain", "moved", "temprarily", "404", "--format", "json");
        JsonNode codes = JSON.readTree(r.out()).get("codes");
        assertThat(codes.size()).isEqualTo(2);
        assertThat(codes.get(0).get("code").asInt()).isEqualTo(302);
        assertThat(codes.get(1).get("code").asInt()).isEqualTo(404);
    }

    @Test
    void ambiguousPhraseListsEveryCodeAndSaysSo() throws Exception {
        Cli r = Cli.run("explain", "Not Acceptable", "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        JsonNode codes = JSON.readTree(r.out()).get("codes");
        assertThat(codes.size()).isEqualTo(2);
        assertThat(r.err()).contains("several codes").contains("406").contains("606");
    }

    @Test
    void q850CauseNamesItsSipCodeBothWays() throws Exception {
        Cli r = Cli.run("explain", "q850:17", "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode c = JSON.readTree(r.out()).get("q850").get(0);
        assertThat(c.get("cause").asInt()).isEqualTo(17);
        assertThat(c.get("name").asText()).isEqualTo("User busy");
        assertThat(c.get("sip").asInt()).isEqualTo(486);
        assertThat(c.get("class").asText()).isEqualTo("normal-event");
        Cli text = Cli.run("explain", "q850:17", "--lang", "en");
        assertThat(text.out()).contains("User busy").contains("486 Busy Here");
        Cli q16 = Cli.run("explain", "Q850:16", "--format", "json");
        assertThat(JSON.readTree(q16.out()).get("q850").get(0).get("sip").isNull()).isTrue();
        JsonNode busy = JSON.readTree(Cli.run("explain", "486", "--format", "json").out()).get("codes").get(0);
        assertThat(busy.get("q850").get(0).asInt()).isEqualTo(17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "700", "banana", "-5", "99999999999999999999", "q850:abc", "q850:0", "q850:128",
        "4xx", "7xx"})
    void badQueriesAreUsageErrorsThatSayWhatIsAccepted(String q) {
        Cli r = Cli.run("explain", q);
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(q);
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4xx", "6XX", "1xx"})
    void aClassOfCodesPointsToTheListOfTheClass(String q) {
        Cli r = Cli.run("explain", q);
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("class of status codes").contains("sipdiag codes --class " + q.toLowerCase());
        assertThat(Cli.run("codes", "--class", q.toLowerCase()).exit()).isZero();
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(Cli.run("explain", "486", "--lang", "de").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("explain", "486", "--format", "xml").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("explain").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
        Cli bare = Cli.run();
        assertThat(bare.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bare.err()).contains("analyze").contains("explain");
    }
}
