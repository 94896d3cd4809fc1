package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLEE;
import static dev.sipdiag.analysis.Flow.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScannerRuleTest {

    @Test
    void aFriendlyScannerIsNoiseAndNotAnAccountProblem() {
        Flow f = new Flow("sc1");
        SipEvent reg = f.edit(f.request(CALLER, CALLEE, "REGISTER", 1, null), b -> b.userAgent = "friendly-scanner");
        f.after(10).respond(reg, 401, "Unauthorized", "s");
        assertThat(f.findings("scanner")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("info");
            assertThat(x.message()).contains("friendly-scanner", "REGISTER", "noise");
        });
        assertThat(f.findings("auth-no-credentials")).isEmpty();
        assertThat(f.findings("scanner", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("ruis"));
    }

    @Test
    void anOrdinaryPhoneIsNotAScanner() {
        Flow f = new Flow("sc2");
        SipEvent opt = f.request(CALLER, CALLEE, "OPTIONS", 1, null);
        f.after(10).respond(opt, 200, "OK", "s");
        assertThat(f.findings("scanner")).isEmpty();
        assertThat(f.complaints()).isEmpty();
    }

    @Test
    void aScannersInviteIsNoiseOnlyNotAFailedCall() {
        Flow f = new Flow("sc3");
        SipEvent inv = f.edit(f.request(CALLER, CALLEE, "INVITE", 1, null), b -> b.userAgent = "sipvicious");
        f.after(10).respond(inv, 404, "Not Found", "s");
        assertThat(f.findings(Locale.ENGLISH)).singleElement()
                .satisfies(x -> assertThat(x.rule()).isEqualTo("scanner"));
    }
}
