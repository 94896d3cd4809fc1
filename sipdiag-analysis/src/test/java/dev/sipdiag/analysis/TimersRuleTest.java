package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLER;
import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sipdiag.status.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimersRuleTest {

    @Test
    void a423WithoutRetryNamesBothValues() {
        Flow f = new Flow("t1");
        SipEvent reg = f.edit(f.request(CALLER, PROXY, "REGISTER", 1, null), b -> b.interval = 60);
        f.edit(f.after(20).respond(reg, 423, "Interval Too Brief", "p"), b -> b.minInterval = 3600);
        assertThat(f.findings("timers")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("warning");
            assertThat(x.category()).isEqualTo(Category.PROTOCOL);
            assertThat(x.message()).contains("423 Interval Too Brief", "60 s", "3600 s", "Min-Expires");
        });
        assertThat(f.findings("timers", Locale.forLanguageTag("nl"))).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("60 s", "3600 s", "minstens"));
    }

    @Test
    void a422ThatTheClientRecoversFromIsInformation() {
        Flow f = new Flow("t2");
        SipEvent inv = f.edit(f.request(CALLER, PROXY, "INVITE", 1, null), b -> b.interval = 90);
        f.edit(f.after(20).respond(inv, 422, "Session Interval Too Small", "p"), b -> b.minInterval = 1800);
        f.after(5).request(CALLER, PROXY, "ACK", 1, "p", inv.branch(), "caller-tag");
        SipEvent inv2 = f.edit(f.after(5).request(CALLER, PROXY, "INVITE", 2, null), b -> b.interval = 1800);
        f.after(1000).respond(inv2, 200, "OK", "t");
        f.after(5).request(CALLER, PROXY, "ACK", 2, "t");
        assertThat(f.findings("timers")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("info");
            assertThat(x.message()).contains("90 s", "1800 s", "retried and succeeded");
        });
        assertThat(f.complaints()).isEmpty();
    }

    @Test
    void glare() {
        Flow f = new Flow("t3");
        SipEvent inv = f.request(CALLER, PROXY, "INVITE", 1, null);
        f.after(1000).respond(inv, 200, "OK", "t");
        f.after(5).request(CALLER, PROXY, "ACK", 1, "t");
        SipEvent re = f.after(5000).request(CALLER, PROXY, "INVITE", 2, "t");
        f.after(20).respond(re, 491, "Request Pending", "t");
        assertThat(f.findings("timers")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("491 Request Pending", "same moment"));
    }

    @Test
    void noTimerTroubleNoFinding() {
        Flow f = new Flow("t4");
        SipEvent reg = f.edit(f.request(CALLER, PROXY, "REGISTER", 1, null), b -> b.interval = 3600);
        f.after(20).respond(reg, 200, "OK", "p");
        assertThat(f.findings(Locale.ENGLISH)).isEmpty();
    }
}
