package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLER;
import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.Category;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberingRuleTest {

    private static Flow refused(String requestUri, int status, String phrase) {
        Flow f = new Flow("n-" + status);
        SipEvent inv = f.edit(f.request(CALLER, PROXY, "INVITE", 1, null), b -> b.requestUri = requestUri);
        f.after(30).respond(inv, 100, "Trying", null);
        f.after(30).respond(inv, status, phrase, "p");
        f.after(5).request(CALLER, PROXY, "ACK", 1, "p", inv.branch(), "caller-tag");
        return f;
    }

    @ParameterizedTest(name = "{1} to {0}")
    @CsvSource(delimiter = '|', value = {
            "sip:020123@example.net|484|Address Incomplete|has 6 digits, where a Dutch national number has 10",
            "sip:0031201234567@example.net|404|Not Found|+31201234567",
            "sip:bob@example.net|404|Not Found|is a name, not a number",
            "sip:5551234567@example.net|604|Does Not Exist Anywhere|no country code",
            "sip:12@example.net|485|Ambiguous|short number"})
    void namesTheNumberAndWhatIsWrongWithIt(String uri, int status, String phrase, String remark) {
        assertThat(refused(uri, status, phrase).findings("numbering")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.category()).isEqualTo(Category.NUMBERING);
            assertThat(x.message()).contains("\"" + DialledNumberUser.of(uri) + "\"", status + " " + phrase,
                    "198.51.100.1:5060 (TestServer/2.0)", remark);
            assertThat(x.messages()).containsExactly(0, 2);
        });
    }

    @Test
    void dutch() {
        assertThat(refused("sip:020123@example.net", 484, "Address Incomplete")
                .findings("numbering", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("onvolledig", "\"020123\"", "6 cijfers"));
    }

    @Test
    void otherFailuresAreNotANumberingProblem() {
        assertThat(refused("sip:0201234567@example.net", 486, "Busy Here").findings("numbering")).isEmpty();
        assertThat(refused("sip:0201234567@example.net", 403, "Forbidden").findings("numbering")).isEmpty();
    }

    /** The user part as the test data writes it. */
    private static final class DialledNumberUser {
        static String of(String uri) {
            return uri.substring(4, uri.indexOf('@'));
        }
    }
}
