package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLER;
import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeepAliveRuleTest {

    @Test
    void anAnsweredOptionsPingIsAKeepAliveNotACall() {
        Flow f = new Flow("ka1");
        SipEvent opt = f.request(PROXY, CALLER, "OPTIONS", 1, null);
        f.after(12).respond(opt, 200, "OK", "k");
        AnalysisResult r = f.analyze();
        assertThat(r.calls()).isEmpty();
        assertThat(f.findings("keepalive")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("info");
            assertThat(x.message()).contains("198.51.100.1:5060 (TestPhone/1.0)", "192.0.2.10:5060 (TestServer/2.0)",
                    "once", "\"200 OK\" after 12 ms", "not a call");
        });
        assertThat(f.findings("keepalive", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("één keer", "geen gesprek"));
    }

    @Test
    void anUnansweredPingIsOnlyAWarningAndNoKeepAlive() {
        Flow f = new Flow("ka2");
        SipEvent opt = f.request(PROXY, CALLER, "OPTIONS", 1, null);
        f.after(500).again(opt);
        f.after(1000).again(opt);
        assertThat(f.findings("keepalive")).isEmpty();
        assertThat(f.findings("no-response")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo("warning"));
    }

    @Test
    void aRegisterIsNoKeepAlive() {
        Flow f = new Flow("ka3");
        SipEvent reg = f.request(CALLER, PROXY, "REGISTER", 1, null);
        f.after(12).respond(reg, 200, "OK", "k");
        assertThat(f.findings(Locale.ENGLISH)).isEmpty();
    }
}
