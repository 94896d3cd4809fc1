package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLEE;
import static dev.sipdiag.analysis.Flow.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.Category;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NoResponseRuleTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    /** RFC 3261 §17.1.1.2: the INVITE at 0, 0.5, 1.5, 3.5, 7.5, 15.5 and 31.5 s. */
    private static Flow unansweredInvite() {
        Flow f = new Flow("nr1");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        long[] gaps = {500, 1000, 2000, 4000, 8000, 16000};
        for (long g : gaps) {
            f.after(g).again(inv);
        }
        return f;
    }

    @Test
    void anInviteRetransmittedWithoutAnswerIsAnError() {
        List<Finding> found = unansweredInvite().findings("no-response");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.category()).isEqualTo(Category.NETWORK);
            assertThat(x.message()).contains("INVITE", "192.0.2.10:5060 (TestPhone/1.0)", "203.0.113.20:5060",
                    "7 times", "31.5 s", "firewall");
            assertThat(x.messages()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        });
    }

    @Test
    void dutchNamesTheSameEvidence() {
        assertThat(unansweredInvite().findings("no-response", NL)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("7 keer", "31,5 s", "203.0.113.20:5060",
                        "firewall"));
    }

    @Test
    void aRetransmissionThatIsThenAnsweredIsSilent() {
        Flow f = new Flow("nr2");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(500).again(inv);
        f.after(100).respond(inv, 100, "Trying", null);
        f.after(100).respond(inv, 180, "Ringing", "t");
        f.after(2000).respond(inv, 200, "OK", "t");
        f.after(10).request(CALLER, CALLEE, "ACK", 1, "t");
        assertThat(f.findings("no-response")).isEmpty();
        assertThat(f.complaints()).isEmpty();
    }

    @Test
    void anUnansweredRegisterIsReportedOnItsExchange() {
        Flow f = new Flow("nr3");
        SipEvent reg = f.request(CALLER, CALLEE, "REGISTER", 1, null);
        f.after(500).again(reg);
        f.after(1000).again(reg);
        assertThat(f.findings("no-response")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("REGISTER", "3 times", "1.5 s"));
    }

    @Test
    void aTcpInviteSentOnceAndLeftUnansweredUntilTimerB() {
        Flow call = new Flow("nr4");
        call.edit(call.request(CALLER, CALLEE, "INVITE", 1, null), b -> b.transport = "TCP");
        Flow later = new Flow("nr4-other").after(40_000);
        SipEvent opt = later.request(CALLEE, CALLER, "OPTIONS", 1, null);
        later.after(5).respond(opt, 200, "OK", "o");
        CallAnalyzer a = new CallAnalyzer();
        call.events.forEach(a::accept);
        later.events.forEach(e -> a.accept(EventEdit.of(e).build()));
        Call c = a.finish().calls().get(0);
        assertThat(c.findings()).filteredOn(x -> x.rule().equals("no-response")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.message()).contains("over TCP", "40 s until the capture ended");
        });
    }
}
