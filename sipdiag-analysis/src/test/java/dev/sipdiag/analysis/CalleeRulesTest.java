package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLEE;
import static dev.sipdiag.analysis.Flow.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** callee (busy, declined, unavailable, no answer) and caller-cancelled: the users' own choices, info only. */
class CalleeRulesTest {

    private static Flow ended(int status, String phrase, boolean ringFirst) {
        Flow f = new Flow("ce-" + status);
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        if (ringFirst) {
            f.after(200).respond(inv, 180, "Ringing", "t");
        }
        f.after(20_000).respond(inv, status, phrase, "t");
        f.after(5).request(CALLER, CALLEE, "ACK", 1, "t", inv.branch(), "caller-tag");
        return f;
    }

    @Test
    void busyIsInformation() {
        Flow f = ended(486, "Busy Here", false);
        assertThat(f.findings("callee")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("info");
            assertThat(x.category()).isEqualTo(Category.CALLEE);
            assertThat(x.message()).contains("486 Busy Here", "was busy", "203.0.113.20:5060 (TestServer/2.0)");
        });
        assertThat(f.complaints()).isEmpty();
        assertThat(f.findings("callee", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("in gesprek"));
    }

    @Test
    void declinedAndUnavailableAndNoAnswer() {
        assertThat(ended(603, "Decline", true).findings("callee")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("declined", "after 20.2 s"));
        assertThat(ended(480, "Temporarily Unavailable", false).findings("callee")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("without ringing", "not registered"));
        assertThat(ended(480, "Temporarily Unavailable", true).findings("callee")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("rang for 20 s", "nobody answered"));
        assertThat(ended(408, "Request Timeout", true).complaints()).isEmpty();
    }

    @Test
    void anAnsweredCallSaysNothing() {
        Flow f = new Flow("ce-ok");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(200).respond(inv, 180, "Ringing", "t");
        f.after(2000).respond(inv, 200, "OK", "t");
        f.after(5).request(CALLER, CALLEE, "ACK", 1, "t");
        SipEvent bye = f.after(30_000).request(CALLER, CALLEE, "BYE", 2, "t");
        f.after(20).respond(bye, 200, "OK", "t");
        assertThat(f.findings(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aCallerCancelIsInformation() {
        Flow f = new Flow("cc");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(500).respond(inv, 180, "Ringing", "t");
        SipEvent cancel = f.after(4000).request(CALLER, CALLEE, "CANCEL", 1, null, inv.branch(), "caller-tag");
        f.after(10).respond(cancel, 200, "OK", "t");
        f.after(1).respond(inv, 487, "Request Terminated", "t");
        f.after(5).request(CALLER, CALLEE, "ACK", 1, "t", inv.branch(), "caller-tag");
        assertThat(f.findings("caller-cancelled")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("info");
            assertThat(x.message()).contains("192.0.2.10:5060 (TestPhone/1.0)", "4 s of ringing", "4.5 s after",
                    "487 Request Terminated");
        });
        assertThat(f.complaints()).isEmpty();
        assertThat(f.findings("caller-cancelled", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("4 s overgaan", "4,5 s na het kiezen"));
    }

    @Test
    void a487WithoutCancelIsNotTheCaller() {
        Flow f = new Flow("cc2");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(100).respond(inv, 487, "Request Terminated", "t");
        assertThat(f.findings("caller-cancelled")).isEmpty();
    }
}
