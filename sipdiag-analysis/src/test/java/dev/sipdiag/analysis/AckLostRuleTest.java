package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLEE;
import static dev.sipdiag.analysis.Flow.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AckLostRuleTest {

    /** The callee's 200 OK retransmitted at T1 doubling, then its BYE after about 32 s (RFC 3261 §13.3.1.4). */
    private static Flow answeredButNeverAcked(boolean callerAcks) {
        Flow f = new Flow("al1");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        f.after(100).respond(inv, 180, "Ringing", "t");
        SipEvent ok = f.after(2000).respond(inv, 200, "OK", "t");
        long[] gaps = {500, 1000, 2000, 4000, 4000, 4000, 4000, 4000, 4000, 4000};
        for (long g : gaps) {
            if (callerAcks) {
                f.after(5).request(CALLER, CALLEE, "ACK", 1, "t");
            }
            f.after(g).again(ok);
        }
        f.after(1500).request(CALLEE, CALLER, "BYE", 1, "caller-tag", "z9hG4bKbye", "t");
        return f;
    }

    @Test
    void aTwoHundredRetransmittedUntilTheCalleeHangsUpIsTheNatDrop() {
        assertThat(answeredButNeverAcked(false).findings("ack-lost")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.category()).isEqualTo(Category.NAT);
            assertThat(x.message()).contains("203.0.113.20:5060 (TestServer/2.0)", "\"200 OK\"", "11 times",
                    "31.5 s", "BYE", "33 s");
        });
    }

    @Test
    void acksThatDoNotStopTheRetransmissionsWereLost() {
        assertThat(answeredButNeverAcked(true).findings("ack-lost")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo("error"));
    }

    @Test
    void dutch() {
        assertThat(answeredButNeverAcked(false).findings("ack-lost", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("11 keer", "31,5 s", "NAT"));
    }

    @Test
    void aLateAckIsAWarning() {
        Flow f = new Flow("al2");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        SipEvent ok = f.after(2000).respond(inv, 200, "OK", "t");
        f.after(500).again(ok);
        f.after(1000).again(ok);
        f.after(300).request(CALLER, CALLEE, "ACK", 1, "t");
        assertThat(f.findings("ack-lost")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("warning");
            assertThat(x.message()).contains("3 times", "1.5 s");
        });
    }

    @Test
    void oneRetransmissionBeforeTheAckIsNormal() {
        Flow f = new Flow("al3");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        SipEvent ok = f.after(2000).respond(inv, 200, "OK", "t");
        f.after(500).again(ok);
        f.after(50).request(CALLER, CALLEE, "ACK", 1, "t");
        assertThat(f.findings("ack-lost")).isEmpty();
        assertThat(f.complaints()).isEmpty();
    }

    @Test
    void aRefusalWhoseAckIsLostIsAWarning() {
        Flow f = new Flow("al4");
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        SipEvent busy = f.after(100).respond(inv, 486, "Busy Here", "t");
        f.after(500).again(busy);
        f.after(1000).again(busy);
        f.after(2000).again(busy);
        assertThat(f.findings("ack-lost")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("warning");
            assertThat(x.message()).contains("486 Busy Here", "4 times", "3.5 s", "path the INVITE came");
        });
    }
}
