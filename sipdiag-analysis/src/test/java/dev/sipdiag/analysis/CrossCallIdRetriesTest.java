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

    @Test
    void manyChallengesAreJudgedWithoutComparingEveryPair() {
        // a device (or a scanner) stuck on 401 under a fresh Call-ID each time, interleaved with successes of
        // the same sender: each challenge is judged against the successes near it, not against every exchange
        int n = 20_000;
        AnalysisResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> {
                    CallAnalyzer a = new CallAnalyzer();
                    for (int i = 0; i < n; i++) {
                        Flow f = new Flow("reg-" + i).after(i * 100L);
                        SipEvent reg = f.request(CALLER, PROXY, "REGISTER", 1, null);
                        if (i % 2 == 1) {
                            reg = f.edit(reg, b -> b.flags |= SipEvent.F_CREDENTIALS);
                        }
                        f.after(20).respond(reg, i % 2 == 0 ? 401 : 200, i % 2 == 0 ? "Unauthorized" : "OK", "p");
                        f.events.forEach(a::accept);
                    }
                    return a.finish();
                });
        assertThat(r.exchanges()).hasSize(n);
        assertThat(noCredentials(r)).as("every challenge was followed by a success 100 ms later").isZero();
    }
}
