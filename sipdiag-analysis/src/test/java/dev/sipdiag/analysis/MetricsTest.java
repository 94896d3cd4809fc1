package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLEE;
import static dev.sipdiag.analysis.Flow.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6076 formulas checked on a hand-computed example. */
class MetricsTest {

    private static Call call(String id, long pdd, int... finals) {
        Flow f = new Flow(id);
        SipEvent inv = f.request(CALLER, CALLEE, "INVITE", 1, null);
        if (pdd > 0) {
            f.after(pdd).respond(inv, 180, "Ringing", "t");
        }
        for (int st : finals) {
            f.after(1000).respond(inv, st, "x", "t");
        }
        if (finals.length > 0 && finals[0] == 200) {
            SipEvent bye = f.after(20_000).request(CALLER, CALLEE, "BYE", 2, "t");
            f.after(40).respond(bye, 200, "OK", "t");
        }
        return f.call();
    }

    @Test
    void handComputedExample() {
        List<Call> calls = new ArrayList<>();
        // five answered calls with post-dial delays 100..500 ms
        for (int i = 1; i <= 5; i++) {
            calls.add(call("a" + i, 100L * i, 200));
        }
        calls.add(call("busy", 200, 486));     // effective (user's choice), SRD failure = 200
        calls.add(call("redir", 0, 302));      // out of SER/SEER denominators
        calls.add(call("down", 0, 503));       // ineffective (ISA); SRD failure = 1000 (no provisional)
        calls.add(call("timeout", 0, 408));    // ineffective (ISA)
        calls.add(call("decl", 300, 603));     // effective
        Metrics m = Metrics.of(calls, List.of());
        assertThat(m.sessionAttempts()).isEqualTo(10);
        assertThat(m.ser()).isEqualTo(55.56);   // 5 / (10 - 1)
        assertThat(m.seer()).isEqualTo(77.78);  // (5 + 486 + 603) / 9
        assertThat(m.isa()).isEqualTo(20.0);    // (503 + 408) / 10
        assertThat(m.scr()).isEqualTo(50.0);    // 5 completed / 10
        assertThat(m.asr()).isEqualTo(50.0);    // 5 / 10
        assertThat(m.ner()).isEqualTo(70.0);    // (5 + busy + declined) / 10
        assertThat(m.srdSuccessMs().count()).isEqualTo(5);
        assertThat(m.srdSuccessMs().mean()).isEqualTo(300.0);
        assertThat(m.srdSuccessMs().median()).isEqualTo(300.0);
        assertThat(m.srdSuccessMs().max()).isEqualTo(500.0);
        // failures: busy 200, 503 after 1000, 408 after 1000, decline 300 (302 is not a failure response)
        assertThat(m.srdFailureMs().count()).isEqualTo(4);
        assertThat(m.srdFailureMs().mean()).isEqualTo(625.0);
        assertThat(m.sdtMs().count()).isEqualTo(5);
        assertThat(m.sdtMs().mean()).isEqualTo(20_000.0);
        assertThat(m.sddMs().mean()).isEqualTo(40.0);
    }

    @Test
    void emptyDenominatorsAreUndefined() {
        Metrics m = Metrics.of(List.of(), List.of());
        assertThat(m.ser()).isNull();
        assertThat(m.ira()).isNull();
        assertThat(m.srdSuccessMs().count()).isZero();
        assertThat(m.srdSuccessMs().mean()).isNull();
    }

    @Test
    void registrationMetrics() {
        Flow ok = new Flow("r1");
        SipEvent a = ok.request(CALLER, CALLEE, "REGISTER", 1, null);
        ok.after(10).respond(a, 401, "Unauthorized", "x");
        SipEvent b = ok.after(10).request(CALLER, CALLEE, "REGISTER", 2, null);
        ok.after(30).respond(b, 200, "OK", "x");
        Flow bad = new Flow("r2");
        SipEvent c = bad.request(CALLER, CALLEE, "REGISTER", 1, null);
        bad.after(10).respond(c, 403, "Forbidden", "x");
        List<Exchange> x = new ArrayList<>(ok.analyze().exchanges());
        x.addAll(bad.analyze().exchanges());
        Metrics m = Metrics.of(List.of(), x);
        assertThat(m.registrations()).isEqualTo(2);
        assertThat(m.ira()).isEqualTo(50.0);
        assertThat(m.rrdMs().count()).isEqualTo(1);
        assertThat(m.rrdMs().mean()).isEqualTo(50.0); // 401 round included (RFC 6076 §4.1)
        assertThat(Metrics.isFailureResponse(401)).isFalse();
        assertThat(Metrics.isFailureResponse(402)).isFalse();
        assertThat(Metrics.isFailureResponse(407)).isFalse();
        assertThat(Metrics.isFailureResponse(404)).isTrue();
        assertThat(Metrics.isFailureResponse(302)).isFalse();
    }
}
