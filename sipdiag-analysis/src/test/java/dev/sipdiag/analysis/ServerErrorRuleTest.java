package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLER;
import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.Category;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ServerErrorRuleTest {

    private static Flow failed(int status, String phrase, int retryAfter, boolean ring) {
        Flow f = new Flow("se-" + status);
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(50).respond(inv, 100, "Trying", null);
        if (ring) {
            f.after(50).respond(inv, 180, "Ringing", "p");
        }
        SipEvent r = f.after(1450).respond(inv, status, phrase, "p");
        f.edit(r, b -> b.retryAfter = retryAfter);
        f.after(5).request(CALLER, PROXY, "ACK", 1, "p", inv.branch(), "caller-tag");
        return f;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "500|Server Internal Error|-1|after 1.5 s",
            "502|Bad Gateway|-1|server behind it",
            "503|Service Unavailable|-1|without a Retry-After",
            "503|Service Unavailable|120|try again after 120 s",
            "504|Server Time-out|-1|did not answer it in time",
            "408|Request Timeout|-1|next hop behind"})
    void aServerFailureIsTheProviders(int status, String phrase, int retryAfter, String evidence) {
        assertThat(failed(status, phrase, retryAfter, false).findings("server-error")).singleElement()
                .satisfies(x -> {
                    assertThat(x.severity()).isEqualTo("error");
                    assertThat(x.category()).isEqualTo(Category.PROVIDER);
                    assertThat(x.message()).contains("198.51.100.1:5060 (TestServer/2.0)", status + " " + phrase,
                            evidence);
                });
    }

    @Test
    void dutch() {
        assertThat(failed(503, "Service Unavailable", 60, false).findings("server-error", Locale.forLanguageTag("nl")))
                .singleElement().satisfies(x -> assertThat(x.message()).contains("na 60 s opnieuw", "overbelast"));
    }

    @Test
    void a408AfterRingingIsNoAnswerNotAServerFault() {
        assertThat(failed(408, "Request Timeout", -1, true).findings("server-error")).isEmpty();
        assertThat(failed(486, "Busy Here", -1, false).findings("server-error")).isEmpty();
    }
}
