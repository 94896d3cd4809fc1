package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLEE;
import static dev.sipdiag.analysis.Flow.CALLER;
import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlowSetupRuleTest {

    /** Caller → proxy → callee; the callee takes {@code calleeMs} to ring. */
    private static Flow viaProxy(long calleeMs) {
        Flow f = new Flow("ss");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(20).respond(inv, 100, "Trying", null);
        SipEvent fwd = f.edit(f.after(10).request(PROXY, CALLEE, "INVITE", 1, null), b -> b.viaCount = 2);
        SipEvent ring = f.after(calleeMs).respond(fwd, 180, "Ringing", "t");
        f.edit(f.after(5).respond(inv, 180, "Ringing", "t"), b -> b.source = PROXY);
        f.after(3000).respond(fwd, 200, "OK", "t");
        f.after(5).respond(inv, 200, "OK", "t");
        f.after(5).request(CALLER, PROXY, "ACK", 1, "t");
        return f;
    }

    @Test
    void aLongPostDialDelayNamesTheHopThatWaited() {
        Flow f = viaProxy(8000);
        assertThat(f.findings("slow-setup")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("warning");
            assertThat(x.category()).isEqualTo(Category.PROVIDER);
            assertThat(x.message()).contains("8 s after dialling", "more than 5 s",
                    "from 198.51.100.1:5060 to 203.0.113.20:5060 (TestServer/2.0): 8 s");
        });
        assertThat(f.findings("slow-setup", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("meer dan 5 s"));
    }

    @Test
    void aQuickRingIsSilent() {
        assertThat(viaProxy(1500).findings("slow-setup")).isEmpty();
        assertThat(viaProxy(1500).complaints()).isEmpty();
    }

    @Test
    void aQuickChallengeDoesNotHideASlowRingAfterTheRetry() {
        Flow f = new Flow("ss2");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(20).respond(inv, 407, "Proxy Authentication Required", "p");
        f.after(5).request(CALLER, PROXY, "ACK", 1, "p", inv.branch(), "caller-tag");
        SipEvent inv2 = f.after(5).request(CALLER, PROXY, "INVITE", 2, null);
        f.after(7000).respond(inv2, 180, "Ringing", "t");
        f.after(2000).respond(inv2, 200, "OK", "t");
        f.after(5).request(CALLER, PROXY, "ACK", 2, "t");
        assertThat(f.findings("slow-setup")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("nothing for 7 s", "180 Ringing"));
    }
}
