package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLEE;
import static dev.sipdiag.analysis.Flow.CALLER;
import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoutingLoopRuleTest {

    @Test
    void a483ShowsTheViaPathInTheOrderTheRequestTookIt() {
        Flow f = new Flow("rl1");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.edit(f.after(40).respond(inv, 483, "Too Many Hops", "p"),
                b -> b.viaPath = List.of("10.0.0.2:5060", "10.0.0.1:5060", "10.0.0.2:5060", "192.0.2.10:5060"));
        assertThat(f.findings("routing-loop")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.message()).contains("483 Too Many Hops", "4 hops",
                    "192.0.2.10:5060 → 10.0.0.2:5060 → 10.0.0.1:5060 → 10.0.0.2:5060");
        });
        assertThat(f.findings("routing-loop", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("Via-pad", "4 stappen"));
    }

    @Test
    void a482IsALoop() {
        Flow f = new Flow("rl2");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(40).respond(inv, 482, "Loop Detected", "p");
        assertThat(f.findings("routing-loop")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("482 Loop Detected", "already passed"));
    }

    @Test
    void aRedirectBackToATriedTargetIsALoop() {
        Flow f = new Flow("rl3");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.edit(f.after(40).respond(inv, 302, "Moved Temporarily", "t"),
                b -> b.contact = "sip:31201234567@example.net");
        assertThat(f.findings("routing-loop")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("302 Moved Temporarily", "already tried"));
    }

    @Test
    void aFollowedRedirectElsewhereIsSilent() {
        Flow f = new Flow("rl4");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.edit(f.after(40).respond(inv, 302, "Moved Temporarily", "t"), b -> b.contact = "sip:bob@192.0.2.99");
        f.after(5).request(CALLER, CALLEE, "ACK", 1, "t", inv.branch(), "caller-tag");
        SipEvent inv2 = f.edit(f.after(5).request(CALLER, PROXY, "INVITE", 2, null),
                b -> b.requestUri = "sip:bob@192.0.2.99");
        f.after(1000).respond(inv2, 200, "OK", "t2");
        f.after(5).request(CALLER, PROXY, "ACK", 2, "t2");
        assertThat(f.findings("routing-loop")).isEmpty();
        assertThat(f.complaints()).isEmpty();
    }
}
