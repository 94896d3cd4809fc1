package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLEE;
import static dev.sipdiag.analysis.Flow.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DialogLostRuleTest {

    private static Flow answered() {
        Flow f = new Flow("dl");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(2000).respond(inv, 200, "OK", "t");
        f.after(5).request(CALLER, CALLEE, "ACK", 1, "t");
        return f;
    }

    @Test
    void a481ToByeIsAWarning() {
        Flow f = answered();
        SipEvent bye = f.after(60_000).request(CALLER, CALLEE, "BYE", 2, "t");
        f.after(20).respond(bye, 481, "Call/Transaction Does Not Exist", "t");
        assertThat(f.findings("dialog-lost")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("warning");
            assertThat(x.category()).isEqualTo(Category.NAT);
            assertThat(x.message()).contains("BYE", "481", "60 s after the answer", "192.0.2.10:5060 (TestPhone/1.0)");
        });
    }

    @Test
    void a481ToAReInviteDropsTheCall() {
        Flow f = answered();
        SipEvent re = f.after(900_000).request(CALLER, CALLEE, "INVITE", 2, "t");
        f.after(20).respond(re, 481, "Call/Transaction Does Not Exist", "t");
        assertThat(f.findings("dialog-lost")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.message()).contains("INVITE", "900 s");
        });
        assertThat(f.findings("dialog-lost", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("niet meer bekend"));
    }

    @Test
    void aNormalHangUpIsSilent() {
        Flow f = answered();
        SipEvent bye = f.after(60_000).request(CALLER, CALLEE, "BYE", 2, "t");
        f.after(20).respond(bye, 200, "OK", "t");
        assertThat(f.findings("dialog-lost")).isEmpty();
    }

    @Test
    void crossingByesAreHarmless() {
        Flow f = answered();
        SipEvent calleeBye = f.after(60_000).request(CALLEE, CALLER, "BYE", 1, "caller-tag", "z9hG4bKcb", "t");
        SipEvent callerBye = f.after(1).request(CALLER, CALLEE, "BYE", 2, "t");
        f.after(10).respond(calleeBye, 200, "OK", "caller-tag");
        f.after(10).respond(callerBye, 481, "Call/Transaction Does Not Exist", "t");
        assertThat(f.findings("dialog-lost")).isEmpty();
    }
}
