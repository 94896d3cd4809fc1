package dev.sipdiag.analysis;

import static dev.sipdiag.analysis.Flow.CALLER;
import static dev.sipdiag.analysis.Flow.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A REGISTER challenge answered under a new Call-ID is not a device without credentials. */
class CrossCallIdRetriesTest {

    private static AnalysisResult challengeThenRetry(String retryCallId, long afterMs, int retryStatus) {
        CallAnalyzer a = new CallAnalyzer();
        Flow first = new Flow("reg-1");
        SipEvent reg = first.request(CALLER, PROXY, "REGISTER", 1, null);
        first.after(20).respond(reg, 401, "Unauthorized", "p");
        first.events.forEach(a::accept);
        Flow retry = new Flow(retryCallId).after(20 + afterMs);
        SipEvent reg2 = retry.edit(retry.request(CALLER, PROXY, "REGISTER", 1, null),
                b -> b.flags |= SipEvent.F_CREDENTIALS);
        retry.after(20).respond(reg2, retryStatus, retryStatus == 200 ? "OK" : "Forbidden", "p");
        retry.events.forEach(a::accept);
        return a.finish();
    }

    private static long noCredentials(AnalysisResult r) {
        return r.exchanges().stream().flatMap(x -> x.findings().stream())
                .filter(f -> f.rule().equals("auth-no-credentials")).count();
    }

    @Test
    void aSuccessfulRetryUnderANewCallIdWithdrawsTheFinding() {
        assertThat(noCredentials(challengeThenRetry("reg-2", 50, 200))).isZero();
    }

    @Test
    void aLateOrFailedRetryLeavesIt() {
        assertThat(noCredentials(challengeThenRetry("reg-2", 60_000, 200))).isEqualTo(1);
        assertThat(noCredentials(challengeThenRetry("reg-2", 50, 403))).isEqualTo(1);
    }
}
